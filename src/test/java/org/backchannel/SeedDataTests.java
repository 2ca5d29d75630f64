package org.backchannel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.backchannel.event.EventDetail;
import org.backchannel.event.EventFilter;
import org.backchannel.event.EventReadService;
import org.backchannel.event.EventSummary;
import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;
import org.backchannel.event.ParticipantView;
import org.backchannel.model.DatePrecision;
import org.backchannel.source.SourceRef;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flyway seed, migrated onto an empty PostgreSQL, checked against the facts in
 * shared/domain-notes.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SeedDataTests {

	private static final List<String> SEED_FILES = List.of("000_80a77a0d6fe2cb73.txt", "001_bed55c691b5d66ca.txt",
			"002_25fc6c82eb263419.txt", "003_56f64484c723aef1.txt", "004_fa362f7ea0feeb84.txt");

	@Autowired
	private EventReadService events;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void flywayAppliedEveryMigration() throws IOException {
		List<String> versions = this.jdbc
			.sql("select version from flyway_schema_history where success order by installed_rank")
			.query(String.class)
			.list();
		// Every migration file, SQL or Java (16.1), whichever features add them, in
		// version
		// order.
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<String> files = Stream
			.concat(Stream.of(resolver.getResources("classpath:db/migration/V*__*.sql")),
					Stream.of(resolver.getResources("classpath:db/migration/V*__*.class")))
			.map((resource) -> resource.getFilename()
				.substring(1, resource.getFilename().indexOf("__"))
				.replace('_', '.'))
			.sorted(Comparator.comparing(java.math.BigDecimal::new))
			.toList();
		assertThat(versions).startsWith("1", "2", "3").isEqualTo(files);
	}

	@Test
	void theRubioLavrovContactsAreSeeded() {
		EventFilter direct = new EventFilter(List.of(), List.of(), List.of(), List.of(), null, null, null, null, true,
				null, true, null);
		List<EventSummary> contacts = this.events.findAll(direct, 100);
		// V3's twelve, then V11's informal talk of 11 July, the meeting planned for 23
		// October (cancelled) and the Christmas greeting of January 2026 (a message).
		assertThat(contacts).extracting((event) -> event.date().value().toString())
			.containsExactly("2025-02-15", "2025-02-18", "2025-03-15", "2025-04-17", "2025-04-27", "2025-05-17",
					"2025-05-28", "2025-06-01", "2025-07-10", "2025-07-11", "2025-08-12", "2025-09-24", "2025-10-20",
					"2025-10-23", "2026-01-01");
		// Anchorage was a Trump–Putin summit that both attended, not a direct contact of
		// theirs.
		EventFilter both = new EventFilter(List.of("marco-rubio", "sergei-lavrov"), List.of(), List.of(), List.of(),
				null, null, null, null, false, null, true, null);
		assertThat(this.events.findAll(both, 100)).hasSize(16);
	}

	@Test
	void theFifteenMarchCallRestsOnThreeSeedReports() {
		EventDetail call = this.events.findEvent("2025-03-15-rubio-lavrov-phone-call").orElseThrow();
		assertThat(call.type()).isEqualTo(EventType.PHONE_CALL);
		assertThat(call.date().precision()).isEqualTo(DatePrecision.DAY);
		assertThat(call.date().value()).hasToString("2025-03-15");
		assertThat(call.participants()).extracting(ParticipantView::slug).contains("marco-rubio", "sergei-lavrov");
		List<Long> sourceIds = call.sources().stream().map(SourceRef::id).toList();
		List<String> seedFiles = this.jdbc
			.sql("select seed_file from source where id in (:ids) and seed_file is not null")
			.param("ids", sourceIds)
			.query(String.class)
			.list();
		assertThat(seedFiles).contains(SEED_FILES.get(0), SEED_FILES.get(1), SEED_FILES.get(4));
		assertThat(call.readouts()).isNotEmpty();
	}

	@Test
	void theTwentySeventhOfAprilCallWasInitiatedByRussia() {
		EventDetail call = this.events.findEvent("2025-04-27-rubio-lavrov-phone-call").orElseThrow();
		assertThat(call.initiator()).isEqualTo(Initiator.RUSSIA);
		assertThat(call.initiatorSource()).isNotNull();
	}

	@Test
	void theTenthOfJulyMeetingWasInKualaLumpur() {
		EventDetail meeting = this.events.findEvent("2025-07-10-rubio-lavrov-meeting-kuala-lumpur").orElseThrow();
		assertThat(meeting.type()).isEqualTo(EventType.MEETING);
		assertThat(meeting.place()).contains("Kuala Lumpur");
		assertThat(meeting.country()).isEqualTo("MY");
		assertThat(meeting.proposals()).extracting("slug").contains("lavrov-new-idea");
	}

	@Test
	void theRiyadhMeetingIncludedWaltzWitkoffAndUshakov() {
		EventDetail meeting = this.events.findEvent("2025-02-18-rubio-lavrov-meeting-riyadh").orElseThrow();
		assertThat(meeting.country()).isEqualTo("SA");
		assertThat(meeting.participants()).extracting(ParticipantView::slug)
			.contains("marco-rubio", "sergei-lavrov", "mike-waltz", "steve-witkoff", "yuri-ushakov");
	}

	@Test
	void everyEventHasASourceAndEveryFactCitesOne() {
		assertThat(this.jdbc
			.sql("select count(*) from event e where not exists"
					+ " (select 1 from event_source s where s.event_id = e.id)")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from actor_role where source_id is null").query(Long.class).single())
			.isZero();
		// V3's 19 events, V11's 45 and V18's call of 29 April 2026.
		assertThat(this.jdbc.sql("select count(*) from event").query(Long.class).single()).isEqualTo(65);
	}

	@Test
	void everySeedReportIsStoredWithItsFullText() throws IOException {
		Map<String, String> stored = this.jdbc
			.sql("select seed_file, archived_text from source where seed_file is not null")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(stored).containsOnlyKeys(SEED_FILES);
		Path seeds = Path.of("..", "shared", "seeds");
		if (Files.isDirectory(seeds)) {
			try (Stream<Path> files = Files.list(seeds)) {
				for (Path file : files.toList()) {
					assertThat(stored.get(file.getFileName().toString()))
						.isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
				}
			}
		}
		assertThat(stored.get(SEED_FILES.get(2))).contains("it’s a new idea or concept that I will bring back");
		assertThat(stored.get(SEED_FILES.get(3))).contains("The United States is serious about facilitating");
	}

	@Test
	void datesAreStoredOnlyAsPreciselyAsTheSourcesGiveThem() {
		// Seed report 000 gives no publication date; 001 was published on 16 March 2025.
		assertThat(this.jdbc.sql("select published_precision from source where seed_file = :file")
			.param("file", SEED_FILES.get(0))
			.query(String.class)
			.single()).isEqualTo("UNKNOWN");
		assertThat(this.jdbc.sql("select published_on::text from source where seed_file = :file")
			.param("file", SEED_FILES.get(1))
			.query(String.class)
			.single()).isEqualTo("2025-03-16");
		// Russia's conditions are dated to April 2025, the month, not an invented day.
		assertThat(this.jdbc.sql("select date_precision from proposal where slug = 'russias-conditions-for-peace'")
			.query(String.class)
			.single()).isEqualTo("MONTH");
	}

}
