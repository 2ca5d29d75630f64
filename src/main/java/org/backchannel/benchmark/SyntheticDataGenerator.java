package org.backchannel.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.backchannel.database.BulkConnections;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills a separate database with realistic synthetic events for the benchmark: dates over
 * a decade, 2–10 participants from a few thousand actors, 1–3 readouts, 1–5 sources,
 * quotes, claims and proposals. Rows stream in through PostgreSQL COPY, one connection
 * per table, with the search triggers off; the search documents are then computed in one
 * set-based pass.
 *
 * <p>
 * It refuses the default data directory, so it can never touch a user's data.
 */
@Component
@ConditionalOnProperty(name = "backchannel.generate.events")
@EnableConfigurationProperties(GeneratorProperties.class)
class SyntheticDataGenerator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SyntheticDataGenerator.class);

	static final Path USER_DATA_DIRECTORY = Path.of("data", "postgres");

	private static final String[] FIRST_NAMES = { "Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Grace",
			"Hiroshi", "Irina", "James", "Katarzyna", "Leonid", "Maria", "Nikolai", "Olga", "Pavel", "Qing", "Rashid",
			"Sofia", "Tomasz", "Ulrike", "Viktor", "Wen", "Xavier", "Yulia", "Zoran" };

	private static final String[] LAST_NAMES = { "Andersen", "Belov", "Carter", "Dubois", "Esposito", "Fedorov",
			"Garcia", "Hoffmann", "Ivanova", "Jensen", "Kowalski", "Lebedev", "Morozov", "Novak", "Orlov", "Petrenko",
			"Quinn", "Romanov", "Sokolov", "Tanaka", "Usmanov", "Volkov", "Walsh", "Yakovlev", "Zhukov" };

	private static final String[] COUNTRIES = { "US", "RU", "UA", "GB", "FR", "DE", "TR", "SA", "CN", "IN", "QA",
			"AE" };

	private static final String[] PLACES = { "Riyadh", "Istanbul", "Geneva", "Vienna", "New York", "Moscow",
			"Washington", "Kyiv", "Doha", "Abu Dhabi", "Helsinki", "Minsk", "Ankara", "Budapest" };

	private static final String[] TYPES = { "PHONE_CALL", "PHONE_CALL", "PHONE_CALL", "MEETING", "MEETING", "SUMMIT",
			"NEGOTIATION_ROUND", "STATEMENT", "APPOINTMENT", "MILITARY_ACTION", "OTHER" };

	/**
	 * Contact channels weighted roughly as in the record, and a share of context events.
	 */
	private static final String[] CHANNELS = { "MINISTERS", "MINISTERS", "LEADERS", "LEADERS", "ENVOYS", "ENVOYS",
			"DELEGATIONS", "DELEGATIONS", "SECURITY_SERVICES", "ADVISERS", "RELATED", "RELATED" };

	/** Most contacts were held; one in twenty was planned, cancelled or postponed. */
	private static final String[] STATUSES = { "PLANNED", "CANCELLED", "POSTPONED" };

	private static final String[] TOPICS = { "ceasefire", "prisoner exchange", "grain corridor", "sanctions",
			"energy infrastructure", "nuclear plant safety", "embassy staffing", "peace talks", "security guarantees",
			"humanitarian corridors", "territorial questions", "arms control" };

	private static final String[] OUTLETS = { "Reuters", "AFP", "AP", "TASS", "Interfax", "Kyiv Independent", "BBC",
			"Le Monde", "Der Spiegel", "Al Jazeera", "The Moscow Times", "Ukrainska Pravda" };

	private static final String[] STANCES = { "PROPOSED", "ACCEPTED", "ACCEPTED_WITH_CONDITIONS", "UNDER_CONSIDERATION",
			"REJECTED", "WITHDRAWN" };

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

	private final GeneratorProperties properties;

	private final BulkConnections bulk;

	private final Environment environment;

	/** The bulk connection of the current run (none of the request path's timeouts). */
	private JdbcClient jdbc;

	SyntheticDataGenerator(GeneratorProperties properties, DataSource dataSource, Environment environment)
			throws SQLException {
		this.properties = properties;
		this.bulk = new BulkConnections(dataSource);
		this.environment = environment;
	}

	/**
	 * Generates on connections of its own, outside the pool: the request path's statement
	 * timeout and driver socket timeout would cut off statements over a million rows.
	 */
	@Override
	public void run(ApplicationArguments args) throws Exception {
		try (BulkConnections.Session session = this.bulk.openSession()) {
			this.jdbc = session.jdbc();
			generate(session.connection());
		}
		finally {
			this.jdbc = null;
		}
	}

	private void generate(Connection connection) throws Exception {
		refuseUserData();
		long started = System.nanoTime();
		Random random = new Random(this.properties.seed());
		long firstActor = nextId("actor");
		long firstSource = nextId("source");
		long firstProposal = nextId("proposal");
		long firstEvent = nextId("event");
		int actors = this.properties.actors();
		int sources = Math.max(1000, this.properties.events() / 5);
		int proposals = Math.max(20, this.properties.events() / 5000);
		log.info("Generating {} events, {} actors, {} sources, {} proposals", this.properties.events(), actors, sources,
				proposals);

		try (Tables tables = new Tables(this.bulk)) {
			generateActors(tables, random, firstActor, actors, firstSource);
			generateSources(tables, random, firstSource, sources);
			generateProposals(tables, random, firstProposal, proposals, firstActor, actors, firstSource, sources);
			generateEvents(tables, random, firstEvent, firstActor, actors, firstSource, sources, firstProposal,
					proposals);
		}
		for (String table : List.of("actor", "source", "proposal", "event", "actor_alias", "actor_role",
				"event_participant", "readout", "quote", "claim", "proposal_position")) {
			this.jdbc
				.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
						+ "))")
				.query(Long.class)
				.single();
		}
		log.info("Rows loaded in {} s; analysing, then computing search documents", seconds(started));
		// Without statistics on the freshly copied tables the planner joins the grouped
		// child rows of a million events by nested loops.
		this.jdbc.sql("analyze").update();
		computeSearchDocuments(firstEvent);
		// The principal pairs' rows (V15), which the triggers (off for the load) would
		// have
		// written: one pass over the new events.
		this.jdbc.sql("select event_principal_pairs_refresh(array(select id from event where id >= :first))")
			.param("first", firstEvent)
			.query(Object.class)
			.list();
		// Each actor's count of published events (V21), which the triggers would have
		// kept.
		this.jdbc.sql("select actor_event_counts_refresh()").query(Object.class).list();
		// The statistics' contact and pair counts (V27), which the triggers would have
		// kept.
		this.jdbc.sql("select contact_counts_refresh()").query(Object.class).list();
		log.info("Search documents, principal pairs and actor counts done in {} s; analysing", seconds(started));
		try (Statement statement = connection.createStatement()) {
			statement.execute("vacuum analyze");
		}
		log.info("Generated {} events in {} s", this.properties.events(), seconds(started));
	}

	/**
	 * The generator fills a database of its own: never the default embedded data
	 * directory, and never an external database that holds more than the seed.
	 */
	private void refuseUserData() {
		String url = this.environment.getProperty("spring.datasource.url", "");
		if (url.isBlank()) {
			// A blank directory is a throw-away database in a temporary directory
			// (tests).
			String directory = this.environment.getProperty("backchannel.database.data-directory", "");
			if (!directory.isBlank() && Path.of(directory)
				.toAbsolutePath()
				.normalize()
				.equals(USER_DATA_DIRECTORY.toAbsolutePath().normalize())) {
				throw new IllegalStateException("The generator refuses the default data directory ./data/postgres: "
						+ "pass --backchannel.database.data-directory=./data/bench-<N> for a separate database");
			}
		}
		long events = this.jdbc.sql("select count(*) from event").query(Long.class).single();
		if (events > 100) {
			throw new IllegalStateException("The target database already holds " + events
					+ " events; the generator only fills a fresh database");
		}
	}

	private void generateActors(Tables tables, Random random, long firstActor, int count, long firstSource)
			throws SQLException {
		for (int i = 0; i < count; i++) {
			long id = firstActor + i;
			String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
			String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
			String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
			boolean body = i % 20 == 0;
			String name = body ? "Ministry of Foreign Affairs " + (i / 20) + " (" + country + ")" : first + " " + last;
			tables.row("actor", id, "synthetic-actor-" + i, name, body ? "GOVERNMENT_BODY" : "PERSON", country,
					"Synthetic actor " + i + " for the benchmark.");
			if (random.nextInt(4) == 0) {
				tables.row("actor_alias", null, id, first.charAt(0) + ". " + last + " " + i, "en");
			}
			tables.row("actor_role", null, id, body ? "Foreign ministry" : "Envoy", null,
					LocalDate.of(2010 + random.nextInt(10), 1 + random.nextInt(12), 1), null, firstSource);
		}
	}

	private void generateSources(Tables tables, Random random, long firstSource, int count) throws SQLException {
		for (int i = 0; i < count; i++) {
			LocalDate published = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650));
			tables.row("source", firstSource + i, OUTLETS[random.nextInt(OUTLETS.length)],
					"Report " + i + " on " + TOPICS[random.nextInt(TOPICS.length)],
					"https://example.org/synthetic/report-" + i, "en", published, "DAY", null);
		}
	}

	private void generateProposals(Tables tables, Random random, long firstProposal, int count, long firstActor,
			int actors, long firstSource, int sources) throws SQLException {
		for (int i = 0; i < count; i++) {
			long id = firstProposal + i;
			String topic = TOPICS[random.nextInt(TOPICS.length)];
			LocalDate date = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650));
			tables.row("proposal", id, "synthetic-proposal-" + i, "Proposal " + i + ": " + topic,
					"A synthetic proposal on " + topic + ".", firstActor + random.nextInt(actors), date, "DAY");
			for (int p = 0; p < 3; p++) {
				tables.row("proposal_position", null, id, firstActor + random.nextInt(actors),
						STANCES[random.nextInt(STANCES.length)], date.plusDays(p * 10L), "DAY", null,
						firstSource + random.nextInt(sources));
			}
		}
	}

	private void generateEvents(Tables tables, Random random, long firstEvent, long firstActor, int actors,
			long firstSource, int sources, long firstProposal, int proposals) throws SQLException {
		String[] sides = { "US", "RUSSIA", "UKRAINE", "OTHER" };
		String[] initiators = { "US", "RUSSIA", "NOT_REPORTED", "NOT_REPORTED" };
		for (int i = 0; i < this.properties.events(); i++) {
			long id = firstEvent + i;
			int precisionDraw = random.nextInt(50);
			LocalDate day = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650));
			String precision = (precisionDraw == 0) ? "UNKNOWN" : (precisionDraw < 5) ? "MONTH" : "DAY";
			LocalDate date = switch (precision) {
				case "UNKNOWN" -> null;
				case "MONTH" -> day.withDayOfMonth(1);
				default -> day;
			};
			String type = TYPES[random.nextInt(TYPES.length)];
			String topic = TOPICS[random.nextInt(TOPICS.length)];
			String place = PLACES[random.nextInt(PLACES.length)];
			String channel = CHANNELS[random.nextInt(CHANNELS.length)];
			String status = (random.nextInt(20) == 0) ? STATUSES[random.nextInt(STATUSES.length)] : "HELD";
			tables.row("event", id, "synthetic-event-" + i, "Talks on " + topic + " in " + place, type, channel, status,
					date, precision, type.equals("PHONE_CALL") ? null : place,
					initiators[random.nextInt(initiators.length)],
					"Synthetic " + type.toLowerCase().replace('_', ' ') + " about " + topic + " held in " + place
							+ "; both sides reported progress on " + TOPICS[random.nextInt(TOPICS.length)] + ".");
			int participants = 2 + random.nextInt(9);
			long[] chosen = distinct(random, participants, actors);
			for (int p = 0; p < chosen.length; p++) {
				// The event's sort key and published flag, as the trigger (off here)
				// would set them.
				tables.row("event_participant", null, id, firstActor + chosen[p],
						(p < 2) ? "PRINCIPAL" : "DELEGATION_MEMBER", (date != null) ? date : LocalDate.of(1, 1, 1),
						true);
			}
			long[] cited = distinct(random, 1 + random.nextInt(5), sources);
			for (long source : cited) {
				tables.row("event_source", null, id, firstSource + source);
			}
			int readouts = 1 + random.nextInt(3);
			for (int r = 0; r < readouts; r++) {
				tables.row("readout", null, id, sides[r % sides.length], firstActor + 20L * random.nextInt(actors / 20),
						"The " + sides[r % sides.length] + " side described talks on " + topic + " as constructive.",
						"{}", firstSource + cited[0]);
			}
			if (random.nextInt(3) == 0) {
				tables.row("quote", null, id, firstActor + chosen[0], "We discussed " + topic + " in detail.", null,
						firstSource + cited[0]);
			}
			if (random.nextInt(5) == 0) {
				tables.row("claim", null, id, "A report that the talks on " + topic + " broke down.",
						random.nextBoolean() ? "DISPUTED" : "REPORTED", firstActor + chosen[1], firstSource + cited[0]);
			}
			if (random.nextInt(4) == 0) {
				tables.row("event_proposal", null, id, firstProposal + random.nextInt(proposals),
						(date != null) ? date : LocalDate.of(1, 1, 1), true);
			}
			if (i % 100_000 == 99_999) {
				log.info("{} events written", i + 1);
			}
		}
	}

	/**
	 * One pass over the events instead of a trigger firing per child row, split over the
	 * cores. The triggers stay off for it (they would compute the same document twice),
	 * and the secondary indexes of event are dropped for the pass and built again
	 * afterwards: building an index once is far cheaper than updating it a million times.
	 */
	private void computeSearchDocuments(long firstEvent) throws Exception {
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

	private long nextId(String table) {
		return this.jdbc.sql("select coalesce(max(id), 0) + 1000 from " + table).query(Long.class).single();
	}

	private static long[] distinct(Random random, int count, int bound) {
		long[] values = new long[Math.min(count, bound)];
		for (int i = 0; i < values.length; i++) {
			long candidate;
			boolean seen;
			do {
				candidate = random.nextInt(bound);
				seen = false;
				for (int j = 0; j < i; j++) {
					seen |= values[j] == candidate;
				}
			}
			while (seen);
			values[i] = candidate;
		}
		return values;
	}

	private static long seconds(long started) {
		return (System.nanoTime() - started) / 1_000_000_000L;
	}

	/**
	 * One open COPY per table, each on its own connection, fed row by row as CSV; the
	 * rows are committed together when all tables are closed.
	 */
	private static final class Tables implements AutoCloseable {

		private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

		static {
			COLUMNS.put("actor", "id, slug, name, kind, country, description");
			COLUMNS.put("actor_alias", "actor_id, name, language");
			COLUMNS.put("actor_role", "actor_id, title, organization, start_date, end_date, source_id");
			COLUMNS.put("source", "id, outlet, title, url, language, published_on, published_precision, agencies");
			COLUMNS.put("proposal", "id, slug, title, summary, proposer_actor_id, date_value, date_precision");
			COLUMNS.put("proposal_position",
					"proposal_id, actor_id, stance, date_value, date_precision, note, source_id");
			COLUMNS.put("event",
					"id, slug, title, type, channel, contact_status, date_value, date_precision, place, initiator_side,"
							+ " summary");
			COLUMNS.put("event_participant", "event_id, actor_id, role, sort_key, published");
			COLUMNS.put("event_source", "event_id, source_id");
			COLUMNS.put("readout", "event_id, side, issuer_actor_id, summary, key_quotes, source_id");
			COLUMNS.put("quote", "event_id, speaker_actor_id, text, context, source_id");
			COLUMNS.put("claim", "event_id, text, status, disputed_by_actor_id, source_id");
			COLUMNS.put("event_proposal", "event_id, proposal_id, sort_key, published");
		}

		private final List<Connection> connections = new ArrayList<>();

		private final Map<String, CopyIn> copies = new LinkedHashMap<>();

		private final Map<String, StringBuilder> buffers = new LinkedHashMap<>();

		Tables(BulkConnections bulk) throws SQLException {
			// Connections of their own, outside the pool: one per table is more than it
			// holds.
			for (Map.Entry<String, String> table : COLUMNS.entrySet()) {
				Connection connection = bulk.open();
				this.connections.add(connection);
				connection.setAutoCommit(false);
				try (Statement statement = connection.createStatement()) {
					// Replica mode switches off the search triggers (which would
					// recompute an event
					// per child row; one pass at the end does it instead) and the
					// foreign-key checks,
					// which could not see the rows the other connections are still
					// writing. The
					// generator's ids are consistent by construction.
					statement.execute("set session_replication_role = replica");
				}
				this.copies.put(table.getKey(), connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy " + table.getKey() + " (" + table.getValue() + ") from stdin with (format csv)"));
				this.buffers.put(table.getKey(), new StringBuilder());
			}
		}

		/**
		 * Appends a row; the first value is the id column when the table has one in
		 * COLUMNS, and is skipped (null) for tables whose ids the database assigns.
		 */
		void row(String table, Object id, Object... values) throws SQLException {
			StringBuilder line = this.buffers.get(table);
			boolean first = true;
			if (id != null) {
				line.append(id);
				first = false;
			}
			for (Object value : values) {
				if (!first) {
					line.append(',');
				}
				first = false;
				if (value != null) {
					line.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
				}
			}
			line.append('\n');
			if (line.length() > 1 << 16) {
				flush(table);
			}
		}

		private void flush(String table) throws SQLException {
			byte[] bytes = this.buffers.get(table).toString().getBytes(StandardCharsets.UTF_8);
			this.copies.get(table).writeToCopy(bytes, 0, bytes.length);
			this.buffers.get(table).setLength(0);
		}

		@Override
		public void close() throws SQLException {
			for (String table : this.copies.keySet()) {
				flush(table);
				this.copies.get(table).endCopy();
			}
			for (Connection connection : this.connections) {
				connection.commit();
				connection.close();
			}
		}

	}

}
