package org.backchannel.watch;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.backchannel.draft.DraftProposal;
import org.backchannel.draft.DraftProposal.ParticipantGuess;
import org.backchannel.draft.DraftRequest;
import org.backchannel.draft.DraftService;
import org.backchannel.draft.Proposed;
import org.backchannel.model.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * Puts an item in one of the queue's states through the report-to-draft assistant's one
 * entry point ({@link DraftService#propose(DraftRequest)}): a recorded event it matches
 * makes it "reports a recorded contact"; a sentence that reports a contact between US and
 * Russian participants makes it "new contact?"; anything else is "not about a US–Russia
 * contact", with the reason.
 */
@Component
public class ItemClassifier {

	private final DraftService drafts;

	ItemClassifier(DraftService drafts) {
		this.drafts = drafts;
	}

	/**
	 * The state, why, the slug of the matched event, and the assistant's evidence as
	 * {@code start-end} offsets into the text, comma-separated.
	 */
	public record Classified(ItemState state, String reason, @Nullable String matchedEvent, String evidence) {

		Classified(ItemState state, String reason, @Nullable String matchedEvent) {
			this(state, reason, matchedEvent, "");
		}

	}

	/**
	 * The request the assistant reads for an item (its text cut to the assistant's
	 * limit).
	 */
	public static DraftRequest request(String text, LocalDate published, @Nullable String url, String outlet,
			String language) {
		String cut = (text.length() > DraftService.MAX_TEXT) ? text.substring(0, DraftService.MAX_TEXT) : text;
		return new DraftRequest(cut, published.toString(), url, outlet, language);
	}

	public DraftProposal propose(DraftRequest request) {
		return this.drafts.propose(request);
	}

	public Classified classify(DraftRequest request) {
		DraftProposal proposal;
		try {
			proposal = this.drafts.propose(request);
		}
		catch (InvalidInputException ex) {
			return new Classified(ItemState.FAILED, "The assistant could not read it: " + ex.getErrors(), null);
		}
		return classify(proposal);
	}

	static Classified classify(DraftProposal proposal) {
		Classified classified = state(proposal);
		return new Classified(classified.state(), classified.reason(), classified.matchedEvent(), evidence(proposal));
	}

	/**
	 * Every sentence a field of the proposal comes from, in order, as start-end pairs.
	 */
	static String evidence(DraftProposal p) {
		java.util.TreeMap<Integer, Integer> spans = new java.util.TreeMap<>();
		List<Proposed<?>> fields = new java.util.ArrayList<>(
				List.of(p.date(), p.type(), p.channel(), p.place(), p.durationMinutes(), p.initiator(), p.duplicate()));
		fields.addAll(p.participants());
		fields.addAll(p.quotes());
		fields.addAll(p.accounts());
		for (Proposed<?> field : fields) {
			if (field.evidence() != null) {
				spans.merge(field.evidence().start(), field.evidence().end(), Math::max);
			}
		}
		if (p.lead() != null) {
			spans.merge(p.lead().start(), p.lead().end(), Math::max);
		}
		StringBuilder out = new StringBuilder();
		spans.forEach((start, end) -> {
			if (out.length() < 3900) {
				out.append(out.isEmpty() ? "" : ",").append(start).append('-').append(end);
			}
		});
		return out.toString();
	}

	private static Classified state(DraftProposal proposal) {
		if (proposal.duplicate().isPresent()) {
			return new Classified(ItemState.RECORDED_CONTACT, proposal.duplicate().reason(),
					proposal.duplicate().value().slug());
		}
		if (proposal.lead() == null) {
			return new Classified(ItemState.NOT_A_CONTACT, "No sentence reports a contact: " + proposal.type().reason(),
					null);
		}
		Set<String> countries = new LinkedHashSet<>();
		Set<String> names = new LinkedHashSet<>();
		for (Proposed<ParticipantGuess> participant : proposal.participants()) {
			names.add(participant.value().name());
			if (participant.value().country() != null) {
				countries.add(participant.value().country());
			}
		}
		if (!countries.contains("US") || !countries.contains("RU")) {
			return new Classified(ItemState.NOT_A_CONTACT,
					"The contact it reports has no "
							+ (countries.contains("US") ? "Russian" : countries.contains("RU") ? "US" : "US or Russian")
							+ " participant the record knows"
							+ (names.isEmpty() ? "" : " (found: " + String.join(", ", names) + ")") + ".",
					null);
		}
		return new Classified(ItemState.NEW_CONTACT,
				"A contact of " + String.join(", ", names) + ", not in the record: “" + proposal.lead().text() + "”",
				null);
	}

}
