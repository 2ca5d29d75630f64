package org.backchannel.event;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event pages read events straight from SQL: what they read is exactly what the
 * entity graph holds, for every event of the record.
 */
@SpringBootTest(properties = "backchannel.test-context=admin-forms")
@AutoConfigureMockMvc // shares the admin forms' context
class EventDetailsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventRepository events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyPublishedEventReadsAsItsEntityDescribesIt() {
		EventDetails details = new EventDetails(this.jdbc);
		List<String> slugs = this.jdbc.sql("select slug from event where status = 'PUBLISHED' order by id")
			.query(String.class)
			.list();
		assertThat(slugs).hasSizeGreaterThan(50);
		for (String slug : slugs) {
			EventDetail fromEntity = this.transactions
				.execute((status) -> this.events.findBySlug(slug).map(Event::toDetail).orElseThrow());
			assertThat(details.readPublished(slug)).as(slug).contains(fromEntity);
		}
	}

	@Test
	void manyEventsReadInTheOrderAskedLeavingOutUnknownIds() {
		EventDetails details = new EventDetails(this.jdbc);
		List<Long> ids = this.jdbc.sql("select id from event order by sort_key asc, id asc limit 40")
			.query(Long.class)
			.list();
		List<Long> asked = new ArrayList<>(ids);
		asked.add(1, -1L);
		List<EventDetail> read = details.read(asked);
		assertThat(read).extracting(EventDetail::id).containsExactlyElementsOf(ids);
		List<EventDetail> fromEntities = this.transactions
			.execute((status) -> ids.stream().map((id) -> this.events.findById(id).orElseThrow().toDetail()).toList());
		assertThat(read).isEqualTo(fromEntities);
	}

	@Test
	void aDraftIsNotPublishedAndAnUnknownSlugIsNothing() {
		EventDetails details = new EventDetails(this.jdbc);
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
