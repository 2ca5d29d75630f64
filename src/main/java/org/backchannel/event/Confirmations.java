package org.backchannel.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.backchannel.event.ConfirmationRules.AccountEvidence;
import org.backchannel.event.ConfirmationRules.Assessment;
import org.backchannel.event.ConfirmationRules.ClaimEvidence;
import org.backchannel.event.ConfirmationRules.Evidence;
import org.backchannel.event.ConfirmationRules.SourceEvidence;
import org.backchannel.model.Side;
import org.backchannel.source.SourceChanged;
import org.backchannel.source.Voice;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Works out and stores each event's confirmation level ({@link ConfirmationRules}) from
 * what the database holds: a constant number of statements for any number of events. The
 * write service calls it on every write of an event; a changed source has the events
 * citing it worked out again; migration 16.1 fills it for every event.
 */
@Component
public class Confirmations {

	/** Events worked out per round when all are (a million generated events). */
	static final int BATCH = 2000;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	public Confirmations(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** Works out every event's level again, a batch at a time. */
	public int refreshAll() {
		long after = 0;
		int done = 0;
		while (true) {
			List<Long> ids = this.jdbc.sql("select id from event where id > :after order by id limit :batch")
				.param("after", after)
				.param("batch", BATCH)
				.query(Long.class)
				.list();
			if (ids.isEmpty()) {
				return done;
			}
			refresh(ids);
			done += ids.size();
			after = ids.get(ids.size() - 1);
		}
	}

	/** Works out the level of the given events again and stores it. */
	public void refresh(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		Map<Long, Evidence> evidence = evidence(List.copyOf(ids));
		List<Object[]> rows = new ArrayList<>();
		evidence.forEach((id, facts) -> {
			Assessment assessment = ConfirmationRules.assess(facts);
			rows.add(new Object[] { assessment.level().name(), text(assessment.reason()), id });
		});
		for (Object[] row : rows) {
			this.jdbc
				.sql("""
						update event set confirmation = :level, confirmation_reason = :reason
						where id = :id and (confirmation is distinct from :level or confirmation_reason is distinct from :reason)
						""")
				.param("level", row[0])
				.param("reason", row[1])
				.param("id", row[2])
				.update();
		}
	}

	/** Works out again the level of every event citing a changed source. */
	@EventListener
	void sourceChanged(SourceChanged changed) {
		refresh(this.jdbc.sql("""
				select es.event_id from event_source es where es.source_id = :id
				union select es.event_id from event_source es join source s on s.id = es.source_id
				      where s.reprint_of_source_id = :id
				""").param("id", changed.id()).query(Long.class).list());
	}

	/** The level of one event as stored, with what would move it up, for the editors. */
	public Outlook outlook(long id) {
		Evidence facts = evidence(List.of(id)).get(id);
		if (facts == null) {
			return new Outlook(null, List.of());
		}
		return outlook(facts);
	}

	/**
	 * The level of what is not stored yet (a draft from a report), with what would move
	 * it up a level.
	 */
	public Outlook outlook(Evidence facts) {
		Assessment assessment = ConfirmationRules.assess(facts);
		return new Outlook(new Confirmation(assessment.level(), text(assessment.reason())),
				assessment.next().stream().map(this::text).toList());
	}

	String text(MessageSourceResolvable message) {
		return this.messages.getMessage(message, Locale.ENGLISH);
	}

	/** What the database holds about each event, as the rules read it. */
	Map<Long, Evidence> evidence(List<Long> ids) {
		Map<Long, ContactStatus> statuses = new HashMap<>();
		Map<Long, Channel> channels = new HashMap<>();
		this.jdbc.sql("select id, channel, contact_status from event where id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> {
				statuses.put(rs.getLong(1), ContactStatus.valueOf(rs.getString(3)));
				channels.put(rs.getLong(1), Channel.valueOf(rs.getString(2)));
				return null;
			})
			.list();
		Map<Long, Set<Side>> principals = new HashMap<>();
		this.jdbc.sql("""
				select p.event_id, a.country from event_participant p join actor a on a.id = p.actor_id
				where p.event_id in (:ids) and p.role = 'PRINCIPAL' order by p.event_id, p.id
				""")
			.param("ids", ids)
			.query((rs, row) -> principals.computeIfAbsent(rs.getLong(1), (key) -> new LinkedHashSet<>())
				.add(Side.ofCountry(rs.getString(2))))
			.list();
		Map<Long, List<AccountEvidence>> readouts = new HashMap<>();
		this.jdbc.sql("""
				select r.event_id, r.side, a.name from readout r join actor a on a.id = r.issuer_actor_id
				where r.event_id in (:ids) order by r.event_id, r.side, r.id
				""")
			.param("ids", ids)
			.query((rs, row) -> readouts.computeIfAbsent(rs.getLong(1), (key) -> new ArrayList<>())
				.add(new AccountEvidence(Side.valueOf(rs.getString(2)), rs.getString(3))))
			.list();
		Map<Long, List<SourceEvidence>> sources = new HashMap<>();
		this.jdbc.sql("""
				select es.event_id, s.id, s.outlet, s.voice, s.voice_of, o.id, o.outlet, o.voice, o.voice_of
				from event_source es join source s on s.id = es.source_id
				left join source o on o.id = s.reprint_of_source_id
				where es.event_id in (:ids) order by es.event_id, s.published_on nulls last, s.id
				""")
			.param("ids", ids)
			.query((rs, row) -> sources.computeIfAbsent(rs.getLong(1), (key) -> new ArrayList<>())
				.add(new SourceEvidence(rs.getLong(2), rs.getString(3), Voice.valueOf(rs.getString(4)), rs.getString(5),
						(rs.getObject(6) != null) ? new SourceEvidence(rs.getLong(6), rs.getString(7),
								Voice.valueOf(rs.getString(8)), rs.getString(9), null) : null)))
			.list();
		Map<Long, List<ClaimEvidence>> claims = new HashMap<>();
		this.jdbc.sql("""
				select c.event_id, c.text, c.status, a.name, a.country from claim c
				left join actor a on a.id = c.disputed_by_actor_id
				where c.event_id in (:ids) order by c.event_id, c.id
				""")
			.param("ids", ids)
			.query((rs, row) -> claims.computeIfAbsent(rs.getLong(1), (key) -> new ArrayList<>())
				.add(new ClaimEvidence(rs.getString(2), ClaimStatus.valueOf(rs.getString(3)), rs.getString(4),
						(rs.getString(4) != null) ? Side.ofCountry(rs.getString(5)) : null)))
			.list();
		Map<Long, Evidence> evidence = new HashMap<>();
		for (Long id : ids) {
			if (!statuses.containsKey(id)) {
				continue;
			}
			evidence.put(id,
					new Evidence(statuses.get(id),
							Evidence.parties(channels.get(id), principals.getOrDefault(id, Set.of())),
							readouts.getOrDefault(id, List.of()), sources.getOrDefault(id, List.of()),
							claims.getOrDefault(id, List.of())));
		}
		return evidence;
	}

	/**
	 * An event's level as the rules see it now, and what would move it up a level.
	 *
	 * @param confirmation the level and reason; null for an event not found
	 */
	public record Outlook(Confirmation confirmation, List<String> next) {
	}

}
