package org.backchannel.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

import org.backchannel.model.DatePrecision;
import org.backchannel.model.InputRules;
import org.backchannel.model.IsoDay;
import org.backchannel.model.MultiLine;
import org.backchannel.model.PartialDateFields;
import org.backchannel.model.Side;
import org.backchannel.model.SingleLine;

/**
 * An event as an editor writes it: the admin form binds it, the API reads it as JSON, and
 * the history stores it as each revision's snapshot. Actors and proposals are named by
 * slug, sources by id; dates are written at their precision (2025-03-15, 2025-03, 2025).
 *
 * @param slug the URL name; generated from the date and the title when left empty, fixed
 * once the event exists
 * @param channel who talks to whom; RELATED (context) when not given on creation,
 * unchanged when not given on an update
 * @param contactStatus whether the contact was held, or only planned, cancelled or
 * postponed; HELD when not given on creation, unchanged when not given on an update
 * @param when the date, its precision, end, duration and note; in JSON its fields stand
 * at the top level, beside the others ({@code @JsonUnwrapped}), as do those of
 * {@code where} and {@code initiated}
 * @param confirmDuplicate set to save an event that looks like an existing one (same date
 * and principals)
 */
public record EventData(
		@Size(max = 160) @Pattern(regexp = InputRules.SLUG, message = "{backchannel.validation.slug}") String slug,
		@NotBlank @Size(max = 300) @SingleLine String title, @NotNull EventType type, @Valid @JsonUnwrapped When when,
		@Valid @JsonUnwrapped Where where, @Valid @JsonUnwrapped Initiated initiated,
		@NotBlank @Size(max = InputRules.LONG_TEXT) @MultiLine String summary, Channel channel,
		ContactStatus contactStatus,
		@Size(max = InputRules.MAX_ROWS,
				message = "{backchannel.validation.rows}") List<@Valid ParticipantData> participants,
		@Size(max = InputRules.MAX_ROWS, message = "{backchannel.validation.rows}") List<@Valid ReadoutData> readouts,
		@Size(max = InputRules.MAX_ROWS, message = "{backchannel.validation.rows}") List<@Valid QuoteData> quotes,
		@Size(max = InputRules.MAX_ROWS, message = "{backchannel.validation.rows}") List<@Valid ClaimData> claims,
		@Size(max = InputRules.MAX_ROWS, message = "{backchannel.validation.rows}") List<String> proposals,
		@Size(max = InputRules.MAX_ROWS, message = "{backchannel.validation.rows}") List<Long> sources,
		Boolean confirmDuplicate) {

	public EventData {
		slug = InputRules.clean(slug);
		title = InputRules.clean(title);
		// A JSON body or a form without any of a group's fields: the group's checks still
		// run.
		when = (when != null) ? when : new When(null, null, null, null, null);
		where = (where != null) ? where : Where.none();
		initiated = (initiated != null) ? initiated : new Initiated(null, null, null, null);
		summary = InputRules.clean(summary);
		participants = rows(participants);
		readouts = rows(readouts);
		quotes = rows(quotes);
		claims = rows(claims);
		proposals = rows(proposals).stream().map(InputRules::clean).filter(Objects::nonNull).toList();
		sources = rows(sources);
	}

	/** A new, empty event: a phone call with two principal rows to fill in. */
	public static EventData blank() {
		return new EventData(null, null, EventType.PHONE_CALL, new When(null, DatePrecision.DAY, null, null, null),
				null, new Initiated(Initiator.NOT_REPORTED, null, null, null), null, Channel.RELATED,
				ContactStatus.HELD,
				List.of(new ParticipantData(null, ParticipantRole.PRINCIPAL),
						new ParticipantData(null, ParticipantRole.PRINCIPAL)),
				List.of(), List.of(), List.of(), List.of(), List.of(), null);
	}

	public boolean duplicateConfirmed() {
		return Boolean.TRUE.equals(this.confirmDuplicate);
	}

	/** The same event as a snapshot keeps it: without the one-off confirmation. */
	EventData withoutConfirmation() {
		return withSlug(this.slug);
	}

	EventData withSlug(String newSlug) {
		return new EventData(newSlug, this.title, this.type, this.when, this.where, this.initiated, this.summary,
				this.channel, this.contactStatus, this.participants, this.readouts, this.quotes, this.claims,
				this.proposals, this.sources, null);
	}

	/**
	 * The form's "add a row" and "remove row N" buttons, for participants, readouts,
	 * quotes, claims, proposals and sources.
	 */
	public EventData withRowAdded(String list) {
		return switch (list) {
			case "participants" -> with(add(this.participants, new ParticipantData(null, ParticipantRole.PRINCIPAL)),
					this.readouts, this.quotes, this.claims, this.proposals, this.sources);
			case "readouts" ->
				with(this.participants, add(this.readouts, new ReadoutData(Side.US, null, null, List.of(), null, null)),
						this.quotes, this.claims, this.proposals, this.sources);
			case "quotes" -> with(this.participants, this.readouts,
					add(this.quotes, new QuoteData(null, null, null, null)), this.claims, this.proposals, this.sources);
			case "claims" -> with(this.participants, this.readouts, this.quotes,
					add(this.claims, new ClaimData(null, ClaimStatus.REPORTED, null, null)), this.proposals,
					this.sources);
			default -> this;
		};
	}

	public EventData withRowRemoved(String list, int index) {
		return switch (list) {
			case "participants" -> with(remove(this.participants, index), this.readouts, this.quotes, this.claims,
					this.proposals, this.sources);
			case "readouts" -> with(this.participants, remove(this.readouts, index), this.quotes, this.claims,
					this.proposals, this.sources);
			case "quotes" -> with(this.participants, this.readouts, remove(this.quotes, index), this.claims,
					this.proposals, this.sources);
			case "claims" -> with(this.participants, this.readouts, this.quotes, remove(this.claims, index),
					this.proposals, this.sources);
			case "proposals" -> with(this.participants, this.readouts, this.quotes, this.claims,
					remove(this.proposals, index), this.sources);
			case "sources" -> with(this.participants, this.readouts, this.quotes, this.claims, this.proposals,
					remove(this.sources, index));
			default -> this;
		};
	}

	/** Adds a source (one just created inline, say) unless it is already listed. */
	public EventData withSource(long sourceId) {
		if (this.sources.contains(sourceId)) {
			return this;
		}
		return with(this.participants, this.readouts, this.quotes, this.claims, this.proposals,
				add(this.sources, sourceId));
	}

	public EventData withProposal(String proposalSlug) {
		if (proposalSlug == null || proposalSlug.isBlank() || this.proposals.contains(proposalSlug)) {
			return this;
		}
		return with(this.participants, this.readouts, this.quotes, this.claims, add(this.proposals, proposalSlug),
				this.sources);
	}

	private EventData with(List<ParticipantData> participants, List<ReadoutData> readouts, List<QuoteData> quotes,
			List<ClaimData> claims, List<String> proposals, List<Long> sources) {
		return new EventData(this.slug, this.title, this.type, this.when, this.where, this.initiated, this.summary,
				this.channel, this.contactStatus, participants, readouts, quotes, claims, proposals, sources,
				this.confirmDuplicate);
	}

	private static <T> List<T> add(List<T> list, T row) {
		List<T> copy = new ArrayList<>(list);
		copy.add(row);
		return copy;
	}

	private static <T> List<T> remove(List<T> list, int index) {
		List<T> copy = new ArrayList<>(list);
		if (index >= 0 && index < copy.size()) {
			copy.remove(index);
		}
		return copy;
	}

	/** Form binding leaves gaps (null) where rows were removed; they are not rows. */
	private static <T> List<T> rows(List<T> list) {
		return (list != null) ? list.stream().filter(Objects::nonNull).toList() : List.of();
	}

	static <T, R> List<R> map(List<T> list, Function<T, R> mapper) {
		return list.stream().map(mapper).toList();
	}

	/**
	 * When it took place, written at its precision (2025-03-15, 2025-03, 2025).
	 *
	 * @param dateNote how the date is to be read where that is not obvious (time zones, a
	 * planned date)
	 */
	@PartialDateFields(date = "date", precision = "datePrecision")
	public record When(
			@Schema(description = "The date at its precision: 2025-03-15, 2025-03 or 2025",
					pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$", example = "2025-03-15") String date,
			DatePrecision datePrecision,
			@Schema(description = "The last day of a contact over several days", format = "date",
					example = "2025-03-16") @IsoDay String endDate,
			@Schema(description = "How long it lasted, in minutes", minimum = "1",
					example = "90") @Positive Integer durationMinutes,
			@Size(max = 500) @SingleLine String dateNote) {

		public When {
			date = InputRules.clean(date);
			endDate = InputRules.clean(endDate);
			dateNote = InputRules.clean(dateNote);
		}

	}

	/**
	 * Who initiated it: the side, and where reported the actor, a note and the source
	 * that says so.
	 */
	public record Initiated(Initiator initiator, String initiatorActor,
			@Size(max = 500) @SingleLine String initiatorNote, Long initiatorSource) {

		public Initiated {
			initiatorActor = InputRules.clean(initiatorActor);
			initiatorNote = InputRules.clean(initiatorNote);
		}

	}

	public record ParticipantData(@NotBlank String actor, @NotNull ParticipantRole role) {

		public ParticipantData {
			actor = InputRules.clean(actor);
		}

	}

	/**
	 * @param keyQuotes the readout's key phrases, verbatim; blank entries are dropped
	 */
	public record ReadoutData(@NotNull Side side, @NotBlank String issuer,
			@NotBlank @Size(max = InputRules.LONG_TEXT) @MultiLine String summary,
			@Size(max = InputRules.MAX_ROWS,
					message = "{backchannel.validation.rows}") List<@Size(
							max = InputRules.LONG_TEXT) @MultiLine String> keyQuotes,
			@NotNull Long source, @Size(max = 16) @Pattern(regexp = InputRules.LANGUAGE,
					message = "{backchannel.validation.language}") String language) {

		public ReadoutData {
			issuer = InputRules.clean(issuer);
			language = InputRules.clean(language);
			summary = InputRules.clean(summary);
			keyQuotes = (keyQuotes != null)
					? keyQuotes.stream().map(InputRules::clean).filter(Objects::nonNull).toList() : List.of();
		}

	}

	public record QuoteData(@NotBlank String speaker,
			@NotBlank @Size(max = InputRules.LONG_TEXT) @MultiLine String text,
			@Size(max = 500) @SingleLine String context, @NotNull Long source) {

		public QuoteData {
			speaker = InputRules.clean(speaker);
			text = InputRules.clean(text);
			context = InputRules.clean(context);
		}

	}

	public record ClaimData(@NotBlank @Size(max = InputRules.LONG_TEXT) @MultiLine String text,
			@NotNull ClaimStatus status, String disputedBy, @NotNull Long source) {

		public ClaimData {
			text = InputRules.clean(text);
			disputedBy = InputRules.clean(disputedBy);
		}

	}

}
