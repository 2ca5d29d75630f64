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
import org.backchannel.model.PartialDate;
import org.backchannel.model.ReadTransaction;
import org.backchannel.model.Side;
import org.backchannel.source.SourceRef;
import org.backchannel.source.Voice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads proposals and their position logs for the pages and the API alike.
 */
@Service
@ReadTransaction
public class ProposalReadService {

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

	public List<ProposalSummary> findProposals() {
		return this.proposals.findAllInOrder()
			.stream()
			.map((proposal) -> new ProposalSummary(proposal.getSlug(), proposal.getTitle(), proposal.getSummary(),
					(proposal.getProposer() != null) ? proposal.getProposer().toRef() : null, proposal.getDate(),
					latestPositions(proposal)))
			.toList();
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
