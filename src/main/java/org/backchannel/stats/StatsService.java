package org.backchannel.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.backchannel.actor.ActorRef;
import org.backchannel.caching.CacheTags;
import org.backchannel.event.Channel;
import org.backchannel.event.ConfirmationLevel;
import org.backchannel.event.Initiator;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.PartialDate;
import org.backchannel.model.ReadTransaction;
import org.backchannel.model.Side;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts over the published contacts, computed by the database. A contact is an event of
 * one of the US–Russia channels (ministers, leaders, envoys, delegations, security
 * services, advisers) that was held; related events are context, and planned, cancelled
 * or postponed contacts did not take place. Per channel, the contacts that did not take
 * place are counted beside the held ones, so the channel's total equals what the timeline
 * and the API find for that channel. Every figure is a sum over the rows of
 * {@code contact_count} and {@code contact_pair_count} (V27), which the database's
 * triggers keep in step with the events in the writing transaction: the page costs the
 * same at any size of the record, and is never stale.
 */
@Service
@ReadTransaction
public class StatsService {

	/** The channels of US–Russia contacts, in the order the page shows them. */
	public static final List<Channel> CHANNELS = Arrays.stream(Channel.values()).filter(Channel::isContact).toList();

	/**
	 * The confirmation levels a held contact can have, in the order the page shows them
	 * (planned and cancelled contacts were not held).
	 */
	public static final List<ConfirmationLevel> HELD_LEVELS = List.of(ConfirmationLevel.BOTH_GOVERNMENTS,
			ConfirmationLevel.ONE_GOVERNMENT, ConfirmationLevel.REPORTED, ConfirmationLevel.DISPUTED);

	/** How many pairs the page shows: those with the most contacts. */
	public static final int TOP_PAIRS = 50;

	private final JdbcClient jdbc;

	StatsService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The figures, read from the counts the writes keep (V27) and the actors' names: what
	 * is built from them depends on {@link CacheTags#COUNTS} only.
	 */
	public Statistics statistics() {
		CacheTags.dependOn(CacheTags.COUNTS);
		List<ChannelCount> byChannel = byChannel();
		return new Statistics(byChannel.stream().mapToLong(ChannelCount::held).sum(), perMonth(), byChannel,
				byInitiator(), byPair());
	}

	/**
	 * Held contacts per month and channel, every month from the first to the last present
	 * (months without a contact count zero). Contacts known only to the year or not dated
	 * are left out: they belong to no month.
	 */
	private List<MonthCount> perMonth() {
		String perChannel = CHANNELS.stream()
			.map((channel) -> "coalesce(sum(c.contacts) filter (where c.channel = '" + channel.name() + "'), 0) as "
					+ channel.name().toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(",\n       "));
		String perLevel = HELD_LEVELS.stream()
			.map((level) -> "coalesce(sum(c.contacts) filter (where c.confirmation = '" + level.name() + "'), 0) as "
					+ level.name().toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(",\n       "));
		return this.jdbc.sql("""
				with contacts as (
				    select c.month, c.channel, c.confirmation, c.contacts from contact_count c
				    where c.contact_status = 'HELD' and c.month is not null and c.contacts > 0),
				months as (
				    select generate_series(min(month), max(month), interval '1 month')::date as month from contacts)
				select m.month, %s, %s
				from months m left join contacts c on c.month = m.month
				group by m.month order by m.month
				""".formatted(perChannel, perLevel)).query((rs, row) -> {
			List<Long> counts = new ArrayList<>();
			for (Channel channel : CHANNELS) {
				counts.add(rs.getLong(channel.name().toLowerCase(Locale.ROOT)));
			}
			List<Long> levels = new ArrayList<>();
			for (ConfirmationLevel level : HELD_LEVELS) {
				levels.add(rs.getLong(level.name().toLowerCase(Locale.ROOT)));
			}
			return new MonthCount(new PartialDate(rs.getDate("month").toLocalDate(), DatePrecision.MONTH),
					List.copyOf(counts), List.copyOf(levels));
		}).list();
	}

	/**
	 * Every channel with its held contacts and those that did not take place (planned,
	 * cancelled, postponed), zero where it has none.
	 */
	private List<ChannelCount> byChannel() {
		Map<Channel, long[]> counts = new EnumMap<>(Channel.class);
		CHANNELS.forEach((channel) -> counts.put(channel, new long[2]));
		this.jdbc.sql("""
				select c.channel, coalesce(sum(c.contacts) filter (where c.contact_status = 'HELD'), 0) as held,
				       coalesce(sum(c.contacts) filter (where c.contact_status <> 'HELD'), 0) as not_held
				from contact_count c group by c.channel
				""").query((rs, row) -> {
			long[] figures = counts.get(Channel.valueOf(rs.getString("channel")));
			figures[0] = rs.getLong("held");
			figures[1] = rs.getLong("not_held");
			return figures;
		}).list();
		return CHANNELS.stream()
			.map((channel) -> new ChannelCount(channel, counts.get(channel)[0], counts.get(channel)[1]))
			.toList();
	}

	private List<InitiatorCount> byInitiator() {
		return this.jdbc.sql("""
				select c.initiator_side, sum(c.contacts) as contacts from contact_count c
				where c.contact_status = 'HELD' group by c.initiator_side having sum(c.contacts) > 0
				order by contacts desc, c.initiator_side
				""")
			.query((rs, row) -> new InitiatorCount(Initiator.valueOf(rs.getString("initiator_side")),
					rs.getLong("contacts")))
			.list();
	}

	/**
	 * Contacts per US–Russian pair of principals (the American first: a page about
	 * US–Russia contacts counts no US–US or Ukrainian pair): the {@value #TOP_PAIRS}
	 * pairs with the most contacts, read from the top of the pairs' counts (V27) rather
	 * than counting every pair of every contact.
	 */
	private List<PairCount> byPair() {
		List<PairCount> pairs = new ArrayList<>(this.jdbc.sql("""
				select a1.slug as first_slug, a1.name as first_name, a1.country as first_country,
				       a2.slug as second_slug, a2.name as second_name, a2.country as second_country,
				       top.contacts
				from (select pc.first_actor_id, pc.second_actor_id, pc.contacts
				      from contact_pair_count pc
				      join actor x1 on x1.id = pc.first_actor_id
				      join actor x2 on x2.id = pc.second_actor_id
				      where pc.contacts > 0
				        and ((x1.country = 'US' and x2.country = 'RU') or (x1.country = 'RU' and x2.country = 'US'))
				      order by pc.contacts desc, pc.first_actor_id, pc.second_actor_id limit :top) top
				join actor a1 on a1.id = top.first_actor_id
				join actor a2 on a2.id = top.second_actor_id
				""").param("top", TOP_PAIRS).query((rs, row) -> {
			ActorRef first = new ActorRef(rs.getString("first_slug"), rs.getString("first_name"),
					Side.ofCountry(rs.getString("first_country")));
			ActorRef second = new ActorRef(rs.getString("second_slug"), rs.getString("second_name"),
					Side.ofCountry(rs.getString("second_country")));
			boolean americanFirst = "US".equals(rs.getString("first_country"));
			return americanFirst ? new PairCount(first, second, rs.getLong("contacts"))
					: new PairCount(second, first, rs.getLong("contacts"));
		}).list());
		pairs.sort(Comparator.comparingLong(PairCount::contacts)
			.reversed()
			.thenComparing((pair) -> pair.first().name())
			.thenComparing((pair) -> pair.second().name()));
		return pairs;
	}

	/**
	 * All the figures of the statistics page.
	 */
	public record Statistics(long total, List<MonthCount> perMonth, List<ChannelCount> byChannel,
			List<InitiatorCount> byInitiator, List<PairCount> byPair) {
	}

	/**
	 * @param perChannel held contacts in that month, one figure per channel of
	 * {@link StatsService#CHANNELS}, in that order
	 */
	/**
	 * Held contacts in a month.
	 *
	 * @param perChannel per channel, in the order of {@link #CHANNELS}
	 * @param perConfirmation per confirmation level, in the order of {@link #HELD_LEVELS}
	 */
	public record MonthCount(PartialDate month, List<Long> perChannel, List<Long> perConfirmation) {

		public MonthCount(PartialDate month, List<Long> perChannel) {
			this(month, perChannel, List.of());
		}

		public long total() {
			return this.perChannel.stream().mapToLong(Long::longValue).sum();
		}

	}

	/**
	 * @param held contacts of the channel that took place
	 * @param notHeld contacts of the channel that were planned, cancelled or postponed
	 */
	public record ChannelCount(Channel channel, long held, long notHeld) {

		public long total() {
			return this.held + this.notHeld;
		}

	}

	public record InitiatorCount(Initiator initiator, long contacts) {
	}

	public record PairCount(ActorRef first, ActorRef second, long contacts) {
	}

}
