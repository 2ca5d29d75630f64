package org.backchannel.web.watch;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.backchannel.account.Authors;
import org.backchannel.draft.DraftProposal;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.NotFoundException;
import org.backchannel.watch.QueueItem;
import org.backchannel.watch.QueueService;
import org.backchannel.watch.ReadoutAttachment;
import org.backchannel.web.api.ApiController;
import org.backchannel.web.api.OpenApiConfiguration;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import static org.backchannel.web.api.OpenApiConfiguration.INVALID_INPUT;
import static org.backchannel.web.api.OpenApiConfiguration.NEEDS_EDITOR;

/**
 * The review queue in the API (EDITOR): the items watched sources brought, newest first,
 * and the same actions as the queue's page. An authenticated Atom feed of it lets an
 * editor subscribe.
 */
@ApiController
@Tag(name = "Review queue")
@SecurityRequirement(name = OpenApiConfiguration.BASIC_AUTH)
class QueueApiController {

	private final QueueService queue;

	QueueApiController(QueueService queue) {
		this.queue = queue;
	}

	@Schema(name = "QueuePage", description = "A page of the queue, newest first")
	record QueuePage(List<QueueItem> items,
			@Schema(description = "Pass as before= for the next page; null on the last") @Nullable Long nextBefore) {

	}

	@Schema(name = "QueueDraft",
			description = "The item, the source it became, and the assistant's proposal to save as an event")
	record QueueDraft(QueueItem item, long source, DraftProposal proposal) {

	}

	@Schema(name = "QueueAttach", description = "The event to attach the item to; the matched one when left out")
	record Attach(@Schema(example = "2025-03-15-rubio-lavrov-phone-call") @Nullable String slug) {

	}

	@Schema(name = "QueueDismiss", description = "Why the item is dismissed")
	record Dismiss(@Schema(example = "A readout of a Lavrov–Wang Yi meeting") String reason) {

	}

	@GetMapping("/api/queue")
	@Operation(operationId = "listQueue", summary = "The review queue, newest first",
			description = "Every item of every watched source, newest first, each in one of four states "
					+ "(NEW_CONTACT, RECORDED_CONTACT, NOT_A_CONTACT, FAILED) with its provenance and the editor's "
					+ "decision (null while it waits). Keyset pages: pass nextBefore as before. Needs the EDITOR role.")
	@ApiResponse(responseCode = "200", description = "A page of the queue")
	@ApiResponse(responseCode = "400", description = INVALID_INPUT)
	@ApiResponse(responseCode = "401", description = "Not signed in")
	@ApiResponse(responseCode = "403", description = NEEDS_EDITOR)
	QueuePage list(
			@Parameter(description = "Only items with an id below this") @RequestParam(required = false) @Schema(
					minimum = "1") Long before,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "50") @Schema(
					minimum = "1", maximum = "100") int limit,
			@Parameter(description = "Only the items that wait for a decision") @RequestParam(
					defaultValue = "false") boolean waiting) {
		if (limit < 1 || limit > QueueService.MAX_PAGE) {
			throw InvalidInputException.of("limit", "must be between 1 and " + QueueService.MAX_PAGE + ".");
		}
		if (before != null && before < 1) {
			throw InvalidInputException.of("before", "must be a positive id.");
		}
		List<QueueItem> items = this.queue.page(before, limit + 1, waiting);
		boolean more = items.size() > limit;
		List<QueueItem> page = more ? items.subList(0, limit) : items;
		return new QueuePage(page, more ? page.get(limit - 1).id() : null);
	}

	@GetMapping("/api/queue/{id}")
	@Operation(operationId = "getQueueItem", summary = "One item of the review queue",
			description = "Needs the EDITOR role.")
	@ApiResponse(responseCode = "200", description = "The item")
	@ApiResponse(responseCode = "404", description = "No such item")
	@ApiResponse(responseCode = "403", description = NEEDS_EDITOR)
	QueueItem item(@Parameter(description = "The item's id", example = "1") @PathVariable long id) {
		return this.queue.find(id).orElseThrow(() -> new NotFoundException("queue item", id));
	}

	@PostMapping("/api/queue/{id}/draft")
	@Operation(operationId = "draftQueueItem", summary = "Create the draft from an item",
			description = "Marks the item DRAFTED, stores it as a source (once; its full text archived) and answers "
					+ "the assistant's proposal: save it with POST /api/events, citing the source. Needs the EDITOR role.")
	@ApiResponse(responseCode = "200", description = "The source and the proposal")
	@ApiResponse(responseCode = "404", description = "No such item")
	@ApiResponse(responseCode = "409", description = "The item was already decided: undo that first")
	@ApiResponse(responseCode = "403", description = NEEDS_EDITOR)
	QueueDraft draft(@Parameter(description = "The item's id", example = "1") @PathVariable long id,
			Authentication user) {
		QueueService.Drafting drafting = this.queue.draft(id, Authors.of(user));
		return new QueueDraft(drafting.item(), drafting.source(), drafting.proposal());
	}

	@PostMapping("/api/queue/{id}/attach")
	@Operation(operationId = "attachQueueItem", summary = "Attach an item to a recorded event as a source",
			description = "Stores the item as a source (once) and adds it to the event it matched, or to the event "
					+ "named by slug. Needs the EDITOR role.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			description = "The event to attach to; {} attaches to the event the item matched",
			content = @Content(schema = @Schema(implementation = Attach.class)))
	@ApiResponse(responseCode = "200", description = "The item, now ATTACHED")
	@ApiResponse(responseCode = "400", description = INVALID_INPUT + " No event matched and none was named.")
	@ApiResponse(responseCode = "404", description = "No such item or event")
	@ApiResponse(responseCode = "409", description = "The item was already decided: undo that first")
	@ApiResponse(responseCode = "403", description = NEEDS_EDITOR)
	QueueItem attach(@Parameter(description = "The item's id", example = "1") @PathVariable long id,
			@RequestBody(required = false) @Nullable Attach body, Authentication user) {
		return this.queue.attach(id, (body != null) ? body.slug() : null, Authors.of(user));
	}

	@PostMapping("/api/queue/{id}/readout")
	@Operation(operationId = "attachQueueItemAsReadout",
			summary = "Attach an item to a recorded event as one side's readout",
			description = "Stores the item as a source (once; its outlet and voice those of the watched source) and adds "
					+ "it to the event it matched, or to the event named by slug, as the US or the Russian side's readout. "
					+ "The same attachment again changes nothing, and an event that has that side's readout from this "
					+ "source already is left as it is. Every change is a revision in the event's history; an editor's "
					+ "change of a published event awaits an admin's review. Needs the EDITOR role.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(schema = @Schema(implementation = ReadoutAttachment.class)))
	@ApiResponse(responseCode = "200", description = "The item, now ATTACHED with its attachedSide")
	@ApiResponse(responseCode = "400", description = INVALID_INPUT
			+ " Each field's message: no side, a side other than US or RUSSIA, an unknown issuer, no summary, no event matched or named.")
	@ApiResponse(responseCode = "404", description = "No such item")
	@ApiResponse(responseCode = "409", description = "The item was decided otherwise: undo that first")
	@ApiResponse(responseCode = "403", description = NEEDS_EDITOR)
	QueueItem attachReadout(@Parameter(description = "The item's id", example = "1") @PathVariable long id,
			@RequestBody ReadoutAttachment body, Authentication user) {
		return this.queue.attachReadout(id, body, Authors.of(user));
	}

	@PostMapping("/api/queue/{id}/dismiss")
	@Operation(operationId = "dismissQueueItem", summary = "Dismiss an item, with a reason",
			description = "Needs the EDITOR role.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(schema = @Schema(implementation = Dismiss.class)))
	@ApiResponse(responseCode = "200", description = "The item, now DISMISSED")
	@ApiResponse(responseCode = "400", description = INVALID_INPUT + " No reason, or one over 500 characters.")
	@ApiResponse(responseCode = "404", description = "No such item")
	@ApiResponse(responseCode = "409", description = "The item was already decided: undo that first")
	@ApiResponse(responseCode = "403", description = NEEDS_EDITOR)
	QueueItem dismiss(@Parameter(description = "The item's id", example = "1") @PathVariable long id,
			@RequestBody Dismiss body, Authentication user) {
		return this.queue.dismiss(id, body.reason(), Authors.of(user));
	}

	@PostMapping("/api/queue/{id}/undo")
	@Operation(operationId = "undoQueueItem", summary = "Undo the decision on an item",
			description = "The item waits again; an attachment is taken off the event (the source stays in the "
					+ "record). Needs the EDITOR role.")
	@ApiResponse(responseCode = "200", description = "The item, waiting again")
	@ApiResponse(responseCode = "404", description = "No such item")
	@ApiResponse(responseCode = "409", description = "Nothing to undo")
	@ApiResponse(responseCode = "403", description = NEEDS_EDITOR)
	QueueItem undo(@Parameter(description = "The item's id", example = "1") @PathVariable long id,
			Authentication user) {
		return this.queue.undo(id, Authors.of(user));
	}

	@GetMapping(path = "/api/queue/feed.atom", produces = "application/atom+xml")
	@Operation(operationId = "queueFeed", summary = "The review queue as an Atom feed",
			description = "The 50 newest items, for a feed reader signed in with HTTP Basic. Needs the EDITOR role.",
			responses = @ApiResponse(responseCode = "200", description = "The feed",
					content = @Content(mediaType = "application/atom+xml",
							schema = @Schema(type = "string", format = "binary"))))
	@ApiResponse(responseCode = "403", description = NEEDS_EDITOR)
	ResponseEntity<byte[]> feed() {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(QueueFeed.write(this.queue.page(null, 50, false), base)
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
