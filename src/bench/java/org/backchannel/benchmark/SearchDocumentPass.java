package org.backchannel.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.backchannel.database.BulkConnections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The generator's last pass: every new event's search document, computed set-based rather
 * than by the triggers (off during the load).
 */
final class SearchDocumentPass {

	private static final Logger log = LoggerFactory.getLogger(SearchDocumentPass.class);

	/**
	 * The documents {@code event_search_document} (migration V2) computes, for a range of
	 * events at once: each child table is read once and grouped, where the function would
	 * run five lookups per event.
	 */
	private static final String SEARCH_DOCUMENTS = """
			update event e
			   set search_vector = setweight(to_tsvector('english', coalesce(e.title, '')), 'A')
			       || setweight(to_tsvector('english', coalesce(d.names, '')), 'A')
			       || setweight(to_tsvector('english', coalesce(e.summary, '') || ' ' || coalesce(e.place, '')), 'B')
			       || setweight(to_tsvector('english', coalesce(d.readouts, '')), 'C')
			       || setweight(to_tsvector('english', coalesce(d.quotes, '')), 'C')
			       || setweight(to_tsvector('english', coalesce(d.claims, '')), 'D')
			  from (select x.id, n.text as names, r.text as readouts, q.text as quotes, c.text as claims
			          from event x
			          left join (select p.event_id, string_agg(a.name || ' ' || coalesce(al.names, ''), ' ') as text
			                       from event_participant p join actor a on a.id = p.actor_id
			                       left join (select actor_id, string_agg(name, ' ') as names from actor_alias group by actor_id) al
			                              on al.actor_id = a.id
			                      where p.event_id >= :lo and p.event_id < :hi group by p.event_id) n on n.event_id = x.id
			          left join (select event_id, string_agg(summary || ' ' || array_to_string(key_quotes, ' '), ' ') as text
			                       from readout where event_id >= :lo and event_id < :hi group by event_id) r on r.event_id = x.id
			          left join (select event_id, string_agg(text, ' ') as text
			                       from quote where event_id >= :lo and event_id < :hi group by event_id) q on q.event_id = x.id
			          left join (select event_id, string_agg(text, ' ') as text
			                       from claim where event_id >= :lo and event_id < :hi group by event_id) c on c.event_id = x.id
			         where x.id >= :lo and x.id < :hi) d
			 where e.id = d.id
			""";

	private final JdbcClient jdbc;

	private final BulkConnections bulk;

	SearchDocumentPass(JdbcClient jdbc, BulkConnections bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	/**
	 * One pass over the events instead of a trigger firing per child row, split over the
	 * cores. The triggers stay off for it (they would compute the same document twice),
	 * and the secondary indexes of event are dropped for the pass and built again
	 * afterwards: building an index once is far cheaper than updating it a million times.
	 */
	void run(long firstEvent) throws Exception {
		List<String> indexes = this.jdbc.sql("""
				select i.indexname, i.indexdef from pg_indexes i
				where i.schemaname = 'public' and i.tablename = 'event'
				  and i.indexname not in (select c.conname from pg_constraint c
				                          where c.conrelid = 'event'::regclass)
				""").query((rs, row) -> rs.getString("indexname") + "\t" + rs.getString("indexdef")).list();
		for (String index : indexes) {
			this.jdbc.sql("drop index " + index.substring(0, index.indexOf('\t'))).update();
		}
		long last = this.jdbc.sql("select coalesce(max(id), 0) from event").query(Long.class).single();
		int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
		long step = Math.max(1, (last - firstEvent + workers) / workers);
		List<String> updates = new ArrayList<>();
		for (long from = firstEvent; from <= last; from += step) {
			updates
				.add(SEARCH_DOCUMENTS.replace(":lo", Long.toString(from)).replace(":hi", Long.toString(from + step)));
		}
		inParallel(updates);
		log.info("Search documents computed; rebuilding {} indexes", indexes.size());
		inParallel(indexes.stream().map((index) -> index.substring(index.indexOf('\t') + 1)).toList());
	}

	/**
	 * Runs statements concurrently, each on a connection of its own with triggers off.
	 */
	private void inParallel(List<String> statements) throws Exception {
		List<Thread> threads = new ArrayList<>();
		List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
		for (String sql : statements) {
			Thread thread = new Thread(() -> {
				try (Connection connection = this.bulk.open(); Statement statement = connection.createStatement()) {
					statement.execute("set session_replication_role = replica");
					statement.execute("set synchronous_commit = off");
					statement.execute("set maintenance_work_mem = '256MB'");
					statement.execute(sql);
				}
				catch (SQLException ex) {
					failures.add(ex);
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
	}

}
