package org.backchannel.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.backchannel.database.BulkConnections;
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

		try (CopyTables tables = new CopyTables(this.bulk)) {
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
		new SearchDocumentPass(this.jdbc, this.bulk).run(firstEvent);
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

	private void generateActors(CopyTables tables, Random random, long firstActor, int count, long firstSource)
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

	private void generateSources(CopyTables tables, Random random, long firstSource, int count) throws SQLException {
		for (int i = 0; i < count; i++) {
			LocalDate published = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650));
			tables.row("source", firstSource + i, OUTLETS[random.nextInt(OUTLETS.length)],
					"Report " + i + " on " + TOPICS[random.nextInt(TOPICS.length)],
					"https://example.org/synthetic/report-" + i, "en", published, "DAY", null);
		}
	}

	private void generateProposals(CopyTables tables, Random random, long firstProposal, int count, long firstActor,
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

	private void generateEvents(CopyTables tables, Random random, long firstEvent, long firstActor, int actors,
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

}
