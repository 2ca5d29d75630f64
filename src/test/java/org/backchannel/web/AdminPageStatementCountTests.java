package org.backchannel.web;

import org.backchannel.testing.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The admin pages load what they show in a constant number of statements: an event with
 * many more rows costs the same.
 */
@SpringBootTest(properties = "backchannel.test-context=admin-statement-count")
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class AdminPageStatementCountTests {

	static final String EVENT = "2025-07-10-rubio-lavrov-meeting-kuala-lumpur";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theEditFormPreviewAndDashboardRunAFewStatements() throws Exception {
		int edit = statementsFor("/admin/events/" + EVENT + "/edit");
		int preview = statementsFor("/admin/events/" + EVENT);
		int dashboard = statementsFor("/admin");
		// The edit form's confirmation outlook reads its evidence in six statements,
		// whatever
		// the number of readouts, sources and claims.
		assertThat(edit).isLessThanOrEqualTo(22);
		assertThat(preview).isLessThanOrEqualTo(16);
		assertThat(dashboard).isLessThanOrEqualTo(4);

		long eventId = this.jdbc.sql("select id from event where slug = :slug")
			.param("slug", EVENT)
			.query(Long.class)
			.single();
		long sourceId = this.jdbc.sql("select min(source_id) from event_source where event_id = :id")
			.param("id", eventId)
			.query(Long.class)
			.single();
		for (int i = 0; i < 15; i++) {
			long actorId = this.jdbc
				.sql("insert into actor (slug, name, kind, country) values (:slug, :name, 'PERSON', 'US') returning id")
				.param("slug", "counted-" + i)
				.param("name", "Counted Person " + i)
				.query(Long.class)
				.single();
			this.jdbc
				.sql("insert into event_participant (event_id, actor_id, role) values (:e, :a, 'DELEGATION_MEMBER')")
				.param("e", eventId)
				.param("a", actorId)
				.update();
			this.jdbc
				.sql("insert into quote (event_id, speaker_actor_id, text, source_id) values (:e, :a, 'Words', :s)")
				.param("e", eventId)
				.param("a", actorId)
				.param("s", sourceId)
				.update();
		}
		assertThat(statementsFor("/admin/events/" + EVENT + "/edit")).isEqualTo(edit);
		assertThat(statementsFor("/admin/events/" + EVENT)).isEqualTo(preview);
	}

	private int statementsFor(String path) throws Exception {
		this.mvc.perform(get(path).with(user("edith").roles("EDITOR")));
		StatementCounter.reset();
		int status = this.mvc.perform(get(path).with(user("edith").roles("EDITOR")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as(path).isEqualTo(200);
		return StatementCounter.count();
	}

}
