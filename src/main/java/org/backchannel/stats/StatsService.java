package org.backchannel.stats;

import java.util.List;

import org.backchannel.actor.ActorRef;
import org.backchannel.event.Initiator;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Side;

import org.backchannel.system.ReadLimits;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over the published contacts, computed by the database. A "contact" is a phone
 * call, a meeting or a summit; the other event types are context around them.
 */
@Service
@Transactional(readOnly = true, timeoutString = ReadLimits.TIMEOUT)
public class StatsService {

	private static final String CONTACT = "e.status = 'PUBLISHED' and e.type in ('PHONE_CALL', 'MEETING', 'SUMMIT')";

	private final JdbcClient jdbc;

	StatsService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Statistics statistics() {
		return new Statistics(total(), perMonth(), byInitiator(), byPair());
	}

	private long total() {
		return this.jdbc.sql("select count(*) from event e where " + CONTACT).query(Long.class).single();
	}

	/**
	 * Phone calls and in-person contacts per month, every month from the first to the
	 * last present (months without a contact count zero). Contacts known only to the year
	 * or not dated are left out: they belong to no month.
	 */
	private List<MonthCount> perMonth() {
		return this.jdbc.sql("""
				with contacts as (
				    select date_trunc('month', e.date_value)::date as month, e.type from event e
				    where %s and e.date_precision in ('DAY', 'MONTH')),
				months as (
				    select generate_series(min(month), max(month), interval '1 month')::date as month from contacts)
				select m.month,
				       count(c.type) filter (where c.type = 'PHONE_CALL') as phone_calls,
				       count(c.type) filter (where c.type <> 'PHONE_CALL') as in_person
				from months m left join contacts c on c.month = m.month
				group by m.month order by m.month
				""".formatted(CONTACT))
			.query((rs, row) -> new MonthCount(new PartialDate(rs.getDate("month").toLocalDate(), DatePrecision.MONTH),
					rs.getLong("phone_calls"), rs.getLong("in_person")))
			.list();
	}

	private List<InitiatorCount> byInitiator() {
		return this.jdbc.sql("""
				select e.initiator_side, count(*) as contacts from event e where %s
				group by e.initiator_side order by contacts desc, e.initiator_side
				""".formatted(CONTACT))
			.query((rs, row) -> new InitiatorCount(Initiator.valueOf(rs.getString("initiator_side")),
					rs.getLong("contacts")))
			.list();
	}

	/**
	 * Contacts per pair of principals, each pair counted once (names in alphabetical
	 * order).
	 */
	private List<PairCount> byPair() {
		return this.jdbc.sql("""
				select a1.slug as first_slug, a1.name as first_name, a1.country as first_country,
				       a2.slug as second_slug, a2.name as second_name, a2.country as second_country,
				       count(distinct e.id) as contacts
				from event e
				join event_participant p1 on p1.event_id = e.id and p1.role = 'PRINCIPAL'
				join event_participant p2 on p2.event_id = e.id and p2.role = 'PRINCIPAL'
				join actor a1 on a1.id = p1.actor_id
				join actor a2 on a2.id = p2.actor_id
				where %s and (a1.name, a1.id) < (a2.name, a2.id)
				group by a1.id, a1.slug, a1.name, a1.country, a2.id, a2.slug, a2.name, a2.country
				order by contacts desc, a1.name, a2.name
				""".formatted(CONTACT))
			.query((rs, row) -> new PairCount(
					new ActorRef(rs.getString("first_slug"), rs.getString("first_name"),
							Side.ofCountry(rs.getString("first_country"))),
					new ActorRef(rs.getString("second_slug"), rs.getString("second_name"),
							Side.ofCountry(rs.getString("second_country"))),
					rs.getLong("contacts")))
			.list();
	}

	/**
	 * All the figures of the statistics page.
	 */
	public record Statistics(long total, List<MonthCount> perMonth, List<InitiatorCount> byInitiator,
			List<PairCount> byPair) {
	}

	public record MonthCount(PartialDate month, long phoneCalls, long inPerson) {

		public long total() {
			return this.phoneCalls + this.inPerson;
		}

	}

	public record InitiatorCount(Initiator initiator, long contacts) {
	}

	public record PairCount(ActorRef first, ActorRef second, long contacts) {
	}

}
