package org.backchannel.api;

import java.net.URI;

import tools.jackson.databind.JsonNode;

import org.backchannel.source.SourceData;
import org.backchannel.source.SourceWriteService;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sources")
class SourceWriteApiController {

	private final SourceWriteService sources;

	private final WriteRequests requests;

	SourceWriteApiController(SourceWriteService sources, WriteRequests requests) {
		this.sources = sources;
		this.requests = requests;
	}

	@PostMapping
	ResponseEntity<SourceWriteService.Saved> createSource(@RequestBody JsonNode body, Authentication user) {
		SourceWriteService.Saved saved = this.sources.create(this.requests.read(body, SourceData.class),
				WriteRequests.author(user));
		return ResponseEntity.created(URI.create("/api/sources/" + saved.id()))
			.eTag(WriteRequests.etag(saved.version()))
			.body(saved);
	}

	@PutMapping("/{id}")
	ResponseEntity<SourceWriteService.Saved> updateSource(@PathVariable long id, @RequestBody JsonNode body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication user) {
		long version = WriteRequests.requiredVersion(ifMatch);
		SourceWriteService.Saved saved = this.sources.update(id, this.requests.read(body, SourceData.class), version,
				WriteRequests.author(user));
		return WriteRequests.ok(saved.version()).body(saved);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> deleteSource(@PathVariable long id, Authentication user) {
		this.sources.delete(id, WriteRequests.author(user));
		return ResponseEntity.noContent().build();
	}

}
