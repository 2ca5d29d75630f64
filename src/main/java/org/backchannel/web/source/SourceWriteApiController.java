package org.backchannel.web.source;

import org.backchannel.web.api.ApiController;

import org.backchannel.http.RecordTags;
import org.backchannel.web.api.OpenApiConfiguration;
import org.backchannel.web.api.RecordWriteApi;
import org.backchannel.web.api.RecordWrites;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.backchannel.source.SourceData;
import org.backchannel.source.SourceDetail;
import org.backchannel.source.SourceReadService;
import org.backchannel.source.SourceWriteService;
import org.backchannel.account.Authors;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

import static org.backchannel.web.api.OpenApiConfiguration.ETAG;
import static org.backchannel.web.api.OpenApiConfiguration.IF_MATCH_EXAMPLE;
import static org.backchannel.web.api.OpenApiConfiguration.IF_MATCH_MISSING;
import static org.backchannel.web.api.OpenApiConfiguration.IF_MATCH_REQUIRED;
import static org.backchannel.web.api.OpenApiConfiguration.INVALID_INPUT;
import static org.backchannel.web.api.OpenApiConfiguration.NEEDS_ADMIN;
import static org.backchannel.web.api.OpenApiConfiguration.NEEDS_EDITOR;
import static org.backchannel.web.api.OpenApiConfiguration.STALE;

@ApiController
@RequestMapping("/api/sources")
@Tag(name = "Sources")
@SecurityRequirement(name = OpenApiConfiguration.BASIC_AUTH)
class SourceWriteApiController implements RecordWriteApi {

	private final SourceWriteService sources;

	private final RecordWrites<Long, SourceDetail> records;

	SourceWriteApiController(SourceWriteService sources, SourceReadService reads, RecordTags tags) {
		this.sources = sources;
		this.records = new RecordWrites<>("source", "/api/sources/", reads::findSource,
				(source) -> tags.of("source", source.version(), source), Long::valueOf);
	}

	@Override
	public RecordWrites<?, ?> records() {
		return this.records;
	}

	@PostMapping
	@Operation(summary = "Create a source",
			description = "A new report with its outlet, URL, publication date (at its precision: 2025-03-16, 2025-03, "
					+ "2025) and archived text, in case the link dies. Events cite sources by the id in the answer. "
					+ "Needs the EDITOR role.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			description = "The source; unknown fields are refused",
			content = @Content(schema = @Schema(implementation = SourceData.class)))
	@ApiResponse(responseCode = "201", description = "Created",
			headers = {
					@Header(name = "Location", description = "The source's URL in the API",
							schema = @Schema(type = "string", format = "uri-reference")),
					@Header(name = "ETag", description = ETAG, schema = @Schema(type = "string")) },
			content = @Content(schema = @Schema(implementation = SourceWriteService.Saved.class)))
	@ApiResponse(responseCode = "400", description = INVALID_INPUT)
	@ApiResponse(responseCode = "403", description = NEEDS_EDITOR)
	ResponseEntity<SourceWriteService.Saved> createSource(@RequestBody SourceData body, Authentication user) {
		SourceWriteService.Saved saved = this.sources.create(body, Authors.of(user));
		return this.records.created(saved.id(), saved);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update a source",
			description = "Replaces the source with the body, provided nobody changed it since the version in If-Match. "
					+ "Needs the EDITOR role.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			description = "The whole source as it should be; unknown fields are refused",
			content = @Content(schema = @Schema(implementation = SourceData.class)))
	@ApiResponse(responseCode = "200", description = "Updated",
			headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = "string")),
			content = @Content(schema = @Schema(implementation = SourceWriteService.Saved.class)))
	@ApiResponse(responseCode = "400", description = INVALID_INPUT)
	@ApiResponse(responseCode = "403", description = NEEDS_EDITOR)
	@ApiResponse(responseCode = "404", description = "No source with this id")
	@ApiResponse(responseCode = "412", description = STALE)
	@ApiResponse(responseCode = "428", description = IF_MATCH_MISSING)
	ResponseEntity<SourceWriteService.Saved> updateSource(
			@Parameter(description = "The source's id", example = "1") @PathVariable long id,
			@RequestBody SourceData body,
			@Parameter(description = IF_MATCH_REQUIRED, required = true,
					example = IF_MATCH_EXAMPLE) @RequestHeader(name = "If-Match", required = false) String ifMatch,
			Authentication user) {
		SourceDetail current = this.records.require(id, ifMatch);
		SourceWriteService.Saved saved = this.sources.update(id, body, current.version(), Authors.of(user));
		return this.records.changed(id, saved);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a source",
			description = "Deletes a source that no fact cites; a cited one stays (409). Needs the ADMIN role.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "403", description = NEEDS_ADMIN)
	@ApiResponse(responseCode = "404", description = "No source with this id")
	@ApiResponse(responseCode = "412", description = STALE)
	@ApiResponse(responseCode = "428", description = IF_MATCH_MISSING)
	@ApiResponse(responseCode = "409", description = "Still in use: a fact cites the source")
	ResponseEntity<Void> deleteSource(@Parameter(description = "The source's id", example = "1") @PathVariable long id,
			@Parameter(description = IF_MATCH_REQUIRED, required = true,
					example = IF_MATCH_EXAMPLE) @RequestHeader(name = "If-Match", required = false) String ifMatch,
			Authentication user) {
		this.records.require(id, ifMatch);
		this.sources.delete(id, Authors.of(user));
		return ResponseEntity.noContent().build();
	}

}
