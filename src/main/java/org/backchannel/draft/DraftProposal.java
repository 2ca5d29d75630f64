package org.backchannel.draft;

import org.jspecify.annotations.Nullable;
import org.backchannel.event.Channel;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;
import org.backchannel.event.ParticipantRole;
import org.backchannel.model.DatePrecision;

/**
 * A draft event read from a report: every field with its evidence, confidence and reason.
 * Nothing here is saved; an editor corrects it and saves it through the usual form.
 */
@Schema(description = "A draft event proposed from a report; every field carries its evidence")
public record DraftProposal(@Schema(
		description = "When the contact took place, resolved against the publication date, at the precision the text gives") Proposed<DateGuess> date,
		@Schema(description = "The kind of contact") Proposed<EventType> type,
		@Schema(description = "Who talks to whom, from the participants' offices") Proposed<Channel> channel,
		@Schema(description = "Known actors who took part") List<Proposed<ParticipantGuess>> participants,
		@Schema(description = "Names the record does not know yet, offered as new actors") List<Proposed<NewActorGuess>> newActors,
		@Schema(description = "Where it took place (none for a phone call)") Proposed<PlaceGuess> place,
		@Schema(description = "How long it lasted, in minutes") Proposed<Integer> durationMinutes,
		@Schema(description = "Who asked for it") Proposed<InitiatorGuess> initiator,
		@Schema(description = "Quotations with their speakers") List<Proposed<QuoteGuess>> quotes,
		@Schema(description = "Each side's account, where the text attributes one") List<Proposed<AccountGuess>> accounts,
		@Schema(description = "The recorded event this report most likely describes; add the report there as a source instead of creating a duplicate") Proposed<DuplicateGuess> duplicate,
		@Schema(description = "A suggested title", example = "Rubio–Lavrov phone call") @Nullable String title,
		@Schema(description = "A suggested summary: the sentence that reports the contact") @Nullable String summary,
		@Schema(description = "The sentence that reports the contact; null when none does") @Nullable Evidence lead,
		@Schema(description = "What the reading came to: DRAFT (a US–Russia contact to draft), NO_CONTACT (the text "
				+ "reports none; the reason says what it found instead) or REFUSED (too long or too slow to read)",
				example = "DRAFT") Outcome outcome,
		@Schema(description = "Why this outcome, in a sentence") String outcomeReason,
		@Schema(description = "Whether the contact took place, is planned, or was cancelled or postponed, with the words that say so") Proposed<ContactStatus> status,
		@Schema(description = "Other contacts the text reports besides the main one (listed, not drafted)") List<Proposed<OtherContactGuess>> otherContacts,
		@Schema(description = "The report's language: as given, or detected from its script",
				example = "en") String language) {

	/** What reading a report came to. */
	public enum Outcome {

		/** A US–Russia contact was found: the fields are its draft. */
		DRAFT,

		/** The text reports no US–Russia contact; the reason says what it found. */
		NO_CONTACT,

		/** The text was too long or took too long to read; nothing was proposed. */
		REFUSED

	}

	DraftProposal withDuplicate(Proposed<DuplicateGuess> found) {
		return new DraftProposal(this.date, this.type, this.channel, this.participants, this.newActors, this.place,
				this.durationMinutes, this.initiator, this.quotes, this.accounts, found, this.title, this.summary,
				this.lead, this.outcome, this.outcomeReason, this.status, this.otherContacts, this.language);
	}

	DraftProposal withLanguage(String detected) {
		return new DraftProposal(this.date, this.type, this.channel, this.participants, this.newActors, this.place,
				this.durationMinutes, this.initiator, this.quotes, this.accounts, this.duplicate, this.title,
				this.summary, this.lead, this.outcome, this.outcomeReason, this.status, this.otherContacts, detected);
	}

	/** Nothing proposed, for the reason given: no contact, or a refusal. */
	static DraftProposal nothing(Outcome outcome, String reason, List<Proposed<OtherContactGuess>> found,
			String language) {
		return new DraftProposal(Proposed.none(reason), Proposed.none(reason), Proposed.none(reason), List.of(),
				List.of(), Proposed.none(reason), Proposed.none(reason), Proposed.none(reason), List.of(), List.of(),
				Proposed.none(reason), null, null, null, outcome, reason, Proposed.none(reason), found, language);
	}

	/** Whether this is a draft of a contact (not "no contact found" or a refusal). */
	@com.fasterxml.jackson.annotation.JsonIgnore
	@Schema(hidden = true)
	public boolean isDraft() {
		return this.outcome == Outcome.DRAFT;
	}

	@Schema(description = "Another contact the text reports: its sentence, who and what kind")
	public record OtherContactGuess(@Schema(
			example = "The call comes just days after Trump and Putin held a phone conversation.") String sentence,
			@Schema(description = "Known actors named in it") List<String> participants,
			@Schema(example = "PHONE_CALL") @Nullable EventType type) {

	}

	@Schema(description = "A date at its precision: a MONTH is its first day, a YEAR its 1 January")
	public record DateGuess(@Schema(example = "2025-03-15") @Nullable LocalDate value,
			@Schema(example = "DAY") DatePrecision precision) {

		/** As the event form writes it: 2025-03-15, 2025-03 or 2025. */
		public String formValue() {
			return switch (this.precision) {
				case DAY -> this.value.toString();
				case MONTH -> this.value.toString().substring(0, 7);
				case YEAR -> this.value.toString().substring(0, 4);
				case UNKNOWN -> "";
			};
		}

	}

	@Schema(description = "A known actor and the part it played")
	public record ParticipantGuess(@Schema(example = "sergei-lavrov") String actor,
			@Schema(example = "Sergei Lavrov") String name, @Schema(example = "RU") @Nullable String country,
			@Schema(example = "PRINCIPAL") ParticipantRole role) {

	}

	@Schema(description = "A person's name the record does not know")
	public record NewActorGuess(@Schema(example = "Kirill Dmitriev") String name) {

	}

	@Schema(description = "A place and its country")
	public record PlaceGuess(@Schema(example = "Kuala Lumpur") String name,
			@Schema(example = "MY") @Nullable String country) {

	}

	@Schema(description = "The side that asked for the contact, and the actor where the text names one")
	public record InitiatorGuess(@Schema(example = "RUSSIA") Initiator side,
			@Schema(example = "sergei-lavrov") @Nullable String actor) {

	}

	@Schema(description = "A quotation and who said it (actor null when the speaker is not a known actor)")
	public record QuoteGuess(String text, @Schema(example = "marco-rubio") @Nullable String speaker,
			@Schema(example = "Marco Rubio") @Nullable String speakerName) {

	}

	@Schema(description = "One side's account of the contact, attributed to an issuer")
	public record AccountGuess(@Schema(example = "US") String side,
			@Schema(example = "tammy-bruce") @Nullable String issuer,
			@Schema(example = "Tammy Bruce") @Nullable String issuerName, @Nullable String summary) {

	}

	@Schema(description = "A recorded event this report may describe")
	public record DuplicateGuess(@Schema(example = "2025-03-15-rubio-lavrov-phone-call") String slug, String title,
			@Schema(example = "2025-03-15") @Nullable String date, @Schema(example = "PHONE_CALL") String type,
			@Schema(example = "/admin/events/2025-03-15-rubio-lavrov-phone-call") String url) {

	}

}
