package org.backchannel.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.backchannel.BackchannelApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances on one PostgreSQL, both polling every second: each watched feed is
 * read by one of them at a time and each item is queued exactly once; a restart reads
 * nothing twice.
 */
class TwoInstancesPollingIT {

	@TempDir
	Path directory;

	@Test
	void twoInstancesPollingTheSameFeedsQueueEveryItemOnce() throws Exception {
		try (EmbeddedPostgres database = EmbeddedPostgres.builder()
			.setDataDirectory(this.directory.resolve("pg"))
			.setCleanDataDirectory(true)
			.start(); FeedServer server = new FeedServer()) {
			server.route("/wire/world.atom", (r) -> FeedServer.ok(server.resource("wire.atom"), "application/atom+xml"))
				.route("/state/feed",
						(r) -> FeedServer.ok(server.resource("state-department.xml"), "application/rss+xml"))
				.route("/kremlin/news.rss",
						(r) -> FeedServer.ok(server.resource("kremlin-news.xml"), "application/rss+xml"))
				.route("/kremlin/events/president/news/2026-04-29",
						(r) -> FeedServer.ok(server.resource("kremlin-news-2026-04-29.html"), "text/html"));
			String url = database.getJdbcUrl("postgres", "postgres");
			CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> start(url));
			CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> start(url));
			JdbcClient jdbc = JdbcClient.create(database.getPostgresDatabase());
			try (ConfigurableApplicationContext one = first.get(); ConfigurableApplicationContext two = second.get()) {
				for (String path : List.of("/wire/world.atom", "/state/feed", "/kremlin/news.rss")) {
					jdbc.sql(
							"insert into watched_source (name, feed_url, voice, language) values (:name, :url, 'AGGREGATOR', 'en')")
						.param("name", "Feed " + path)
						.param("url", server.url(path))
						.update();
				}
				waitFor(() -> jdbc.sql("select count(*) from watched_source where last_success_at is null")
					.query(Long.class)
					.single() == 0);
				// give both schedulers a few more ticks: nothing is due, nothing is read
				// again
				Thread.sleep(3000);
				assertThat(server.requests("/wire/world.atom")).hasSize(1);
				assertThat(server.requests("/state/feed")).hasSize(1);
				assertThat(server.requests("/kremlin/news.rss")).hasSize(1);
				assertThat(jdbc.sql("select count(*) from feed_item").query(Long.class).single()).isEqualTo(4);
				assertThat(jdbc.sql("select sum(items_queued) from watched_source").query(Long.class).single())
					.isEqualTo(4);
			}
			// a restart, with every source due again: the items are read again, and none
			// is queued twice
			jdbc.sql("update watched_source set next_poll_at = now()").update();
			try (ConfigurableApplicationContext again = start(url)) {
				waitFor(() -> jdbc.sql("select count(*) from watched_source where next_poll_at <= now()")
					.query(Long.class)
					.single() == 0);
				assertThat(server.requests("/wire/world.atom")).hasSize(2);
				assertThat(jdbc.sql("select count(*) from feed_item").query(Long.class).single()).isEqualTo(4);
				assertThat(jdbc.sql("select count(*) from feed_item where edited").query(Long.class).single()).isZero();
			}
		}
	}

	private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waited a minute").isBefore(deadline);
			Thread.sleep(200);
		}
	}

	/**
	 * One instance polling every second (see TwoInstancesIT on the logging set-up).
	 */
	private static ConfigurableApplicationContext start(String url) {
		SpringApplication app = new SpringApplication(BackchannelApplication.class);
		app.setListeners(app.getListeners()
			.stream()
			.filter((listener) -> !(listener instanceof LoggingApplicationListener))
			.toList());
		return app.run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--backchannel.admin.username=duo",
				"--backchannel.admin.password=two-of-a-kind-for-tests", "--backchannel.watch.polling-enabled=true",
				"--backchannel.watch.tick=1s");
	}

}
