package org.backchannel.web.event;

import org.backchannel.testing.CountedPages;
import org.backchannel.testing.StatementCounting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports read everything they show in a constant number of statements, however many
 * events, participants and readouts there are: no N+1. Writes, so a context of its own.
 */
@StatementCounting
class ExportStatementCountTests {

	@Autowired
	CountedPages pages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void exportsCostTheSameWhateverTheirSize() {
		String[] paths = { "/api/events.csv", "/calendar.ics", "/feed.atom" };
		// a few events of the shape added below first, so that both measurements see the
		// same kinds of rows and differ only in how many there are
		addEvents(0, 3);
		int[] before = new int[paths.length];
		for (int i = 0; i < paths.length; i++) {
			before[i] = this.pages.statementsFor(paths[i]);
			assertThat(before[i]).as(paths[i]).isLessThanOrEqualTo(24);
		}
		addEvents(3, 25);
		for (int i = 0; i < paths.length; i++) {
			assertThat(this.pages.statementsFor(paths[i])).as(paths[i]).isEqualTo(before[i]);
		}
	}

	private void addEvents(int from, int to) {
		for (int i = from; i < to; i++) {
			this.jdbc.sql("""
					insert into event (slug, title, type, date_value, date_precision, summary)
					values (:slug, 'Extra call', 'PHONE_CALL', date '2024-06-01' + :i, 'DAY', 'An extra call')
					""").param("slug", "export-extra-" + i).param("i", i).update();
			this.jdbc.sql("""
					insert into event_participant (event_id, actor_id, role)
					select e.id, a.id, 'PRINCIPAL' from event e, actor a
					where e.slug = :slug and a.slug in ('marco-rubio', 'sergei-lavrov')
					""").param("slug", "export-extra-" + i).update();
			this.jdbc.sql("""
					insert into readout (event_id, side, issuer_actor_id, summary, source_id)
					select e.id, 'US', a.id, 'A readout', (select min(id) from source)
					from event e, actor a where e.slug = :slug and a.slug = 'us-state-department'
					""").param("slug", "export-extra-" + i).update();
		}
	}

}
