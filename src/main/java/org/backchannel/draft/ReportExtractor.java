package org.backchannel.draft;

import org.backchannel.event.Channel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.backchannel.draft.DraftProposal.AccountGuess;
import org.backchannel.draft.DraftProposal.DateGuess;
import org.backchannel.draft.DraftProposal.InitiatorGuess;
import org.backchannel.draft.DraftProposal.NewActorGuess;
import org.backchannel.draft.DraftProposal.OtherContactGuess;
import org.backchannel.draft.DraftProposal.ParticipantGuess;
import org.backchannel.draft.DraftProposal.PlaceGuess;
import org.backchannel.draft.DraftProposal.QuoteGuess;
import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventType;

/**
 * Reads a report and proposes a draft event, deterministically and offline. It first
 * picks the lead: the sentence that reports a contact (a contact word and the most people
 * named, early in the text). The lead gives the type, participants, date and place;
 * sentences that return to the same contact ("the call was initiated by the Russian
 * side", "the talks were held in Kuala Lumpur") add to them. Every field keeps the
 * sentence it came from. A field nothing in the text supports stays empty, with the
 * reason.
 */
final class ReportExtractor {

	/** The offices whose holders meet as principals, not as a delegation. */
	private static final Set<String> PRINCIPALS = Set.of("leader", "foreign", "envoy");

	private final ActorDictionary actors;

	private final Places places;

	ReportExtractor(ActorDictionary actors, Places places) {
		this.actors = actors;
		this.places = places;
	}

	DraftProposal extract(String text, LocalDate published) {
		return extract(text, published, Deadline.none());
	}

	/**
	 * Reads at most the first {@link Sentences#MAX_SENTENCES} sentences (each at most
	 * {@link Sentences#MAX_LENGTH} characters), checking the deadline as it goes: the
	 * work is linear in the text and bounded.
	 */
	DraftProposal extract(String whole, LocalDate published, Deadline deadline) {
		List<Sentence> sentences = Sentences.split(whole);
		if (sentences.size() > Sentences.MAX_SENTENCES) {
			sentences = sentences.subList(0, Sentences.MAX_SENTENCES);
		}
		int readTo = sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).end();
		// Only the part read: offsets into it are offsets into the whole text.
		String text = whole.substring(0, readTo);
		List<Token> tokens = Token.tokenize(text);
		deadline.check();
		List<ActorDictionary.Mention> all = Mentions.merge(this.actors.find(tokens, published), text);
		deadline.check();
		List<Reading> readings = LeadChoice.read(sentences, all, text, deadline);
		Reading lead = LeadChoice.lead(readings, text, published);
		if (lead == null) {
			return nothing(text);
		}
		Proposed<EventType> type = ContactTypes.type(lead, readings, text);
		List<Proposed<ParticipantGuess>> participants = new ArrayList<>();
		List<Proposed<NewActorGuess>> newActors = new ArrayList<>();
		Participants.participants(lead, readings, text, published, participants, newActors);
		deadline.check();
		ContactSides.Verdict verdict = ContactFacts.verdict(lead, readings, participants);
		Set<String> chosen = new LinkedHashSet<>();
		participants.forEach((p) -> chosen.add(p.value().actor()));
		List<Proposed<OtherContactGuess>> others = ContactFacts.others(lead.sentence(), candidates(readings, text),
				chosen, text);
		if (verdict.contact()) {
			verdict = ContactFacts.mainContact(lead, readings, text, verdict);
		}
		if (!verdict.contact()) {
			List<Proposed<OtherContactGuess>> found = new ArrayList<>();
			found.add(Proposed.of(
					new OtherContactGuess(lead.sentence().text(),
							participants.stream().map((p) -> p.value().name()).toList(),
							lead.types().isEmpty() ? null : lead.types().keySet().iterator().next()),
					Evidence.of(lead.sentence(), lead.sentence().start(), lead.sentence().end(), text), 0.6,
					"The sentence that reports a contact."));
			found.addAll(others);
			return DraftProposal.nothing(DraftProposal.Outcome.NO_CONTACT, verdict.reason(), found, null);
		}
		Proposed<ContactStatus> status = ContactFacts.status(lead.sentence(), readings.get(0).sentence(), text);
		LocalDate anchor = ContactDates.anchor(sentences, published);
		boolean planned = status.value() == ContactStatus.PLANNED;
		Proposed<DateGuess> date = LeadDates.date(lead, readings, text, anchor, type.value(), planned, sentences);
		LocalDate on = date.isPresent() ? date.value().value() : published;
		type = ContactTypes.refine(type, lead, readings, actorsOf(participants, all),
				(a) -> PRINCIPALS.contains(this.actors.groupOf(a, on)));
		Proposed<PlaceGuess> place = ContactDetails.place(this.places, lead, readings, type.value(), text);
		Proposed<Integer> duration = ContactDetails.duration(lead, readings, text);
		Proposed<InitiatorGuess> initiator = ContactDetails.initiator(lead, readings, text);
		List<Proposed<QuoteGuess>> quotes = QuotesAndAccounts.quotes(text, sentences, all);
		List<Proposed<AccountGuess>> accounts = QuotesAndAccounts.accounts(readings, text);
		Proposed<Channel> channel = Channels.channel(this.actors, participants, on, lead, text);
		String title = Channels.title(participants, type.value(), place);
		Evidence leadEvidence = Evidence.of(lead.sentence(), lead.sentence().start(), lead.sentence().end(), text);
		return new DraftProposal(date, type, channel, participants, newActors, place, duration, initiator, quotes,
				accounts, Proposed.none("No recorded event checked yet."), title, lead.sentence().text(), leadEvidence,
				DraftProposal.Outcome.DRAFT, verdict.reason(), status, others, null);
	}

	/**
	 * The sentences that report some contact, with their people: for "the other
	 * contacts".
	 */
	private static List<ContactFacts.Candidate> candidates(List<Reading> readings, String text) {
		List<ContactFacts.Candidate> candidates = new ArrayList<>();
		for (Reading r : readings) {
			if (r.types().isEmpty()) {
				continue;
			}
			List<String> slugs = new ArrayList<>();
			List<String> names = new ArrayList<>();
			for (ActorDictionary.Mention m : r.persons(text)) {
				if (!slugs.contains(m.actor().slug())) {
					slugs.add(m.actor().slug());
					names.add(m.actor().name());
				}
			}
			candidates
				.add(new ContactFacts.Candidate(r.sentence(), slugs, names, r.types().keySet().iterator().next()));
		}
		return candidates;
	}

	private static List<KnownActor> actorsOf(List<Proposed<ParticipantGuess>> participants,
			List<ActorDictionary.Mention> all) {
		Set<String> slugs = new LinkedHashSet<>();
		participants.forEach((p) -> slugs.add(p.value().actor()));
		List<KnownActor> actors = new ArrayList<>();
		for (ActorDictionary.Mention m : all) {
			if (slugs.remove(m.actor().slug())) {
				actors.add(m.actor());
			}
		}
		return actors;
	}

	private static DraftProposal nothing(String text) {
		String reason = "No sentence reports a contact (a call, meeting, talks or summit).";
		return DraftProposal.nothing(DraftProposal.Outcome.NO_CONTACT, reason, List.of(), null);
	}

}
