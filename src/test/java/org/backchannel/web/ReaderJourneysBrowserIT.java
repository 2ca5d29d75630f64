package org.backchannel.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.backchannel.testing.Browser;
import org.backchannel.testing.PageChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three journeys of issue 27, at a phone's 375 px and a desktop's 1280 px, asserting
 * what each user sees: a journalist searching from the header, an analyst taking a
 * filtered view away as data, an editor turning a report into a draft.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backchannel.test-context=journeys", "backchannel.admin.username=editor-in-chief",
				"backchannel.admin.password=journeys-test-password" })
@ExtendWith(Browser.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReaderJourneysBrowserIT {

	static final List<Dimension> SIZES = List.of(PageChecks.PHONE, PageChecks.DESKTOP);

	static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void openBrowser(WebDriver shared) {
		browser = shared;
	}

	@Test
	@Order(1)
	void aJournalistSearchesFromTheHeaderAndSeesTheFirstResultAndThatTheSummitWasCalledOff() {
		for (Dimension size : SIZES) {
			browser.manage().window().setSize(size);
			open("/actors/sergei-lavrov");
			WebElement search = browser.findElement(By.id("header-q"));
			assertThat(search.isDisplayed()).as("the header's search box at " + size.getWidth() + " px").isTrue();
			search.sendKeys("Budapest", Keys.ENTER);
			waitFor((driver) -> URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8)
				.contains("q=Budapest"));
			waitFor((driver) -> inView(By.id("result-count")));
			assertThat(inView(By.id("result-count"))).as("the count in view at " + size.getWidth() + " px").isTrue();
			assertThat(top(By.cssSelector(".event-entry"))).as("the first result on screen")
				.isLessThan(viewportHeight());
			WebElement summit = browser.findElement(
					By.cssSelector(".event-entry:has(a[href='/events/2025-10-22-trump-putin-summit-budapest'])"));
			WebElement badge = summit.findElement(By.cssSelector(".contact-status"));
			assertThat(badge.isDisplayed()).isTrue();
			assertThat(badge.getText()).isEqualTo("Cancelled: did not take place");
			assertThat(PageChecks.statusBadges(browser)).allSatisfy(
					(shown) -> assertThat(((Number) shown.get("contrast")).doubleValue()).isGreaterThanOrEqualTo(4.5));
		}
		browser.manage().window().setSize(PageChecks.DESKTOP);
	}

	@Test
	@Order(2)
	void anAnalystSeesHowCurrentTheRecordIsAndTakesTheLeadersViewAwayAsData() {
		for (Dimension size : SIZES) {
			browser.manage().window().setSize(size);
			open("/");
			WebElement coverage = browser.findElement(By.id("coverage"));
			assertThat(coverage.isDisplayed()).isTrue();
			assertThat(coverage.getText())
				.contains("Contacts from February 2025 to April 2026; last checked 30 November 2026.");
			browser.findElement(By.id("channel-LEADERS")).click();
			waitFor((driver) -> driver.getCurrentUrl().contains("channel=LEADERS")
					&& driver.findElement(By.id("export-csv")).getDomAttribute("href").contains("channel=LEADERS"));
			assertThat(browser.findElement(By.id("channel-LEADERS")).getDomAttribute("aria-current")).isEqualTo("page");
			for (String link : List.of("export-csv", "export-json", "export-calendar", "export-feed")) {
				WebElement export = browser.findElement(By.id(link));
				assertThat(export.isDisplayed()).as(link + " at " + size.getWidth() + " px").isTrue();
				assertThat(export.getDomAttribute("href")).as(link).endsWith("?channel=LEADERS");
			}
			String calendar = fetch(browser.findElement(By.id("export-calendar")).getDomAttribute("href"));
			assertThat(calendar.replace("\r\n ", ""))
				.contains("X-WR-CALNAME:Backchannel: US–Russia contacts — Leaders (Trump–Putin)");
			String feed = fetch(browser.findElement(By.id("export-feed")).getDomAttribute("href"));
			assertThat(feed)
				.contains("<title>Backchannel: US–Russia diplomatic contacts — Leaders (Trump–Putin)</title>")
				.contains("Contacts from February 2025 to April 2026");
		}
		browser.manage().window().setSize(PageChecks.DESKTOP);
	}

	@Test
	@Order(3)
	void anEditorKeepsTheReportBesideTheDraftAndFindsEditAndHistoryOnPublicPages() throws Exception {
		signIn();
		for (Dimension size : SIZES) {
			browser.manage().window().setSize(size);
			open("/events/2025-03-15-rubio-lavrov-phone-call");
			assertThat(browser.findElement(By.id("edit-record")).isDisplayed()).isTrue();
			assertThat(browser.findElement(By.id("edit-record")).getDomAttribute("href"))
				.isEqualTo("/admin/events/2025-03-15-rubio-lavrov-phone-call/edit");
			assertThat(browser.findElement(By.id("record-history")).getDomAttribute("href"))
				.isEqualTo("/admin/events/2025-03-15-rubio-lavrov-phone-call/history");
			open("/actors/sergei-lavrov");
			assertThat(browser.findElement(By.id("edit-record")).getDomAttribute("href"))
				.isEqualTo("/admin/actors/sergei-lavrov/edit");
		}
		browser.manage().window().setSize(PageChecks.DESKTOP);

		String report = new String(new ClassPathResource("drafts/seed-001.txt").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8);
		open("/admin/events/from-report");
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
				browser.findElement(By.id("report-text")), report);
		browser.findElement(By.id("report-published")).sendKeys("2025-03-16");
		browser.findElement(By.id("report-outlet")).sendKeys("Journeys test outlet");
		// Both buttons submit a form: wait for the next page each time (reading the
		// report may take a moment on a loaded machine).
		AdminBrowserIT.click(browser, By.id("read-report"));
		AdminBrowserIT.click(browser, By.id("accept-proposal"));
		waitFor((driver) -> !driver.findElements(By.id("draft-report")).isEmpty());
		WebElement text = browser.findElement(By.id("draft-report-text"));
		assertThat(text.isDisplayed()).isTrue();
		assertThat(text.getText()).contains("March 15");

		// a row added: the report is still beside the form, and the page stays at the
		// rows
		browser.findElement(By.id("add-participant")).click();
		waitFor((driver) -> driver.getCurrentUrl().endsWith("#participants"));
		assertThat(browser.findElement(By.id("draft-report-text")).getText()).contains("March 15");
		assertThat(top(By.id("participants"))).as("the participants in view").isBetween(-5L, viewportHeight());
	}

	@Test
	@Order(4)
	void anEditorFindsDraftsInThePagedListAndDeletingAsksFirst() {
		signIn();
		open("/admin?status=DRAFT");
		assertThat(browser.findElements(By.cssSelector("#admin-events tbody tr")))
			.allSatisfy((row) -> assertThat(row.getText()).contains("Draft"));
		open("/admin?q=budapest");
		assertThat(browser.findElements(By.cssSelector("#admin-events tbody tr"))).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.getText().toLowerCase()).contains("budapest"));

		open("/admin/events/2025-03-15-rubio-lavrov-phone-call");
		browser.findElement(By.id("delete-event")).click();
		waitFor((driver) -> driver.getCurrentUrl().endsWith("/delete"));
		assertThat(browser.findElement(By.id("delete-question")).getText())
			.isEqualTo("Delete “Rubio–Lavrov phone call”?");
		browser.findElement(By.id("cancel-delete")).click();
		waitFor((driver) -> driver.getCurrentUrl().endsWith("/admin/events/2025-03-15-rubio-lavrov-phone-call"));
		open("/events/2025-03-15-rubio-lavrov-phone-call");
		assertThat(browser.getTitle()).contains("Rubio–Lavrov phone call");
	}

	private void signIn() {
		open("/admin");
		if (!browser.getCurrentUrl().contains("/login")) {
			return;
		}
		browser.findElement(By.id("username")).sendKeys("editor-in-chief");
		browser.findElement(By.id("password")).sendKeys("journeys-test-password");
		browser.findElement(By.id("login-submit")).click();
		waitFor((driver) -> !driver.getCurrentUrl().contains("/login"));
	}

	private boolean inView(By element) {
		Object shown = ((JavascriptExecutor) browser).executeScript("var r = arguments[0].getBoundingClientRect();"
				// a scroll lands on a fraction of a pixel
				+ "return r.top >= -2 && r.bottom <= window.innerHeight + 2;", browser.findElement(element));
		return Boolean.TRUE.equals(shown);
	}

	private long top(By element) {
		return ((Number) ((JavascriptExecutor) browser).executeScript(
				"return Math.round(arguments[0].getBoundingClientRect().top);", browser.findElement(element)))
			.longValue();
	}

	private long viewportHeight() {
		return ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight;")).longValue();
	}

	private String fetch(String path) {
		return (String) ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
				+ "fetch(arguments[0]).then(function (r) { return r.text(); }).then(done);", path);
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
	}

}
