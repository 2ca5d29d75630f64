package org.backchannel.web.draft;

import org.backchannel.web.api.ApiController;

import org.backchannel.web.api.OpenApiConfiguration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.backchannel.draft.DraftProposal;
import org.backchannel.draft.DraftRequest;
import org.backchannel.draft.DraftService;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import static org.backchannel.web.api.OpenApiConfiguration.INVALID_INPUT;
import static org.backchannel.web.api.OpenApiConfiguration.NEEDS_EDITOR;

/**
 * From a report to a draft event: reads a pasted report and answers the proposed fields,
 * each with the sentence it comes from. Nothing is saved.
 */
@ApiController
@Tag(name = "Drafts")
@SecurityRequirement(name = OpenApiConfiguration.BASIC_AUTH)
class DraftApiController {

	private final DraftService drafts;

	DraftApiController(DraftService drafts) {
		this.drafts = drafts;
	}

	@PostMapping("/api/drafts/from-report")
	@Operation(summary = "Propose a draft event from a report",
			description = "Reads a news report or readout (at most " + DraftService.MAX_TEXT + " characters) and "
					+ "proposes a draft event: date (resolved against the publication date, at the precision the text "
					+ "gives, or none), type, channel, participants matched to known actors, names offered as new "
					+ "actors, place, duration, initiator, quotes, each side's account, and the recorded event it most "
					+ "likely reports. Every field has its value, the sentence it comes from (character offsets into "
					+ "`text`), a confidence and a reason. Nothing is saved. Needs the EDITOR role.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			description = "The report; unknown fields are refused",
			content = @Content(schema = @Schema(implementation = DraftRequest.class)))
	@ApiResponse(responseCode = "200", description = "The proposal",
			content = @Content(schema = @Schema(implementation = DraftProposal.class)))
	@ApiResponse(responseCode = "400",
			description = INVALID_INPUT + " Empty text, a text over " + DraftService.MAX_TEXT
					+ " characters, or a missing or invalid publication date.")
	@ApiResponse(responseCode = "403", description = NEEDS_EDITOR)
	DraftProposal fromReport(@RequestBody DraftRequest body) {
		return this.drafts.propose(body);
	}

}
