package org.backchannel.draft;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backchannel.draft.DraftProposal.DuplicateGuess;
import org.backchannel.draft.DraftProposal.ParticipantGuess;
import org.backchannel.model.DatePrecision;
import org.backchannel.event.Confirmations;
import org.backchannel.model.InvalidInputException;
import org.backchannel.model.RecordValidator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a report into a draft event. The dictionary is the record itself — actors, their
 * aliases and roles, and the places already recorded on events — rebuilt when those rows
 * change (not after every write), so an actor added a minute ago is recognised in the
 * next report. The extraction runs in memory; only the search for an already-recorded
 * event reads the database again.
 */
@Service
public class DraftService {

	/** The longest report read, in characters. */
	public static final int MAX_TEXT = 50_000;

	/** The longest a reading may take; past it the report is refused. */
	static final Duration BUDGET = Duration.ofMillis(1_500);

	private final JdbcClient jdbc;

	private final RecordValidator validation;

	/** The dictionary and the fingerprint of the rows it was built from. */
	private record Built(String fingerprint, ReportExtractor extractor) {

	}

	private volatile Built built = new Built("", null);

	private final Confirmations confirmations;

	DraftService(JdbcClient jdbc, RecordValidator validation, Confirmations confirmations) {
		this.confirmations = confirmations;
		this.validation = validation;
		this.jdbc = jdbc;
	}

	/**
	 * Checks the request (its constraints) and reads it.
	 * @throws InvalidInputException for an empty or oversized text or a missing or
	 * invalid publication date
	 */
	@Transactional(readOnly = true)
	public DraftProposal propose(DraftRequest request) {
		this.validation.check(request, null);
		return propose(request.text(), LocalDate.parse(request.published()), request.language());
	}

	@Transactional(readOnly = true)
	public DraftProposal propose(String text, LocalDate published) {
		return propose(text, published, null);
	}

	/**
	 * Reads a report under a deadline ({@link #BUDGET}): a text over {@link #MAX_TEXT}
	 * characters, or one that takes longer, is refused with the reason, never read on in
	 * the background. The language is the one given, or detected from the script.
	 */
	@Transactional(readOnly = true)
	public DraftProposal propose(String text, LocalDate published, String language) {
		return propose(text, published, language, BUDGET);
	}

	/**
	 * As above, under another deadline: the corpus tests score what the reader finds, not
	 * how fast a loaded build machine runs it (the deadline has its own tests).
	 */
	@Transactional(readOnly = true)
	DraftProposal propose(String text, LocalDate published, String language, Duration budget) {
		String lang = Languages.of(language, text);
		if (text.length() > MAX_TEXT) {
			return DraftProposal.nothing(DraftProposal.Outcome.REFUSED,
					"The text has " + text.length() + " characters; at most " + MAX_TEXT + " are read.", List.of(),
					lang);
		}
		ReportExtractor extractor = current();
		DraftProposal proposal;
		try {
			proposal = extractor.extract(text, published, Deadline.in(budget)).withLanguage(lang);
		}
		catch (Deadline.Exceeded ex) {
			return DraftProposal.nothing(DraftProposal.Outcome.REFUSED, ex.getMessage(), List.of(), lang);
		}
		if (!proposal.isDraft()) {
			return proposal;
		}
		return proposal.withDuplicate(duplicate(proposal, published));
	}

	/**
	 * The reader over the record's actors and places, rebuilt only when they changed: one
	 * small aggregate query (counts, versions and the highest ids of actors, aliases and
	 * roles, a digest of the recorded places) says whether they did, so an edit to an
	 * event's title or sources does not rebuild the dictionary.
	 */
	private ReportExtractor current() {
		String fingerprint = this.jdbc.sql("""
				select concat_ws('/', (select count(*) from actor), (select coalesce(sum(version), 0) from actor),
				    (select coalesce(max(updated_at)::text, '') from actor), (select count(*) from actor_alias),
				    (select coalesce(max(id), 0) from actor_alias), (select count(*) from actor_role),
				    (select coalesce(max(id), 0) from actor_role),
				    (select md5(coalesce(string_agg(distinct place || '|' || coalesce(country, ''), ','
				        order by place || '|' || coalesce(country, '')), ''))
				     from event where place is not null))""").query(String.class).single();
		Built now = this.built;
		if (!now.fingerprint().equals(fingerprint)) {
			synchronized (this) {
				now = this.built;
				if (!now.fingerprint().equals(fingerprint)) {
					now = new Built(fingerprint, extractor());
					this.built = now;
				}
			}
		}
		return now.extractor();
	}

	private ReportExtractor extractor() {
		Map<Long, List<String>> aliases = new LinkedHashMap<>();
		this.jdbc.sql("select actor_id, name from actor_alias order by id")
			.query((rs, n) -> aliases.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		Map<Long, List<KnownActor.Role>> roles = new LinkedHashMap<>();
		this.jdbc.sql("select actor_id, title, organization, start_date, end_date from actor_role order by id")
			.query((rs, n) -> roles.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new KnownActor.Role(rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
						rs.getObject(5, LocalDate.class))))
			.list();
		List<KnownActor> actors = this.jdbc.sql("select id, slug, name, kind, country from actor order by id")
			.query((rs, n) -> new KnownActor(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					List.copyOf(aliases.getOrDefault(rs.getLong(1), List.of())),
					List.copyOf(roles.getOrDefault(rs.getLong(1), List.of()))))
			.list();
		List<Places.Place> recorded = new ArrayList<>();
		this.jdbc.sql("select distinct place, country from event where place is not null")
			.query((rs, n) -> recorded.addAll(Places.fromRecorded(rs.getString(1), rs.getString(2))))
			.list();
		return new ReportExtractor(new ActorDictionary(actors), new Places(recorded));
	}

	/**
	 * The recorded event (draft or published) with the most of the proposed participants,
	 * within two days of the proposed date; with no date, within the week before
	 * publication (a report is about what just happened), or the two weeks after it for a
	 * planned contact. With no known participant, the one event of the same type and
	 * status on the proposed day, if there is exactly one.
	 */
	private Proposed<DuplicateGuess> duplicate(DraftProposal proposal, LocalDate published) {
		Set<String> people = new LinkedHashSet<>();
		for (Proposed<ParticipantGuess> p : proposal.participants()) {
			people.add(p.value().actor());
		}
		String status = proposal.status().isPresent() ? proposal.status().value().name() : "HELD";
		boolean planned = "PLANNED".equals(status);
		boolean calledOff = "CANCELLED".equals(status) || "POSTPONED".equals(status);
		if (people.isEmpty()) {
			Proposed<DuplicateGuess> sameDay = sameDayAndType(proposal);
			return (sameDay.isPresent() || !calledOff) ? sameDay : calledOffAround(proposal, status, published);
		}
		LocalDate from;
		LocalDate to;
		String window;
		boolean dated = proposal.date().isPresent() && proposal.date().value().precision() == DatePrecision.DAY;
		if (dated) {
			LocalDate day = proposal.date().value().value();
			from = day.minusDays(2);
			to = day.plusDays(2);
			window = "within two days of " + day;
		}
		else if (calledOff) {
			from = published.minusDays(21);
			to = published.plusDays(21);
			window = "within three weeks of publication (" + from + " to " + to + "), the text giving no day";
		}
		else if (planned) {
			from = published;
			to = published.plusDays(14);
			window = "in the two weeks after publication (" + from + " to " + to + "), the text giving no day";
		}
		else {
			from = published.minusDays(7);
			to = published;
			window = "in the week before publication (" + from + " to " + to + "), the text giving no day";
		}
		int needed = Math.min(2, people.size());
		String type = proposal.type().isPresent() ? proposal.type().value().name() : "";
		record Row(String slug, String title, LocalDate date, String type, int shared) {
		}
		List<Row> rows = this.jdbc.sql("""
				select e.slug, e.title, e.date_value, e.type, count(*) as shared
				from event e join event_participant p on p.event_id = e.id join actor a on a.id = p.actor_id
				where e.date_precision = 'DAY' and e.date_value between :from and :to and a.slug in (:people)
				and (e.contact_status = :status or not :calledOff)
				group by e.id, e.slug, e.title, e.date_value, e.type
				having count(*) >= :needed
				order by count(*) desc, (e.type = :type) desc, (e.contact_status = :status) desc,
				abs(e.date_value - :anchor), e.id
				limit 1""")
			.param("from", from)
			.param("to", to)
			.param("people", people)
			.param("needed", needed)
			.param("type", type)
			.param("status", status)
			.param("calledOff", calledOff)
			.param("anchor", dated ? proposal.date().value().value() : published)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getInt(5)))
			.list();
		if (rows.isEmpty() && calledOff) {
			return calledOffAround(proposal, status, published);
		}
		if (rows.isEmpty()) {
			return Proposed.none("No recorded event shares " + needed + " of these participants " + window + ".");
		}
		Row row = rows.get(0);
		Evidence evidence = proposal.lead();
		double confidence = (dated && row.type().equals(type)) ? 0.9 : (dated || row.type().equals(type)) ? 0.75 : 0.6;
		return Proposed.of(
				new DuplicateGuess(row.slug(), row.title(), row.date().toString(), row.type(),
						"/admin/events/" + row.slug()),
				evidence, confidence, "“" + row.title() + "” of " + row.date() + " has " + row.shared()
						+ " of the same participants, " + window + ".");
	}

	/**
	 * How sure the draft would be, and what it would need to move up a level ("no US
	 * account yet"): the report itself is a source whose voice is not classified yet.
	 */
	public Confirmations.Outlook outlook(String outlet, DraftProposal proposal) {
		return this.confirmations.outlook(DraftConfirmation.evidence(outlet, proposal));
	}

	/**
	 * A contact called off or put off, its people not named or not recorded: the one
	 * recorded event of that kind and status within three weeks of publication.
	 */
	private Proposed<DuplicateGuess> calledOffAround(DraftProposal proposal, String status, LocalDate published) {
		if (!proposal.type().isPresent()) {
			return Proposed.none("No known participant and no kind to look for in the record.");
		}
		List<DuplicateGuess> found = dayEvents(proposal, status, published.minusDays(21), published.plusDays(21));
		if (found.size() != 1) {
			return Proposed.none((found.isEmpty() ? "No" : "More than one") + " recorded " + status.toLowerCase() + " "
					+ proposal.type().value() + " within three weeks of publication.");
		}
		return Proposed.of(found.get(0), proposal.lead(), 0.6,
				"“" + found.get(0).title() + "” is the one " + proposal.type().value() + " recorded as "
						+ status.toLowerCase() + " within three weeks of publication.");
	}

	/**
	 * No one named: the one event of the same type and status recorded on the proposed
	 * day.
	 */
	private Proposed<DuplicateGuess> sameDayAndType(DraftProposal proposal) {
		boolean dated = proposal.date().isPresent() && proposal.date().value().precision() == DatePrecision.DAY;
		if (!dated || !proposal.type().isPresent()) {
			return Proposed.none("No known participant, and no day and kind, to look for in the record.");
		}
		LocalDate day = proposal.date().value().value();
		String status = proposal.status().isPresent() ? proposal.status().value().name() : "HELD";
		List<DuplicateGuess> found = dayEvents(proposal, status, day, day);
		if (found.size() != 1) {
			return Proposed.none("No known participant, and " + (found.isEmpty() ? "no" : "more than one")
					+ " recorded " + proposal.type().value() + " on " + day + ".");
		}
		return Proposed.of(found.get(0), proposal.lead(), 0.6, "No participant is named, but “" + found.get(0).title()
				+ "” is the one " + proposal.type().value() + " recorded on " + day + ".");
	}

	/**
	 * Up to two recorded events of the proposal's type and the given status, dated to a
	 * day from {@code from} to {@code to}: one is an answer, two are none.
	 */
	private List<DuplicateGuess> dayEvents(DraftProposal proposal, String status, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select slug, title, date_value, type from event
				where date_precision = 'DAY' and date_value between :from and :to and type = :type
				and contact_status = :status order by id limit 2""")
			.param("from", from)
			.param("to", to)
			.param("type", proposal.type().value().name())
			.param("status", status)
			.query((rs, n) -> new DuplicateGuess(rs.getString(1), rs.getString(2),
					rs.getObject(3, LocalDate.class).toString(), rs.getString(4), "/admin/events/" + rs.getString(1)))
			.list();
	}

}
