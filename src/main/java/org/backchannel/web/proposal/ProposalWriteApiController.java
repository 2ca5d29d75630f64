package org.backchannel.web.proposal;

import java.util.function.Function;

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

import org.backchannel.proposal.ProposalData;
import org.backchannel.proposal.ProposalWriteService;
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
@RequestMapping("/api/proposals")
@Tag(name = "Proposals")
@SecurityRequirement(name = OpenApiConfiguration.BASIC_AUTH)
class ProposalWriteApiController implements RecordWriteApi {

	private final ProposalWriteService proposals;

	private final RecordWrites<String, ProposalDetail> records;

	ProposalWriteApiController(ProposalWriteService proposals, ProposalDetailReader reads, RecordTags tags) {
		this.proposals = proposals;
		this.records = new RecordWrites<>("proposal", "/api/proposals/", reads::find,
				(proposal) -> tags.of("proposal", proposal.version(), proposal), Function.identity());
	}

	@Override
	public RecordWrites<?, ?> records() {
		return this.records;
	}

	@PostMapping
	@Operation(summary = "Create a proposal",
			description = "A new proposal with its position log (each party's stance at a date, per a source), public at "
					+ "once. The slug is made from the title when left empty; dates are written at their precision "
					+ "(2025-03-11, 2025-03, 2025). Needs the EDITOR role.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			description = "The proposal; unknown fields are refused",
			content = @Content(schema = @Schema(implementation = ProposalData.class)))
	@ApiResponse(responseCode = "201", description = "Created",
			headers = {
					@Header(name = "Location", description = "The proposal's URL in the API",
							schema = @Schema(type = "string", format = "uri-reference")),
					@Header(name = "ETag", description = ETAG, schema = @Schema(type = "string")) },
			content = @Content(schema = @Schema(implementation = ProposalWriteService.Saved.class)))
	@ApiResponse(responseCode = "400", description = INVALID_INPUT)
	@ApiResponse(responseCode = "403", description = NEEDS_EDITOR)
	ResponseEntity<ProposalWriteService.Saved> createProposal(@RequestBody ProposalData body, Authentication user) {
		ProposalWriteService.Saved saved = this.proposals.create(body, Authors.of(user));
		return this.records.created(saved.slug(), saved);
	}

	@PutMapping("/{slug}")
	@Operation(summary = "Update a proposal",
			description = "Replaces the proposal and its whole position log with the body, provided nobody changed it "
					+ "since the version in If-Match. The slug cannot change. Needs the EDITOR role.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			description = "The whole proposal as it should be; unknown fields are refused",
			content = @Content(schema = @Schema(implementation = ProposalData.class)))
	@ApiResponse(responseCode = "200", description = "Updated",
			headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = "string")),
			content = @Content(schema = @Schema(implementation = ProposalWriteService.Saved.class)))
	@ApiResponse(responseCode = "400", description = INVALID_INPUT)
	@ApiResponse(responseCode = "403", description = NEEDS_EDITOR)
	@ApiResponse(responseCode = "404", description = "No proposal with this slug")
	@ApiResponse(responseCode = "412", description = STALE)
	@ApiResponse(responseCode = "428", description = IF_MATCH_MISSING)
	ResponseEntity<ProposalWriteService.Saved> updateProposal(
			@Parameter(description = "The proposal's slug", example = "30-day-ceasefire") @PathVariable String slug,
			@RequestBody ProposalData body,
			@Parameter(description = IF_MATCH_REQUIRED, required = true,
					example = IF_MATCH_EXAMPLE) @RequestHeader(name = "If-Match", required = false) String ifMatch,
			Authentication user) {
		ProposalDetail current = this.records.require(slug, ifMatch);
		ProposalWriteService.Saved saved = this.proposals.update(slug, body, current.version(), Authors.of(user));
		return this.records.changed(slug, saved);
	}

	@DeleteMapping("/{slug}")
	@Operation(summary = "Delete a proposal",
			description = "Deletes a proposal that no event discussed; one that came up in an event stays (409). Needs the "
					+ "ADMIN role.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "403", description = NEEDS_ADMIN)
	@ApiResponse(responseCode = "404", description = "No proposal with this slug")
	@ApiResponse(responseCode = "412", description = STALE)
	@ApiResponse(responseCode = "428", description = IF_MATCH_MISSING)
	@ApiResponse(responseCode = "409", description = "Still in use: an event discussed the proposal")
	ResponseEntity<Void> deleteProposal(
			@Parameter(description = "The proposal's slug", example = "30-day-ceasefire") @PathVariable String slug,
			@Parameter(description = IF_MATCH_REQUIRED, required = true,
					example = IF_MATCH_EXAMPLE) @RequestHeader(name = "If-Match", required = false) String ifMatch,
			Authentication user) {
		this.records.require(slug, ifMatch);
		this.proposals.delete(slug, Authors.of(user));
		return ResponseEntity.noContent().build();
	}

}
