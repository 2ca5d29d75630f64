package org.backchannel.web.watch;

import java.time.Duration;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.backchannel.testing.Browser;
import org.backchannel.testing.PageChecks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.web.AdminBrowserIT.click;

/**
 * Watched sources end to end in a real Chromium, the scheduler polling every second: an
 * admin adds two feeds; the State Department's readout of a recorded call appears as
 * "reports a recorded contact" and is attached in one click, then as the US side's
 * readout through its form; the Kremlin's readout of a call the record does not hold
 * (this test's database starts without V18's call of 29 April 2026) becomes a draft, is
 * published and shows on the timeline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=watch-browser", "backchannel.admin.username=chief",
				"backchannel.admin.password=browser-test-password", "backchannel.watch.polling-enabled=true",
				"backchannel.watch.tick=1s" })
@ExtendWith(Browser.class)
class QueueBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	MockWebServer feeds;

	@BeforeEach
	void start() throws Exception {
		this.feeds = new MockWebServer();
		this.feeds.setDispatcher(new Dispatcher() {

			@Override
			public MockResponse dispatch(RecordedRequest request) {
				String base = QueueBrowserIT.this.feeds.url("").toString().replaceAll("/$", "");
				String name = switch (request.getUrl().encodedPath()) {
					case "/state/feed" -> "state-department.xml";
					case "/kremlin/news.rss" -> "kremlin-news.xml";
					case "/kremlin/events/president/news/2026-04-29" -> "kremlin-news-2026-04-29.html";
					default -> null;
				};
				if (name == null) {
					return new MockResponse.Builder().code(404).build();
				}
				return new MockResponse.Builder().code(200)
					.setHeader("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8" : "application/xml")
					.body(QueueAdminTests.resource(name).replace("{base}", base))
					.build();
			}

		});
		this.feeds.start(java.net.InetAddress.getLoopbackAddress(), 0);
		// the record as it was before V18: the call of 29 April 2026 is not in it
		this.jdbc.sql("delete from event where slug = '2026-04-29-trump-putin-phone-call'").update();
	}

	@AfterEach
	void stop() {
		this.feeds.close();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void anAdminWatchesTwoFeedsAttachesOneReadoutAndPublishesTheOtherAsANewContact(WebDriver browser) throws Exception {
		browser.get(url("/login?from=/admin/sources/watched"));
		browser.findElement(By.id("username")).sendKeys("chief");
		browser.findElement(By.id("password")).sendKeys("browser-test-password");
		click(browser, By.id("login-submit"));
		assertThat(browser.findElement(By.id("no-watched-sources")).getText()).isEqualTo("No source is watched yet.");

		watch(browser, "State Department readouts", "/state/feed", "US_GOVERNMENT");
		watch(browser, "Kremlin (English)", "/kremlin/news.rss", "RUSSIAN_GOVERNMENT");

		// within a tick or two both are read and their items wait in the queue
		WebElement recorded = null;
		WebElement fresh = null;
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (recorded == null || fresh == null) {
			assertThat(System.nanoTime()).as("both feeds read within a minute").isLessThan(deadline);
			Thread.sleep(500);
			browser.get(url("/admin/queue"));
			recorded = item(browser, "Secretary Rubio’s Call with Russian Foreign Minister Lavrov");
			fresh = item(browser, "Telephone conversation with President of the United States Donald Trump");
		}
		assertThat(browser.findElement(By.id("queue-waiting")).getText()).startsWith("2");
		assertThat(recorded.findElement(By.cssSelector(".state")).getText()).isEqualTo("Reports a recorded contact");
		assertThat(recorded.findElement(By.cssSelector(".matched-event")).getText())
			.isEqualTo("2025-04-27-rubio-lavrov-phone-call");
		assertThat(fresh.findElement(By.cssSelector(".state")).getText()).isEqualTo("New contact?");

		// one click: the State Department's readout becomes a source of the recorded call
		String recordedId = recorded.getDomAttribute("id");
		click(browser, By.cssSelector("#" + recordedId + " button.attach"));
		assertThat(browser.findElement(By.id("flash-message")).getText()).contains("Added",
				"2025-04-27-rubio-lavrov-phone-call");
		browser.get(url("/events/2025-04-27-rubio-lavrov-phone-call"));
		assertThat(browser.getPageSource()).contains("Secretary Rubio’s Call with Russian Foreign Minister Lavrov");

		// or as the US side's readout: undone, then attached through its form, filled in
		// from the feed, it stands in the US column of the event's page
		browser.get(url("/admin/queue"));
		click(browser, By.cssSelector("#" + recordedId + " button.undo"));
		click(browser, By.cssSelector("#" + recordedId + " a.readout"));
		// the form is as accessible and valid as every other admin page
		assertThat(PageChecks.axeViolations(browser)).isEmpty();
		// the DOM as the browser holds it, which has no doctype of its own
		assertThat(PageChecks.htmlErrors("<!DOCTYPE html>" + browser.getPageSource())).isEmpty();
		assertThat(new Select(browser.findElement(By.id("side"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("US");
		assertThat(browser.findElement(By.id("slug")).getDomProperty("value"))
			.isEqualTo("2025-04-27-rubio-lavrov-phone-call");
		new Select(browser.findElement(By.id("issuer"))).selectByValue("us-state-department");
		WebElement summary = browser.findElement(By.id("summary"));
		summary.clear();
		summary.sendKeys("Rubio and Lavrov discussed the next steps after Witkoff's visit (read from the feed).");
		click(browser, By.id("attach-readout"));
		assertThat(browser.getCurrentUrl()).endsWith("/events/2025-04-27-rubio-lavrov-phone-call");
		assertThat(browser.findElement(By.id("flash-message")).getText()).contains("the US side's readout");
		assertThat(browser.findElement(By.cssSelector(".readout-column.side-US")).getText())
			.contains("(read from the feed)");

		// the Kremlin's readout: the event form, filled in from it, saved, published
		browser.get(url("/admin/queue"));
		fresh = item(browser, "Telephone conversation with President of the United States Donald Trump");
		click(browser, By.cssSelector("#" + fresh.getDomAttribute("id") + " button.draft"));
		assertThat(browser.findElement(By.id("date")).getDomProperty("value")).isEqualTo("2026-04-29");
		assertThat(new Select(browser.findElement(By.id("type"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("PHONE_CALL");
		assertThat(browser.findElements(By.cssSelector("#event-sources .event-source"))).hasSize(1);
		click(browser, By.id("save-event"));
		assertThat(browser.findElement(By.id("flash-message")).getText()).contains("draft");
		String slug = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
		click(browser, By.id("publish-event"));
		assertThat(browser.getCurrentUrl()).endsWith("/events/" + slug);
		browser.get(url("/"));
		assertThat(browser.findElements(By.cssSelector("a[href='/events/" + slug + "']"))).isNotEmpty();
	}

	private void watch(WebDriver browser, String name, String path, String voice) {
		browser.get(url("/admin/sources/watched/new"));
		browser.findElement(By.id("feedUrl")).sendKeys(this.feeds.url(path).toString());
		browser.findElement(By.id("name")).sendKeys(name);
		new Select(browser.findElement(By.id("voice"))).selectByValue(voice);
		click(browser, By.id("save-watched-source"));
		assertThat(browser.findElement(By.id("flash-message")).getText()).contains("Watching “" + name + "”");
	}

	private static WebElement item(WebDriver browser, String title) {
		return browser.findElements(By.cssSelector("li.queue-item"))
			.stream()
			.filter((li) -> li.findElement(By.cssSelector("h2")).getText().contains(title))
			.findFirst()
			.orElse(null);
	}

}
