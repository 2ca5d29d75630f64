package org.backchannel.proposal;

import org.backchannel.proposal.internal.ProposalRepository;

import java.sql.Date;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.HashMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backchannel.actor.ActorRef;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.NotFoundException;
import org.backchannel.model.PartialDate;
import org.backchannel.model.ReadTransaction;
import org.backchannel.model.Side;
import org.backchannel.source.SourceRef;
import org.backchannel.source.Voice;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads proposals and their position logs for the pages and the API alike.
 */
@Service
@ReadTransaction
public class ProposalReadService {

	/** The list's order, undated proposals last; V27's index walks it. */
	private static final String LIST_ORDER = "coalesce(p.date_value, 'infinity'::date), p.title, p.id";

	private final ProposalRepository proposals;

	private final JdbcClient jdbc;

	ProposalReadService(ProposalRepository proposals, JdbcClient jdbc) {
		this.proposals = proposals;
		this.jdbc = jdbc;
	}

	/**
	 * Every proposal's slug and title, for a filter's choices.
	 */
	public List<ProposalRef> findProposalRefs() {
		return this.jdbc.sql("select slug, title from proposal order by title")
			.query((rs, row) -> new ProposalRef(rs.getString("slug"), rs.getString("title")))
			.list();
	}

	/**
	 * Each party's stance on each of the given proposals as it stood on a date: the
	 * latest position dated on or before it (undated positions are left out, they cannot
	 * be placed in time). One statement whatever the number of proposals.
	 */
	public Map<String, List<PositionView>> findStancesOn(Collection<String> proposalSlugs, LocalDate date) {
		Map<String, List<PositionView>> stances = new LinkedHashMap<>();
		if (proposalSlugs.isEmpty() || date == null) {
			return stances;
		}
		List<Map.Entry<String, PositionView>> rows = this.jdbc.sql("""
				select * from (
				    select distinct on (pr.slug, a.id)
				           pr.slug as proposal, a.slug as party_slug, a.name as party_name, a.country as party_country,
				           pp.stance, pp.date_value, pp.date_precision, pp.note,
				           s.id as source_id, s.outlet, s.title as source_title, s.url, s.published_on,
				           s.published_precision, s.voice
				    from proposal_position pp
				    join proposal pr on pr.id = pp.proposal_id
				    join actor a on a.id = pp.actor_id
				    join source s on s.id = pp.source_id
				    where pr.slug in (:slugs) and pp.date_value <= :date
				    order by pr.slug, a.id, pp.date_value desc, pp.id desc) latest
				order by proposal, date_value, party_name
				""").param("slugs", List.copyOf(proposalSlugs)).param("date", Date.valueOf(date)).query((rs, row) -> {
			PartialDate positionDate = new PartialDate(rs.getDate("date_value").toLocalDate(),
					DatePrecision.valueOf(rs.getString("date_precision")));
			Date published = rs.getDate("published_on");
			SourceRef source = new SourceRef(rs.getLong("source_id"), rs.getString("outlet"),
					rs.getString("source_title"), rs.getString("url"),
					new PartialDate((published != null) ? published.toLocalDate() : null,
							DatePrecision.valueOf(rs.getString("published_precision"))),
					Voice.valueOf(rs.getString("voice")));
			ActorRef party = new ActorRef(rs.getString("party_slug"), rs.getString("party_name"),
					Side.ofCountry(rs.getString("party_country")));
			return Map.entry(rs.getString("proposal"), new PositionView(party, Stance.valueOf(rs.getString("stance")),
					positionDate, rs.getString("note"), source));
		}).list();
		for (Map.Entry<String, PositionView> row : rows) {
			stances.computeIfAbsent(row.getKey(), (key) -> new ArrayList<>()).add(row.getValue());
		}
		return stances;
	}

	/**
	 * Every proposal with each party's latest stance, in the list's order (date, undated
	 * last, then title): two statements whatever the number of proposals.
	 */
	public List<ProposalSummary> findProposals() {
		return readList(null, Integer.MAX_VALUE).items();
	}

	/**
	 * One page of the proposal list, keyset on the list's order: the {@code limit}
	 * proposals after the one with slug {@code after} (from the start when null), and the
	 * slug to continue after when there are more. Two statements whatever the page.
	 * @throws NotFoundException when no proposal has the slug {@code after}
	 */
	public ProposalPage findProposals(@Nullable String after, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1");
		}
		if (after != null && this.jdbc.sql("select count(*) from proposal where slug = :slug")
			.param("slug", after)
			.query(Long.class)
			.single() == 0) {
			throw new NotFoundException("proposal", after);
		}
		return readList(after, limit);
	}

	private ProposalPage readList(@Nullable String after, int limit) {
		String keyset = (after != null) ? "where (" + LIST_ORDER + ") > (select " + LIST_ORDER.replace("p.", "")
				+ " from proposal where slug = :after)" : "";
		JdbcClient.StatementSpec statement = this.jdbc.sql("""
				select p.id, p.slug, p.title, p.summary, p.date_value, p.date_precision,
				       a.slug as proposer_slug, a.name as proposer_name, a.country as proposer_country
				from proposal p left join actor a on a.id = p.proposer_actor_id
				%s order by %s limit :limit
				""".formatted(keyset, LIST_ORDER)).param("limit", (long) limit + 1);
		if (after != null) {
			statement = statement.param("after", after);
		}
		List<Map.Entry<Long, ProposalSummary>> rows = statement.query((rs, row) -> {
			ActorRef proposer = (rs.getString("proposer_slug") != null) ? new ActorRef(rs.getString("proposer_slug"),
					rs.getString("proposer_name"), Side.ofCountry(rs.getString("proposer_country"))) : null;
			return Map.entry(rs.getLong("id"),
					new ProposalSummary(rs.getString("slug"), rs.getString("title"), rs.getString("summary"), proposer,
							partialDate(rs.getDate("date_value"), rs.getString("date_precision")), List.of()));
		}).list();
		boolean more = rows.size() > limit;
		List<Map.Entry<Long, ProposalSummary>> page = more ? rows.subList(0, limit) : rows;
		Map<Long, List<PositionView>> latest = latestPositions(page.stream().map(Map.Entry::getKey).toList());
		List<ProposalSummary> items = page.stream().map((entry) -> {
			ProposalSummary summary = entry.getValue();
			return new ProposalSummary(summary.slug(), summary.title(), summary.summary(), summary.proposer(),
					summary.date(), latest.getOrDefault(entry.getKey(), List.of()));
		}).toList();
		return new ProposalPage(items, more ? items.get(items.size() - 1).slug() : null);
	}

	/**
	 * Each party's most recent stance on each proposal (the last of its log, ordered by
	 * date, undated first, then id), parties in the order of those stances.
	 */
	private Map<Long, List<PositionView>> latestPositions(List<Long> proposalIds) {
		Map<Long, List<PositionView>> latest = new LinkedHashMap<>();
		if (proposalIds.isEmpty()) {
			return latest;
		}
		this.jdbc.sql("""
				select * from (
				    select distinct on (pp.proposal_id, pp.actor_id)
				           pp.proposal_id, pp.id as position_id, a.slug as party_slug, a.name as party_name,
				           a.country as party_country, pp.stance, pp.date_value, pp.date_precision, pp.note,
				           s.id as source_id, s.outlet, s.title as source_title, s.url, s.published_on,
				           s.published_precision, s.voice
				    from proposal_position pp
				    join actor a on a.id = pp.actor_id
				    join source s on s.id = pp.source_id
				    where pp.proposal_id in (:ids)
				    order by pp.proposal_id, pp.actor_id, pp.date_value desc nulls last, pp.id desc) last
				order by proposal_id, date_value nulls first, position_id
				""").param("ids", proposalIds).query((rs, row) -> {
			latest.computeIfAbsent(rs.getLong("proposal_id"), (key) -> new ArrayList<>())
				.add(new PositionView(
						new ActorRef(rs.getString("party_slug"), rs.getString("party_name"),
								Side.ofCountry(rs.getString("party_country"))),
						Stance.valueOf(rs.getString("stance")),
						partialDate(rs.getDate("date_value"), rs.getString("date_precision")), rs.getString("note"),
						new SourceRef(rs.getLong("source_id"), rs.getString("outlet"), rs.getString("source_title"),
								rs.getString("url"),
								partialDate(rs.getDate("published_on"), rs.getString("published_precision")),
								Voice.valueOf(rs.getString("voice")))));
			return null;
		}).list();
		return latest;
	}

	private static PartialDate partialDate(@Nullable Date date, String precision) {
		return new PartialDate((date != null) ? date.toLocalDate() : null, DatePrecision.valueOf(precision));
	}

	public Optional<ProposalProfile> findProposal(String slug) {
		return this.proposals.findBySlug(slug)
			.map((proposal) -> new ProposalProfile(proposal.getSlug(), proposal.getTitle(), proposal.getSummary(),
					(proposal.getProposer() != null) ? proposal.getProposer().toRef() : null, proposal.getDate(),
					proposal.getPositions().stream().map(Position::toView).toList(), latestPositions(proposal),
					proposal.getUpdatedAt(), proposal.getVersion()));
	}

	/**
	 * Each party's most recent stance; the log is ordered by date, so the last entry per
	 * party wins.
	 */
	private static List<PositionView> latestPositions(Proposal proposal) {
		Map<String, PositionView> latest = new LinkedHashMap<>();
		for (Position position : proposal.getPositions()) {
			PositionView view = position.toView();
			latest.remove(view.party().slug());
			latest.put(view.party().slug(), view);
		}
		return List.copyOf(latest.values());
	}

	/**
	 * The proposals with these slugs, by slug, in one query: the entities an event links
	 * to (an unknown slug is left out).
	 */
	public Map<String, Proposal> findEntitiesBySlug(Collection<String> slugs) {
		return slugs.isEmpty() ? new HashMap<>()
				: this.proposals.findAllBySlugIn(slugs)
					.stream()
					.collect(Collectors.toMap(Proposal::getSlug, Function.identity()));
	}

}
