package org.backchannel.web.proposal;

import java.util.List;
import java.util.Optional;

import org.backchannel.testing.CountedPages;
import org.backchannel.testing.StatementCounting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposal list comes in keyset pages of {@value ProposalController#PAGE_SIZE}, each
 * linking to the next, and costs the same number of statements for a few proposals as for
 * a page full (each party's latest stance on every proposal of the page in one
 * statement). The caches are off, so every request does the full work.
 */
@StatementCounting
class ProposalListPagesTests {

	@Autowired
	CountedPages pages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListComesInPagesEachLinkingToTheNextAndEveryProposalIsOnExactlyOne() {
		int few = this.pages.statementsFor("/proposals");
		int apiFew = this.pages.statementsFor("/api/proposals");
		long before = this.jdbc.sql("select count(*) from proposal").query(Long.class).single();
		addProposals(70);
		long total = before + 70;
		assertThat(this.pages.statementsFor("/proposals")).as("a page full costs what a few did").isEqualTo(few);
		assertThat(this.pages.statementsFor("/api/proposals")).isEqualTo(apiFew);

		String first = this.pages.page("/proposals");
		assertThat(slugs(first)).hasSize(ProposalController.PAGE_SIZE);
		assertThat(first).doesNotContain("id=\"first-page\"");
		Optional<String> next = CountedPages.next(first);
		assertThat(next).as("the first page links to the next").isPresent();
		String secondUrl = next.get();
		assertThat(secondUrl).startsWith("/proposals?after=");
		assertThat(this.pages.statementsFor(secondUrl)).as("a later page costs one look-up of its start more")
			.isEqualTo(few + 1);

		String second = this.pages.page(secondUrl);
		assertThat(second).contains("id=\"first-page\" href=\"/proposals\"").doesNotContain("id=\"next-page\"");
		assertThat(slugs(second)).hasSize((int) total - ProposalController.PAGE_SIZE)
			.doesNotContainAnyElementsOf(slugs(first));
		assertThat(second).as("the last proposal, with each party's latest stance")
			.contains("Proposal number 69")
			.contains("(11 April 2030)")
			.doesNotContain("(11 March 2030)");
	}

	@Test
	void aPageAfterAnUnknownProposalIsNotFound() {
		assertThat(this.pages.status("/proposals?after=no-such-proposal")).isEqualTo(404);
	}

	private static List<String> slugs(String html) {
		return CountedPages.slugs(html, "/proposals/");
	}

	/**
	 * Proposals dated after every seeded one (so the last is on the second page), each
	 * with two parties' stances, the latest one noted.
	 */
	private void addProposals(int count) {
		long actor = this.jdbc.sql("select id from actor where slug = 'sergei-lavrov'").query(Long.class).single();
		long other = this.jdbc.sql("select id from actor where slug = 'marco-rubio'").query(Long.class).single();
		long source = this.jdbc.sql("select min(id) from source").query(Long.class).single();
		for (int i = 0; i < count; i++) {
			long id = this.jdbc.sql("""
					insert into proposal (slug, title, summary, proposer_actor_id, date_value, date_precision)
					values (:slug, :title, 'A proposal of the paging test.', :actor, date '2030-01-01' + :i, 'DAY')
					returning id
					""")
				.param("slug", "paging-proposal-" + i)
				.param("title", "Proposal number " + i)
				.param("actor", actor)
				.param("i", i)
				.query(Long.class)
				.single();
			for (long party : new long[] { actor, other }) {
				this.jdbc
					.sql("""
							insert into proposal_position (proposal_id, actor_id, stance, date_value, date_precision, note, source_id)
							values (:proposal, :party, 'PROPOSED', date '2030-01-01' + :i, 'DAY', 'first stance', :source),
							       (:proposal, :party, 'REJECTED', date '2030-02-01' + :i, 'DAY', :note, :source)
							""")
					.param("proposal", id)
					.param("party", party)
					.param("i", i)
					.param("note", "latest stance " + i)
					.param("source", source)
					.update();
			}
		}
	}

}
