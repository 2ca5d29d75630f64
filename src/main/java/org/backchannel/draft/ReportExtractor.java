package org.backchannel.draft;

import org.backchannel.event.Channel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.backchannel.event.Initiator;
import org.backchannel.event.ParticipantRole;
import org.backchannel.model.DatePrecision;

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

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern PHONE = Pattern.compile("\\b(?:phone|telephone)[\\s-]+(?:call|conversation|talks?)"
			+ "|\\bspoke\\s+(?:by|on\\s+the|over\\s+the)\\s+(?:phone|telephone)|\\bby\\s+(?:phone|telephone)\\b"
			+ "|\\bphoned\\b|\\bcall\\s+(?:between|with)\\b|\\bphone\\s+contact|\\bvideo\\s*(?:call|conference|link)\\b"
			+ "|\\b(?:the|a|their|this|latest|first|second|third|fourth|hour-long|lengthy|brief)\\s+call\\b(?!\\s+(?:for|on|to|from|of)\\b)"
			+ "|(?:'s|’s)\\s+call\\b(?!\\s+(?:for|on|to)\\b)"
			+ "|телефонн\\w*\\s+разговор\\w*|по\\s+телефону|созвонил\\w*", CI);

	private static final Pattern CONVERSATION = Pattern.compile("\\bconversations?\\b|\\bразговор\\w*", CI);

	private static final Pattern MEETING = Pattern.compile("\\bmet\\b|\\bmeet(?:s|ing|ings)?\\b|\\bheld\\s+talks\\b"
			+ "|\\btalks\\s+(?:in|at|on\\s+the\\s+sidelines)\\b|\\bsat\\s+down\\s+with\\b|\\bface-to-face\\b|\\bin-person\\b"
			+ "|\\bвстреч\\w*|\\bвстретил\\w*", CI);

	private static final Pattern SUMMIT = Pattern.compile("\\bsummit\\b|\\bсаммит\\w*", CI);

	private static final Pattern ROUND = Pattern.compile("\\bround\\s+of\\s+(?:talks|negotiations|consultations)\\b"
			+ "|\\bnegotiation\\s+round\\b|\\b(?:first|second|third|fourth|fifth|new|latest)\\s+round\\b"
			+ "|\\bconsultations\\b|\\bexpert[\\s-]+(?:level\\s+)?talks\\b|\\btrilateral\\s+(?:talks|meeting|negotiations)\\b"
			+ "|\\bdelegations\\b|\\bnegotiations\\s+in\\b|\\bпереговор\\w*", CI);

	private static final Pattern TALKS = Pattern.compile("\\btalks\\b", CI);

	private static final Pattern LETTER = Pattern
		.compile("\\b(?:letter|written\\s+message|telegram)\\b|письм\\p{L}*|послани\\p{L}*|телеграмм\\p{L}*", CI);

	private static final Pattern STATEMENT = Pattern
		.compile("\\b(?:in|issued)\\s+a\\s+statement\\b|\\bstatement\\s+(?:issued|released)\\b", CI);

	private static final Pattern WEAK = Pattern.compile(
			"\\bdiscuss(?:ed|ing|ion|ions)?\\b|\\bin\\s+contact\\b"
					+ "|\\bin\\s+communication\\b|\\bexchanged?\\s+views\\b|\\bspoke\\b|\\btalked\\b|\\bобсудил\\w*",
			CI);

	private static final Pattern SIDELINES = Pattern
		.compile("(?:sidelines|fringes|margins|ahead\\s+of|eve\\s+of|before|after|following|preparing|prepare"
				+ "|preparations?\\s+(?:of|for)|planned|upcoming|possible|next|future)\\s+(?:of\\s+)?(?:the\\s+|a\\s+)?(?:[\\p{L}’'-]+\\s+){0,4}$",
				CI);

	private static final Pattern SPEAKER_AFTER = Pattern
		.compile("^[\\s,]{0,3}(?:has\\s+|had\\s+|also\\s+)?(?:said|says|told"
				+ "|stated|states|noted|added|announced|confirmed|wrote|remarked|reported|declared|explained|insisted"
				+ "|emphasi[sz]ed|stressed|characterized|characterised|described|quoted|commented|informed"
				+ "|сообщил\\p{L}*|заявил\\p{L}*|рассказал\\p{L}*|отметил\\p{L}*|подчеркнул\\p{L}*|подтвердил\\p{L}*"
				+ "|назвал\\p{L}*)(?![\\p{L}])", CI);

	private static final Pattern SPEAKER_BEFORE = Pattern
		.compile("(?iu:according\\s+to|said|says|told|stated|noted|added|made\\s+by|reported\\s+by"
				+ "|announced|confirmed|quoted|cited|wrote|remarked|declared|statement\\s+(?:by|from)|сообщил\\p{L}*"
				+ "|заявил\\p{L}*|рассказал\\p{L}*|отметил\\p{L}*|подчеркнул\\p{L}*|по\\s+словам)\\s+(?i:the\\s+)?"
				+ "(?:(?:\\p{Lu}[\\p{L}.'’-]*|aide|adviser|advisor|envoy|spokesperson|spokeswoman|spokesman|minister|secretary"
				+ "|president|foreign|deputy|press|chief|head|official|presidential|special|national|security|department|ministry"
				+ "|помощник\\p{L}*|президент\\p{L}*|пресс-секретар\\p{L}*|российск\\p{L}*|лидер\\p{L}*|глав\\p{L}*"
				+ "|представител\\p{L}*|официальн\\p{L}*)" + "\\s+){0,5}$", Pattern.UNICODE_CASE);

	private static final Pattern JOINED = Pattern.compile("\\bjoined\\s+by\\b|\\baccompanied\\s+by\\b|\\balso\\s+"
			+ "(?:took\\s+part|attended|present|participated|joined)\\b|\\btook\\s+part\\b|\\bwere\\s+(?:also\\s+)?present\\b"
			+ "|\\bdelegation\\s+(?:included|comprised|was\\s+led\\s+by|led\\s+by)\\b|\\bon\\s+the\\s+(?:US|U\\.S\\.|American|Russian)\\s+side\\b"
			+ "|\\bthree-on-three\\b|\\bwith\\s+(?:aide|adviser|envoy)s?\\b", CI);

	private static final Pattern DESCRIPTOR = Pattern.compile("^(?:'s|’s)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:envoy|aide"
			+ "|adviser|advisor|spokesperson|spokeswoman|spokesman|representative|administration|government|team"
			+ "|office|son|daughter|wife|displeasure|position|demands|message|statement|remarks|plan|proposal"
			+ "|birthday|residence|plane|delegation)\\b", CI);

	/** The pluperfect looks back at an earlier contact: "had last met in February". */
	private static final Pattern EARLIER = Pattern.compile("\\bhad\\s+(?:last\\s+|previously\\s+|already\\s+)?"
			+ "(?:met|spoken|talked|held|had)\\b|\\bprevious(?:ly)?\\b|\\bhave\\s+(?:communicated|met|spoken)\\b"
			+ "|\\bfor\\s+the\\s+first\\s+time\\b|\\blast\\s+(?:met|spoke|talked|known)\\b|\\bпоследний\\s+раз"
			+ "|\\bранее\\b|\\bRecall\\b|\\bearlier,", CI);

	/**
	 * A date right after a speech verb dates the saying: "said on Monday", "told CNN on
	 * Sunday".
	 */
	private static final Pattern SAID_ON = Pattern.compile("(?:\\bsaid|\\bsays|\\btold\\s+[\\p{L} ]{1,25}|\\bspeaking"
			+ "(?:\\s+[\\p{L}]+){0,3}|\\bannounced|\\bconfirmed|\\breported(?:\\s+by\\s+[\\p{L} ]{1,25})?|\\bwrote"
			+ "|\\bstated|\\badded|сообщил\\p{L}*|заявил\\p{L}*)\\s+(?:late\\s+|early\\s+)?(?:on\\s+)?$", CI);

	private static final Pattern AFTER_EARLIER_ANYWHERE = Pattern
		.compile("\\b(?:followed|following|prior|last|previous)\\b", CI);

	/** A date after "following the …" or "after an …" belongs to the earlier event. */
	private static final Pattern AFTER_EARLIER = Pattern
		.compile("\\b(?:following|after|since|followed)\\s+(?:the|an?|their|his|her)\\b[^,;]{0,60}$", CI);

	private static final Pattern DATELINE = Pattern.compile("\\s*\\p{Lu}[\\p{Lu} .'’-]{2,}(?:,\\s*[\\p{L} .]+)?,\\s*");

	private static final Pattern SUBORDINATE = Pattern.compile("\\b(?:after|following|before|ahead\\s+of|since|during"
			+ "|on\\s+the\\s+eve\\s+of|in\\s+the\\s+wake\\s+of|days\\s+after|weeks\\s+after|follow-up\\s+to)\\s+(?:the|their|a|his|her|last|an)\\b"
			+ "|\\bfollow-up\\s+to\\b"
			+ "|\\b(?:about|on|regarding|concerning)\\s+(?:the\\s+)?(?:results?|outcome)\\s+of\\b"
			+ "|\\b(?:preparations?\\s+for|to\\s+prepare|preparing)\\s+(?:the|an?|their)\\b|\\b(?:an?|the)\\s+upcoming\\b"
			+ "|предстоящ\\p{L}*|подготовк\\p{L}*", CI);

	private static final Pattern QUOTE = Pattern
		.compile("“([^”]{3,600})”|\"([^\"\\n]{3,600})\"|«([^»]{3,600})»|‘([^’]{3,300}?)’(?![\\p{L}])", CI);

	private static final Pattern INITIATOR = Pattern
		.compile("\\bat\\s+(?:the\\s+)?([\\p{L}.\\s’'-]{2,40}?)(?:'s|’s)\\s+"
				+ "(?:request|initiative|invitation|suggestion)\\b"
				+ "|\\b(?:at|on|upon)\\s+the\\s+(?:request|initiative|invitation|suggestion)\\s+of\\s+(?:the\\s+)?([\\p{L}.\\s-]{2,40}?)(?=[,.;:)]|\\s+(?:and|to|in|on|which|who|after|before)\\b|$)"
				+ "|\\b(?:initiated|requested|arranged|sought)\\s+by\\s+(?:the\\s+)?([\\p{L}.\\s-]{2,40}?)(?=[,.;:)]|\\s+(?:and|to|in|on|which|who|after|before|side)\\b|$)"
				+ "|\\b(?:by\\s+)?invitation\\s+(?:of|from)\\s+(?:the\\s+)?([\\p{L}.\\s-]{2,40}?)(?=[,.;:)]|\\s+(?:and|to|in|on)\\b|$)"
				+ "|\\b(?:it\\s+was|it's|it’s)\\s+(?:the\\s+)?([\\p{L}]+)\\s+who\\s+(?:asked|requested|called|initiated)\\b"
				+ "|\\bthe\\s+([\\p{L}]+)\\s+(?:side|leadership|government)\\s+(?:had\\s+)?(?:requested|initiated|asked\\s+for|sought)\\b"
				+ "|по\\s+(?:инициативе|приглашению|просьбе)\\s+([\\p{L}]+(?:\\s+стороны)?)", CI);

	private static final Pattern CALLED = Pattern.compile("^\\s+(?:had\\s+)?(?:called|phoned|rang|dialed|dialled)\\b"
			+ "(?!\\s+(?:for|on|it|the\\s+(?:war|attack|move|plan|idea|decision|talks|proposal|strike)|a\\s+\\w+\\s+(?:plan|idea)|him\\s+a|them|upon|off|out|in)\\b)",
			CI);

	private static final Pattern FUTURE_CONTACT = Pattern.compile(
			"\\b(?:will|would|plans?\\s+to|planned|expected\\s+to"
					+ "|set\\s+to|scheduled|is\\s+to|are\\s+to|could)\\s+(?:\\w+\\s+)?(?:speak|talk|meet|call|hold)\\b",
			CI);

	private static final Set<String> NAME_STOP = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "However",
			"Meanwhile", "According", "US", "U.S.", "Russian", "American", "Ukrainian", "President", "Mr", "Mr.", "Mrs",
			"Ms", "State", "Department", "Foreign", "Ministry", "Secretary", "Minister", "Kremlin", "White", "House",
			"Moscow", "Washington", "Kyiv", "Kiev", "Russia", "Ukraine", "Europe", "European", "NATO", "Special",
			"Envoy", "Prime", "Deputy", "National", "Security", "Adviser", "Advisor", "Aide", "Spokesperson",
			"Spokeswoman", "Spokesman", "General", "Gen.", "Adm.", "Admiral", "Director", "Ambassador", "Chief", "Head",
			"Sheikh", "Crown", "Prince", "United", "States", "Nations", "Saudi", "Arabia", "Gulf", "Middle", "East",
			"West", "Mar", "He", "She", "They", "It", "This", "That", "Monday", "Tuesday", "Wednesday", "Thursday",
			"Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December");

	private static final Pattern OFFICE_BEFORE = Pattern.compile("(?:president|minister|envoy|aide|adviser|advisor"
			+ "|spokesperson|spokeswoman|spokesman|secretary|ambassador|director|chief|head|general|admiral|gen\\.|adm\\."
			+ "|official|negotiator|deputy|chairman|speaker|commander|businessman|investor|diplomat|representative)"
			+ "[\\s,]+(?:of\\s+[\\p{L} ]{2,40}?[\\s,]+)?$", CI);

	private static final Pattern OFFICE_AFTER = Pattern.compile("^,\\s+(?:the\\s+|a\\s+|Russia's\\s+|Russia’s\\s+)?"
			+ "(?:[\\p{L}-]+\\s+){0,3}(?:head|director|chief|envoy|aide|adviser|advisor|minister|president|spokesperson"
			+ "|spokeswoman|spokesman|ambassador|secretary|negotiator|chairman|commander|deputy|representative)\\b",
			CI);

	private final ActorDictionary actors;

	private final Places places;

	ReportExtractor(ActorDictionary actors, Places places) {
		this.actors = actors;
		this.places = places;
	}

	/** One sentence, read once: its mentions and contact words. */
	private record Reading(Sentence sentence, List<ActorDictionary.Mention> mentions, Map<EventType, Matcher> types,
			boolean weak, double score) {

		List<ActorDictionary.Mention> persons(String text) {
			List<ActorDictionary.Mention> persons = this.mentions.stream()
				.filter((m) -> m.actor().isPerson() && !descriptor(text, m))
				.toList();
			List<ActorDictionary.Mention> speaking = persons.stream().filter((m) -> speaker(text, m)).toList();
			Set<String> others = new LinkedHashSet<>();
			persons.stream().filter((m) -> !speaking.contains(m)).forEach((m) -> others.add(m.actor().slug()));
			List<ActorDictionary.Mention> kept = (others.size() >= 2)
					? persons.stream().filter((m) -> !speaking.contains(m)).toList() : persons;
			// "... on Monday after the October 16 call between Trump and Putin": the
			// people
			// after such a turn belong to another event once two are named before it.
			Matcher turn = SUBORDINATE.matcher(this.sentence.text());
			while (turn.find()) {
				int at = this.sentence.start() + turn.start();
				Set<String> before = new LinkedHashSet<>();
				kept.stream().filter((m) -> m.end() <= at).forEach((m) -> before.add(m.actor().slug()));
				if (before.size() >= 2) {
					return kept.stream().filter((m) -> m.end() <= at).toList();
				}
			}
			return kept;
		}

		boolean hasContact() {
			return !this.types.isEmpty() || this.weak;
		}

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
		List<ActorDictionary.Mention> all = merge(this.actors.find(tokens, published), text);
		deadline.check();
		List<Reading> readings = new ArrayList<>();
		int next = 0;
		for (Sentence s : sentences) {
			deadline.check();
			while (next < all.size() && all.get(next).start() < s.start()) {
				next++;
			}
			int from = next;
			while (next < all.size() && s.contains(all.get(next).start())) {
				next++;
			}
			List<ActorDictionary.Mention> in = all.subList(from, next);
			Map<EventType, Matcher> types = types(s.text());
			boolean weak = WEAK.matcher(s.text()).find() || called(text, s, in) != null;
			if (called(text, s, in) != null) {
				Matcher phoned = Pattern.compile("(?i)\\b(?:called|phoned|rang|dialed|dialled)\\b").matcher(s.text());
				if (phoned.find()) {
					types.putIfAbsent(EventType.PHONE_CALL, phoned);
				}
			}
			readings.add(new Reading(s, in, types, weak, 0));
		}
		Reading lead = null;
		double best = 0;
		for (Reading r : readings) {
			if (!r.hasContact()) {
				continue;
			}
			Set<String> persons = slugs(r.persons(text));
			double score = (r.types().isEmpty() ? 1 : 2.5) + Math.min(persons.size(), 3) * 1.5
					+ (r.sentence().index() < 3 ? 1.5 : (r.sentence().index() < 6 ? 0.5 : 0))
					+ (NewsDates.find(r.sentence().text(), 0, published).isEmpty() ? 0 : 0.5)
					- (FUTURE_CONTACT.matcher(r.sentence().text()).find() ? 1 : 0)
					- (EARLIER.matcher(r.sentence().text()).find() ? 3 : 0);
			if (persons.isEmpty()) {
				score -= 2;
			}
			Set<String> sides = new LinkedHashSet<>();
			r.persons(text).forEach((m) -> sides.add(String.valueOf(Countries.side(m.actor().country()))));
			if (sides.contains("US") && sides.contains("RUSSIA")) {
				score += 2.5; // a US–Russia contact outranks the other contacts a text
								// reports
			}
			if (headline(r.sentence().text())) {
				// a headline names the contact but rarely dates it: the story's first
				// sentence does
				score -= 2;
			}
			if (score > best) {
				best = score;
				lead = r;
			}
		}
		if (lead == null) {
			return nothing(text);
		}
		Proposed<EventType> type = type(lead, readings, text);
		List<Proposed<ParticipantGuess>> participants = new ArrayList<>();
		List<Proposed<NewActorGuess>> newActors = new ArrayList<>();
		participants(lead, readings, text, participants, newActors);
		deadline.check();
		ContactSides.Verdict verdict = ContactFacts.verdict(lead.sentence(), participants);
		Set<String> chosen = new LinkedHashSet<>();
		participants.forEach((p) -> chosen.add(p.value().actor()));
		List<Proposed<OtherContactGuess>> others = ContactFacts.others(lead.sentence(), candidates(readings, text),
				chosen, text);
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
		Proposed<DateGuess> date = date(lead, readings, text, anchor, type.value(), planned, sentences);
		LocalDate on = date.isPresent() ? date.value().value() : published;
		Proposed<PlaceGuess> place = place(lead, readings, type.value(), text);
		Proposed<Integer> duration = duration(lead, readings, text);
		Proposed<InitiatorGuess> initiator = initiator(lead, readings, text);
		List<Proposed<QuoteGuess>> quotes = quotes(text, sentences, all);
		List<Proposed<AccountGuess>> accounts = accounts(readings, text);
		Proposed<Channel> channel = channel(participants, type.value(), on, lead, text);
		String title = title(participants, type.value(), place);
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

	private static DraftProposal nothing(String text) {
		String reason = "No sentence reports a contact (a call, meeting, talks or summit).";
		return DraftProposal.nothing(DraftProposal.Outcome.NO_CONTACT, reason, List.of(), null);
	}

	// ---------------------------------------------------------------------------------------------
	// Mentions

	/**
	 * One mention per run of words naming the same actor: "US Secretary of State Marco
	 * Rubio" or "Kremlin aide Yuri Ushakov" is one mention, not a title and a name.
	 */
	private static List<ActorDictionary.Mention> merge(List<ActorDictionary.Mention> found, String text) {
		List<ActorDictionary.Mention> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.comparingInt(ActorDictionary.Mention::start));
		List<ActorDictionary.Mention> merged = new ArrayList<>();
		for (ActorDictionary.Mention m : sorted) {
			if (!merged.isEmpty()) {
				ActorDictionary.Mention last = merged.get(merged.size() - 1);
				if (last.actor().slug().equals(m.actor().slug()) && m.start() >= last.end()
						&& text.substring(last.end(), m.start()).matches("[\\s,]*")) {
					merged.set(merged.size() - 1,
							new ActorDictionary.Mention(m.actor(), last.start(), Math.max(last.end(), m.end()),
									last.how() + " and " + m.how(), Math.max(last.confidence(), m.confidence())));
					continue;
				}
				boolean sameWords = m.start() == last.start() && m.end() == last.end();
				if (m.start() < last.end() && !sameWords) {
					continue; // overlapping: the earlier (name-first) one stands
				}
			}
			merged.add(m);
		}
		return merged;
	}

	/**
	 * "Putin's special envoy", "Trump's administration": the person describes someone
	 * else.
	 */
	static boolean descriptor(String text, ActorDictionary.Mention m) {
		String after = text.substring(m.end(), Math.min(text.length(), m.end() + 50));
		return DESCRIPTOR.matcher(after).find();
	}

	/**
	 * Whether this mention is who is speaking ("…, Ushakov said", "according to the
	 * Kremlin").
	 */
	static boolean speaker(String text, ActorDictionary.Mention m) {
		String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
		if (SPEAKER_AFTER.matcher(after).find()) {
			return true;
		}
		int from = text.lastIndexOf('\n', m.start()) + 1;
		String before = text.substring(Math.max(from, m.start() - 80), m.start());
		return SPEAKER_BEFORE.matcher(before).find();
	}

	private static Set<String> slugs(List<ActorDictionary.Mention> mentions) {
		Set<String> slugs = new LinkedHashSet<>();
		mentions.forEach((m) -> slugs.add(m.actor().slug()));
		return slugs;
	}

	/** "Putin called Trump", "President Putin called this morning". */
	private static ActorDictionary.Mention called(String text, Sentence s, List<ActorDictionary.Mention> in) {
		for (ActorDictionary.Mention m : in) {
			if (m.actor().isPerson() && m.end() <= s.end()) {
				Matcher c = CALLED.matcher(text.substring(m.end(), Math.min(s.end(), m.end() + 60)));
				if (c.find()) {
					return m;
				}
			}
		}
		return null;
	}

	// ---------------------------------------------------------------------------------------------
	// Type

	private static Map<EventType, Matcher> types(String sentence) {
		Map<EventType, Matcher> found = new EnumMap<>(EventType.class);
		put(found, EventType.PHONE_CALL, PHONE, sentence);
		put(found, EventType.NEGOTIATION_ROUND, ROUND, sentence);
		put(found, EventType.MEETING, MEETING, sentence);
		put(found, EventType.MESSAGE, LETTER, sentence);
		Matcher summit = SUMMIT.matcher(sentence);
		while (summit.find()) {
			String before = sentence.substring(Math.max(0, summit.start() - 80), summit.start());
			if (!SIDELINES.matcher(before).find()
					&& !before.matches("(?is).*\\b(?:month|week|year)(?:'s|’s)\\s+(?:[\\p{L}-]+\\s+)?$")) {
				found.put(EventType.SUMMIT, summit);
				break;
			}
		}
		if (!found.containsKey(EventType.PHONE_CALL) && !found.containsKey(EventType.MEETING)) {
			put(found, EventType.PHONE_CALL, CONVERSATION, sentence);
		}
		if (found.isEmpty()) {
			put(found, EventType.MEETING, TALKS, sentence);
		}
		if (found.isEmpty()) {
			put(found, EventType.STATEMENT, STATEMENT, sentence);
		}
		return found;
	}

	/**
	 * The first match that is not about another event ("on the eve of the next round of
	 * talks").
	 */
	private static void put(Map<EventType, Matcher> found, EventType type, Pattern pattern, String sentence) {
		Matcher m = pattern.matcher(sentence);
		while (m.find()) {
			if (!SIDELINES.matcher(sentence.substring(Math.max(0, m.start() - 80), m.start())).find()) {
				found.put(type, m);
				return;
			}
		}
	}

	private static int strength(EventType type, Matcher m) {
		String word = m.group().toLowerCase(Locale.ROOT);
		if (type == EventType.PHONE_CALL && (word.startsWith("conversation") || word.startsWith("разговор"))) {
			return 2;
		}
		if (type == EventType.MEETING && word.equals("talks")) {
			return 1;
		}
		if (type == EventType.NEGOTIATION_ROUND && word.startsWith("переговор")) {
			return 1;
		}
		if (type == EventType.SUMMIT || type == EventType.NEGOTIATION_ROUND) {
			return 4;
		}
		return 3;
	}

	private Proposed<EventType> type(Reading lead, List<Reading> readings, String text) {
		Map<EventType, Double> score = new EnumMap<>(EventType.class);
		Map<EventType, Evidence> evidence = new EnumMap<>(EventType.class);
		Set<String> leadPeople = slugs(lead.persons(text));
		for (Reading r : readings) {
			boolean isLead = r == lead;
			boolean same = isLead
					|| (!leadPeople.isEmpty() && leadPeople.containsAll(slugs(r.persons(text)))
							&& !slugs(r.persons(text)).isEmpty())
					|| Pattern
						.compile("(?i)\\b(?:the|this|their|that)\\s+(?:call|conversation|meeting|talks|summit)\\b")
						.matcher(r.sentence().text())
						.find() && Math.abs(r.sentence().index() - lead.sentence().index()) <= 3;
			if (!same) {
				continue;
			}
			for (Map.Entry<EventType, Matcher> e : r.types().entrySet()) {
				double w = strength(e.getKey(), e.getValue()) * (isLead ? 3 : 1);
				score.merge(e.getKey(), w, Double::sum);
				evidence.putIfAbsent(e.getKey(), Evidence.of(r.sentence(), r.sentence().start() + e.getValue().start(),
						r.sentence().start() + e.getValue().end(), text));
				if (isLead) {
					evidence.put(e.getKey(), Evidence.of(r.sentence(), r.sentence().start() + e.getValue().start(),
							r.sentence().start() + e.getValue().end(), text));
				}
			}
		}
		if (score.isEmpty()) {
			return Proposed
				.none("The text reports a contact but does not say what kind (call, meeting, talks, summit).");
		}
		EventType type = score.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
		double total = score.values().stream().mapToDouble(Double::doubleValue).sum();
		double confidence = Math.min(0.95, 0.5 + 0.45 * score.get(type) / total);
		Evidence ev = evidence.get(type);
		return Proposed.of(type, ev, round(confidence), "“" + ev.match() + "” names the kind of contact");
	}

	// ---------------------------------------------------------------------------------------------
	// Participants

	private void participants(Reading lead, List<Reading> readings, String text,
			List<Proposed<ParticipantGuess>> participants, List<Proposed<NewActorGuess>> newActors) {
		Map<String, Proposed<ParticipantGuess>> chosen = new LinkedHashMap<>();
		addPersons(lead, text, ParticipantRole.PRINCIPAL, chosen, "named in the sentence that reports the contact");
		List<Proposed<NewActorGuess>> unknown = new ArrayList<>(unknownNames(lead, text));
		// Too few people in the lead: the nearest sentences about the same contact name
		// them.
		for (int distance = 1; distance <= 4 && chosen.size() + unknown.size() < 2; distance++) {
			for (Reading r : readings) {
				if (Math.abs(r.sentence().index() - lead.sentence().index()) == distance && r.hasContact()
						&& chosen.size() + unknown.size() < 2) {
					addPersons(r, text, ParticipantRole.PRINCIPAL, chosen,
							"named in a sentence that returns to the contact");
				}
			}
		}
		for (Reading r : readings) {
			if (Math.abs(r.sentence().index() - lead.sentence().index()) <= 3
					&& JOINED.matcher(r.sentence().text()).find()) {
				addPersons(r, text, ParticipantRole.DELEGATION_MEMBER, chosen, "named as taking part alongside");
				if (r != lead) {
					unknown.addAll(unknownNames(r, text));
				}
			}
		}
		participants.addAll(chosen.values());
		Set<String> seen = new LinkedHashSet<>();
		for (Proposed<NewActorGuess> n : unknown) {
			if (seen.add(n.value().name())) {
				newActors.add(n);
			}
		}
	}

	private void addPersons(Reading r, String text, ParticipantRole role,
			Map<String, Proposed<ParticipantGuess>> chosen, String reason) {
		for (ActorDictionary.Mention m : r.persons(text)) {
			KnownActor a = m.actor();
			if (chosen.containsKey(a.slug())
					|| a.roles().stream().anyMatch((x) -> x.title().toLowerCase(Locale.ROOT).contains("spokes"))) {
				continue;
			}
			chosen.put(a.slug(),
					Proposed.of(new ParticipantGuess(a.slug(), a.name(), a.country(), role),
							Evidence.of(r.sentence(), m.start(), m.end(), text), round(m.confidence()),
							"“" + text.substring(m.start(), m.end()) + "” (" + m.how() + "), " + reason));
		}
	}

	private static final Pattern CAPITALISED_NAME = Pattern
		.compile("(?<![\\p{L}.])(\\p{Lu}[\\p{Ll}’'-]+(?:\\s+\\p{Lu}[\\p{Ll}’'-]+){1,2})(?![\\p{L}])");

	/**
	 * Capitalised names after an office word ("envoy Kirill Dmitriev") that no actor has.
	 */
	private List<Proposed<NewActorGuess>> unknownNames(Reading r, String text) {
		List<Proposed<NewActorGuess>> found = new ArrayList<>();
		Matcher m = CAPITALISED_NAME.matcher(r.sentence().text());
		while (m.find()) {
			int start = r.sentence().start() + m.start();
			int end = r.sentence().start() + m.end();
			String[] words = m.group(1).split("\\s+");
			// Leading words that are not names ("President", "The") move the start on.
			int skip = 0;
			while (skip < words.length && NAME_STOP.contains(words[skip])) {
				start += words[skip].length() + 1;
				skip++;
			}
			if (words.length - skip < 2 || r.sentence().text().substring(m.end()).matches("(?s)\\s+\\p{Lu}.*")) {
				continue; // part of a longer proper name ("Russian Direct Investment
							// Fund")
			}
			String name = String.join(" ", java.util.Arrays.copyOfRange(words, skip, words.length))
				.replaceAll("(?:'s|’s)$", "");
			final int s0 = start;
			final int e0 = end;
			boolean known = r.mentions().stream().anyMatch((x) -> x.start() < e0 && s0 < x.end());
			boolean stop = java.util.Arrays.stream(words, skip, words.length).anyMatch(NAME_STOP::contains);
			boolean place = Places.GAZETTEER.stream().anyMatch((p) -> name.contains(p.name()))
					|| name.matches(".*\\b(?:Fund|Service|Ministry|Department|Council|Bank|Agency|Committee|Office"
							+ "|Administration|Group|Company|Corporation|Forum|Institute|University|Party|Union"
							+ "|Organi[sz]ation|Assembly|Parliament|Duma|Government|Bureau|House|Palace|Talks|Summit"
							+ "|News|Times|Post|Agency|Press|Network)$");
			String before = text.substring(Math.max(r.sentence().start(), start - 60), start);
			String after = text.substring(end, Math.min(r.sentence().end(), end + 60));
			boolean office = OFFICE_BEFORE.matcher(before).find() || OFFICE_AFTER.matcher(after).find();
			boolean coordinated = r.mentions()
				.stream()
				.anyMatch((x) -> x.actor().isPerson()
						&& ((x.end() <= s0 && text.substring(x.end(), s0).matches("\\s+and\\s+"))
								|| (x.start() >= e0 && text.substring(e0, x.start()).matches("\\s+and\\s+"))));
			if (known || stop || place || !(office || coordinated)) {
				continue;
			}
			found.add(Proposed.of(new NewActorGuess(name), Evidence.of(r.sentence(), start, end, text), 0.5,
					"“" + name + "” reads as a person's name after an office, and no actor in the record has it"));
		}
		return found;
	}

	// ---------------------------------------------------------------------------------------------
	// Date

	private static final Pattern CONTACT_NOUN = Pattern
		.compile("\\b(?:call|conversation|talks|meeting|summit|round|" + "spoke|met|phoned|discussion|contact)\\b", CI);

	/**
	 * A headline rather than a sentence of the story: no closing punctuation, and most of
	 * its words capitalised ("Rubio and Lavrov Discuss New Ideas for Ukraine").
	 */
	static boolean headline(String sentence) {
		String text = sentence.strip();
		if (text.isEmpty() || ".!?\"”’'».".indexOf(text.charAt(text.length() - 1)) >= 0) {
			return false;
		}
		String[] words = text.split("\\s+");
		long capitalised = java.util.Arrays.stream(words)
			.filter((word) -> !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)))
			.count();
		return words.length >= 4 && capitalised * 10 >= words.length * 6;
	}

	private Proposed<DateGuess> date(Reading lead, List<Reading> readings, String text, LocalDate published,
			EventType type, boolean planned, List<Sentence> sentences) {
		List<NewsDates.Mention> inLead = usable(lead, text, published, type, planned);
		if (!inLead.isEmpty()) {
			Matcher contact = CONTACT_NOUN.matcher(lead.sentence().text());
			int anchor = lead.sentence().start() + (contact.find() ? contact.start() : 0);
			NewsDates.Mention best = inLead.stream()
				.min(Comparator.comparingInt((NewsDates.Mention d) -> Math.abs(d.start() - anchor)))
				.get();
			return dateOf(best, lead.sentence(), text, 0.9, "in the sentence that reports the contact");
		}
		Proposed<DateGuess> now = ContactDates.present(lead.sentence(), text, published, false);
		if (now != null && !planned) {
			return now;
		}
		// A later sentence that dates the same contact: "Also in the phone call on March
		// 15, ..."
		for (Reading r : readings) {
			if (r == lead) {
				continue;
			}
			Matcher noun = Pattern.compile(
					"(?i)\\b(?:the|this|their|that)\\s+(?:phone\\s+|telephone\\s+)?(?:call|conversation|talks|meeting|summit)\\s+"
							+ "(?:was\\s+held\\s+|took\\s+place\\s+)?(?:on|late\\s+on|early\\s+on)\\s+")
				.matcher(r.sentence().text());
			List<NewsDates.Mention> dated = null;
			while (noun.find()) {
				int after = r.sentence().start() + noun.end();
				if (dated == null) {
					dated = usable(r, text, published, type, planned);
				}
				for (NewsDates.Mention d : dated) {
					if (d.start() == after && (slugs(r.persons(text)).isEmpty()
							|| slugs(lead.persons(text)).containsAll(slugs(r.persons(text)))
							|| !java.util.Collections.disjoint(slugs(lead.persons(text)), slugs(r.persons(text))))) {
						return dateOf(d, r.sentence(), text, 0.75,
								"right after “" + noun.group().strip() + "” in a sentence that returns to the contact");
					}
				}
			}
		}
		Set<String> leadPeople = slugs(lead.persons(text));
		Proposed<DateGuess> back = ContactDates.back(lead.sentence(), sentences, text, published, (s) -> {
			Set<String> people = new LinkedHashSet<>();
			for (Reading r : readings) {
				if (r.sentence() == s) {
					people = slugs(r.persons(text));
				}
			}
			return (people.isEmpty() || leadPeople.containsAll(people)) && !EARLIER.matcher(s.text()).find()
					&& !AFTER_EARLIER_ANYWHERE.matcher(s.text()).find();
		});
		if (back != null && !planned) {
			return back;
		}
		List<NewsDates.Mention> rejected = NewsDates.find(lead.sentence().text(), lead.sentence().start(), published);
		String why = rejected.stream()
			.filter((d) -> d.value() == null)
			.map(NewsDates.Mention::reason)
			.findFirst()
			.orElse("No sentence about the contact says when it took place; the publication date alone does not date it.");
		return Proposed.none(why);
	}

	/**
	 * Date mentions that can date the contact: resolved, not in the future, not "last
	 * month's summit" for a call.
	 */
	private static List<NewsDates.Mention> usable(Reading r, String text, LocalDate published, EventType type,
			boolean planned) {
		List<NewsDates.Mention> usable = new ArrayList<>();
		boolean future = planned || FUTURE_CONTACT.matcher(r.sentence().text()).find();
		for (NewsDates.Mention d : NewsDates.find(r.sentence().text(), r.sentence().start(), published)) {
			if (d.value() == null || (!future && d.value().isAfter(published))) {
				continue;
			}
			String before = text.substring(r.sentence().start(), d.start());
			if (DATELINE.matcher(before).matches()) {
				continue; // "MOSCOW, March 15 (Reuters) -": the report's date, not the
							// contact's
			}
			String near = before.substring(Math.max(0, before.length() - 80));
			if (SAID_ON.matcher(near).find() || AFTER_EARLIER.matcher(near).find()) {
				continue; // "said on Monday", "following the October 16 call"
			}
			if (d.possessive()) {
				String next = text.substring(d.end(), Math.min(text.length(), d.end() + 40)).toLowerCase(Locale.ROOT);
				if (!possessiveOf(next, type)) {
					continue;
				}
			}
			usable.add(d);
		}
		return usable;
	}

	private static boolean possessiveOf(String next, EventType type) {
		String noun = next.replaceFirst("^(?:'s|’s)?\\s*", "");
		if (type == null) {
			return false;
		}
		return switch (type) {
			case PHONE_CALL -> noun.matches("(?s)(?:\\w+\\s+)?(?:phone\\s+|telephone\\s+)?(?:call|conversation).*");
			case MEETING -> noun.matches("(?s)(?:\\w+\\s+)?(?:meeting|talks).*");
			case SUMMIT -> noun.matches("(?s)(?:\\w+\\s+)?summit.*");
			case NEGOTIATION_ROUND -> noun.matches("(?s)(?:\\w+\\s+)?(?:round|talks|negotiations).*");
			default -> false;
		};
	}

	private static Proposed<DateGuess> dateOf(NewsDates.Mention d, Sentence s, String text, double confidence,
			String where) {
		double c = (d.precision() == DatePrecision.DAY) ? confidence : confidence - 0.1;
		return Proposed.of(new DateGuess(d.value(), d.precision()), Evidence.of(s, d.start(), d.end(), text), round(c),
				"“" + text.substring(d.start(), d.end()) + "” " + where + ": " + d.reason());
	}

	// ---------------------------------------------------------------------------------------------
	// Place, duration, initiator

	private Proposed<PlaceGuess> place(Reading lead, List<Reading> readings, EventType type, String text) {
		if (type == EventType.PHONE_CALL || type == EventType.STATEMENT) {
			return Proposed.none("A phone call or statement has no place of its own.");
		}
		Places.Found best = null;
		Sentence where = null;
		for (Reading r : near(lead, readings, 3)) {
			if (r != lead && !r.hasContact()) {
				continue;
			}
			Places.Found f = this.places.find(r.sentence().text(), r.sentence().start());
			if (f != null && (best == null || f.place().level() > best.place().level())) {
				best = f;
				where = r.sentence();
			}
		}
		if (best == null) {
			return Proposed.none("No sentence about the contact says where it took place.");
		}
		return Proposed.of(new PlaceGuess(best.place().name(), best.place().country()),
				Evidence.of(where, best.start(), best.end(), text), where == lead.sentence() ? 0.85 : 0.7,
				"“" + best.place().name() + "” is where " + (where == lead.sentence()
						? "the sentence that reports the contact" : "a sentence that returns to the contact")
						+ " puts it");
	}

	private static List<Reading> near(Reading lead, List<Reading> readings, int distance) {
		List<Reading> near = new ArrayList<>();
		near.add(lead);
		for (int d = 1; d <= distance; d++) {
			for (Reading r : readings) {
				if (Math.abs(r.sentence().index() - lead.sentence().index()) == d) {
					near.add(r);
				}
			}
		}
		return near;
	}

	private static final Pattern LASTED = Pattern.compile("\\b(?:lasted|lasting|long|for|over|about|nearly|almost|some"
			+ "|more\\s+than|-hour|-minute|hour-long|minute)\\b|\\b\\d+\\s*(?:h|min)\\b", CI);

	private Proposed<Integer> duration(Reading lead, List<Reading> readings, String text) {
		for (Reading r : near(lead, readings, 5)) {
			if (r != lead && !r.hasContact() && !LASTED.matcher(r.sentence().text()).find()) {
				continue;
			}
			if (r != lead && !Pattern.compile("(?i)\\b(?:call|conversation|meeting|talks|lasted|lasting|summit)\\b")
				.matcher(r.sentence().text())
				.find()) {
				continue;
			}
			Durations.Found d = Durations.find(r.sentence().text(), r.sentence().start());
			if (d != null) {
				return Proposed.of(d.minutes(), Evidence.of(r.sentence(), d.start(), d.end(), text),
						r == lead ? 0.85 : 0.7,
						"“" + text.substring(d.start(), d.end()) + "” = " + d.minutes() + " minutes");
			}
		}
		return Proposed.none("The text does not say how long the contact lasted.");
	}

	private Proposed<InitiatorGuess> initiator(Reading lead, List<Reading> readings, String text) {
		for (Reading r : near(lead, readings, 8)) {
			boolean aboutContact = r == lead || CONTACT_NOUN.matcher(r.sentence().text()).find();
			Matcher m = INITIATOR.matcher(r.sentence().text());
			while (m.find()) {
				if (!aboutContact && !m.group()
					.matches("(?is).*(?:request|initiative|invitation|инициатив|приглашени|просьб).*")) {
					continue;
				}
				int g = 1;
				while (g <= m.groupCount() && m.group(g) == null) {
					g++;
				}
				if (g > m.groupCount()) {
					continue;
				}
				int start = r.sentence().start() + m.start(g);
				int end = r.sentence().start() + m.end(g);
				InitiatorGuess who = side(m.group(g), start, end, r);
				if (who != null) {
					return Proposed.of(who,
							Evidence.of(r.sentence(), r.sentence().start() + m.start(), r.sentence().start() + m.end(),
									text),
							r == lead ? 0.85 : 0.75, "“" + m.group().strip() + "” names who asked for it");
				}
			}
			ActorDictionary.Mention caller = called(text, r.sentence(), r.mentions());
			if (caller != null && (r == lead || r.hasContact())) {
				String side = Countries.side(caller.actor().country());
				if (side != null) {
					return Proposed.of(
							new InitiatorGuess(Initiator.valueOf(side), caller.actor().slug()), Evidence
								.of(r.sentence(), caller.start(), Math.min(r.sentence().end(), caller.end() + 8), text),
							0.7, caller.actor().name() + " placed the call");
				}
			}
		}
		return Proposed.none("The text does not say who asked for the contact.");
	}

	private static InitiatorGuess side(String phrase, int start, int end, Reading r) {
		for (ActorDictionary.Mention m : r.mentions()) {
			if (m.start() < end && start < m.end()) {
				String side = Countries.side(m.actor().country());
				return (side != null)
						? new InitiatorGuess(Initiator.valueOf(side), m.actor().isPerson() ? m.actor().slug() : null)
						: null;
			}
		}
		List<Token> words = Token.tokenize(phrase);
		for (int i = 0; i < words.size(); i++) {
			String country = Countries.at(words, i);
			if (country == null) {
				String w = words.get(i).norm();
				country = w.startsWith("американ") ? "US"
						: (w.startsWith("российск") || w.startsWith("росси")) ? "RU" : w.equals("white") ? "US" : null;
			}
			if (country != null) {
				return new InitiatorGuess(Initiator.valueOf(Countries.side(country)), null);
			}
		}
		return null;
	}

	// ---------------------------------------------------------------------------------------------
	// Quotes and accounts

	private List<Proposed<QuoteGuess>> quotes(String text, List<Sentence> sentences,
			List<ActorDictionary.Mention> all) {
		List<Proposed<QuoteGuess>> quotes = new ArrayList<>();
		Matcher m = QUOTE.matcher(text);
		while (m.find()) {
			int g = 1;
			while (m.group(g) == null) {
				g++;
			}
			String quoted = m.group(g).strip().replaceAll("[,.]$", "");
			if (quoted.split("\\s+").length < 2) {
				continue;
			}
			int qs = m.start();
			int qe = m.end();
			Sentence s = sentences.stream().filter((x) -> x.contains(qs)).findFirst().orElse(null);
			if (s == null) {
				continue;
			}
			Sentence last = sentences.stream().filter((x) -> x.contains(Math.max(qs, qe - 1))).findFirst().orElse(s);
			ActorDictionary.Mention speaker = null;
			String how = null;
			for (ActorDictionary.Mention a : all) {
				boolean inWindow = a.start() >= s.start() && a.end() <= last.end()
						&& (a.end() <= qs || a.start() >= qe);
				if (inWindow && speaker(text, a)) {
					if (speaker == null || Math.abs(a.start() - qs) < Math.abs(speaker.start() - qs)) {
						speaker = a;
						how = "attributed in the same sentence";
					}
				}
			}
			if (speaker == null
					&& Pattern.compile("(?i)\\b(?:he|she)\\s+(?:said|noted|added|stated|told|remarked|wrote)\\b")
						.matcher(text.substring(qe, Math.min(last.end(), qe + 30)))
						.find()) {
				for (ActorDictionary.Mention a : all) {
					if (a.end() <= qs && a.actor().isPerson() && a.start() >= Math.max(0, s.start() - 600)) {
						speaker = a;
						how = "“he/she said” after the quotation: the last person named before it";
					}
				}
			}
			QuoteGuess guess = new QuoteGuess(quoted, speaker != null ? speaker.actor().slug() : null,
					speaker != null ? speaker.actor().name() : null);
			quotes.add(Proposed.of(guess, Evidence.of(s, qs, qe, text), speaker != null ? 0.7 : 0.4,
					speaker != null ? "in quotation marks, " + how : "in quotation marks; no known speaker is named"));
		}
		return quotes;
	}

	private List<Proposed<AccountGuess>> accounts(List<Reading> readings, String text) {
		List<Proposed<AccountGuess>> accounts = new ArrayList<>();
		Map<String, Integer> perSide = new LinkedHashMap<>();
		for (Reading r : readings) {
			for (ActorDictionary.Mention m : r.mentions()) {
				String side = Countries.side(m.actor().country());
				if (!("US".equals(side) || "RUSSIA".equals(side)) || !speaker(text, m)) {
					continue;
				}
				if (!r.hasContact() && !Pattern
					.compile("(?i)\\b(?:agreed|next\\s+steps|exchange|the\\s+two|discuss\\w*|talks|call)\\b")
					.matcher(r.sentence().text())
					.find()) {
					continue;
				}
				if (perSide.merge(side, 1, Integer::sum) > 3) {
					continue;
				}
				accounts
					.add(Proposed.of(new AccountGuess(side, m.actor().slug(), m.actor().name(), r.sentence().text()),
							Evidence.of(r.sentence(), m.start(), m.end(), text), 0.6,
							"“" + text.substring(m.start(), m.end()) + "” is given as the one saying it (" + side
									+ " side)"));
				break;
			}
		}
		return accounts;
	}

	// ---------------------------------------------------------------------------------------------
	// Channel and title

	private Proposed<Channel> channel(List<Proposed<ParticipantGuess>> participants, EventType type, LocalDate on,
			Reading lead, String text) {
		Map<String, Set<String>> groups = new LinkedHashMap<>();
		for (Proposed<ParticipantGuess> p : participants) {
			KnownActor actor = this.actors.actors()
				.stream()
				.filter((a) -> a.slug().equals(p.value().actor()))
				.findFirst()
				.orElse(null);
			if (actor == null || actor.country() == null) {
				continue;
			}
			groups.computeIfAbsent(actor.country(), (k) -> new LinkedHashSet<>()).add(this.actors.groupOf(actor, on));
		}
		Evidence ev = Evidence.of(lead.sentence(), lead.sentence().start(), lead.sentence().end(), text);
		Set<String> us = groups.getOrDefault("US", Set.of());
		Set<String> ru = groups.getOrDefault("RU", Set.of());
		if (us.isEmpty() || ru.isEmpty()) {
			if (participants.isEmpty()) {
				return Proposed.none("No known participant to tell the channel from.");
			}
			return Proposed.of(Channel.RELATED, ev, 0.6,
					"The participants are not on both the US and the Russian side.");
		}
		if (us.contains("leader") && ru.contains("leader")) {
			return Proposed.of(Channel.LEADERS, ev, 0.85, "A head of state or government on each side.");
		}
		if (us.contains("foreign") && ru.contains("foreign")) {
			return Proposed.of(Channel.MINISTERS, ev, 0.85, "The foreign minister and the Secretary of State.");
		}
		if (us.contains("envoy") || ru.contains("envoy")) {
			return Proposed.of(Channel.ENVOYS, ev, 0.75, "A special envoy takes part.");
		}
		if (us.contains("adviser") && ru.contains("adviser")) {
			return Proposed.of(Channel.ADVISERS, ev, 0.75,
					"National security advisers or presidential aides on both sides.");
		}
		if (us.contains("security") || ru.contains("security")) {
			return Proposed.of(Channel.SECURITY_SERVICES, ev, 0.7, "An intelligence chief takes part.");
		}
		return Proposed.of(Channel.DELEGATIONS, ev, 0.5, "US and Russian officials below minister level.");
	}

	private static String title(List<Proposed<ParticipantGuess>> participants, EventType type,
			Proposed<PlaceGuess> place) {
		List<String> names = participants.stream()
			.filter((p) -> p.value().role() == ParticipantRole.PRINCIPAL)
			.limit(2)
			.map((p) -> {
				String[] words = p.value().name().split("\\s+");
				return words[words.length - 1];
			})
			.toList();
		String kind = (type == null) ? "contact" : switch (type) {
			case PHONE_CALL -> "phone call";
			case MEETING -> "meeting";
			case SUMMIT -> "summit";
			case NEGOTIATION_ROUND -> "talks";
			case STATEMENT -> "statement";
			default -> "contact";
		};
		String who = names.isEmpty() ? "" : String.join("–", names) + " ";
		String where = place.isPresent() ? " in " + place.value().name() : "";
		String title = who + kind + where;
		return Character.toUpperCase(title.charAt(0)) + title.substring(1);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
