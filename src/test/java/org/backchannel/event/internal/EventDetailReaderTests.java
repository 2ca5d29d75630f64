package org.backchannel.event.internal;

import org.backchannel.event.EventDetail;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event pages, the API, the exports and the admin preview read events through one
 * reader, straight from SQL.
 */
@SpringBootTest(properties = "backchannel.test-context=admin-forms")
@AutoConfigureMockMvc // shares the admin forms' context
class EventDetailReaderTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyPublishedEventReadsWithItsParticipantsAndSources() {
		EventDetailReader details = new EventDetailReader(this.jdbc);
		List<String> slugs = this.jdbc.sql("select slug from event where status = 'PUBLISHED' order by id")
			.query(String.class)
			.list();
		assertThat(slugs).hasSizeGreaterThan(50);
		for (String slug : slugs) {
			int participants = this.jdbc
				.sql("select count(*) from event_participant p join event e on e.id = p.event_id where e.slug = :slug")
				.param("slug", slug)
				.query(Integer.class)
				.single();
			int sources = this.jdbc
				.sql("select count(*) from event_source s join event e on e.id = s.event_id where e.slug = :slug")
				.param("slug", slug)
				.query(Integer.class)
				.single();
			assertThat(details.readPublished(slug)).as(slug).hasValueSatisfying((detail) -> {
				assertThat(detail.slug()).isEqualTo(slug);
				assertThat(detail.participants()).hasSize(participants);
				assertThat(detail.sources()).hasSize(sources);
			});
		}
	}

	@Test
	void manyEventsReadInTheOrderAskedLeavingOutUnknownIds() {
		EventDetailReader details = new EventDetailReader(this.jdbc);
		List<Long> ids = this.jdbc.sql("select id from event order by sort_key asc, id asc limit 40")
			.query(Long.class)
			.list();
		List<Long> asked = new ArrayList<>(ids);
		asked.add(1, -1L);
		List<EventDetail> read = details.read(asked);
		assertThat(read).extracting(EventDetail::id).containsExactlyElementsOf(ids);
	}

	@Test
	void aDraftIsNotPublishedAndAnUnknownSlugIsNothing() {
		EventDetailReader details = new EventDetailReader(this.jdbc);
		assertThat(details.readPublished("no-such-event")).isEmpty();
		long draft = this.jdbc
			.sql("insert into event (slug, title, type, date_value, date_precision, summary, status)"
					+ " values ('details-draft', 'A draft', 'PHONE_CALL', date '2025-05-01', 'DAY', 'Not yet', 'DRAFT')"
					+ " returning id")
			.query(Long.class)
			.single();
		try {
			assertThat(details.readPublished("details-draft")).isEmpty();
			assertThat(details.read(List.of(draft))).extracting(EventDetail::title).containsExactly("A draft");
		}
		finally {
			this.jdbc.sql("delete from event where id = :id").param("id", draft).update();
		}
	}

}
