package org.backchannel.web.source;

import org.backchannel.web.api.ApiController;

import org.backchannel.http.RecordTags;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.backchannel.source.SourceDetail;
import org.backchannel.source.SourceReadService;
import org.backchannel.model.NotFoundException;
import org.backchannel.caching.CachedResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@ApiController
@RequestMapping(path = "/api/sources", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sources", description = "The reports every fact cites, with archived text")
class SourceApiController {

	private final SourceReadService sources;

	private final RecordTags tags;

	SourceApiController(SourceReadService sources, RecordTags tags) {
		this.sources = sources;
		this.tags = tags;
	}

	@CachedResponse
	@GetMapping("/{id}")
	@Operation(summary = "One source", description = "A report with its outlet, URL, date and archived text.")
	ResponseEntity<SourceDetail> showSource(
			@Parameter(description = "The source's id", example = "1") @PathVariable long id) {
		SourceDetail source = this.sources.findSource(id).orElseThrow(() -> new NotFoundException("source", id));
		// A source is an archived report: its last change is a natural Last-Modified.
		return ResponseEntity.ok()
			.eTag(this.tags.of("source", source.version(), source))
			.lastModified(source.updatedAt())
			.body(source);
	}

}
