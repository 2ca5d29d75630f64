package org.backchannel.web.event;

import org.backchannel.event.Readout;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.backchannel.testing.Browser;
import org.backchannel.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's pages in a real headless Chromium against the seeded app: one browser with
 * JavaScript (htmx) for the class, and one without, for the plain form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class TimelineBrowserIT {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static WebDriver browser;

	private static WebDriver noScript;

	@LocalServerPort
	int port;

	@BeforeAll
	static void openBrowsers(WebDriver shared) {
		browser = shared;
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--window-size=1280,1024");
		options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		noScript = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
					.usingAnyFreePort()
					.build(),
				options);
	}

	@AfterAll
	static void closeBrowserWithoutScript() {
		if (noScript != null) {
			noScript.quit();
		}
	}

	@Test
	void filteringByPhoneCallShowsOnlyCallsInPlace() {
		open("/");
		assertThat(browser.getTitle()).contains("Timeline");
		assertThat(entries(browser)).hasSizeGreaterThan(10);
		// A mark on the window survives an htmx swap but not a page load.
		((JavascriptExecutor) browser).executeScript("window.samePage = true;");

		browser.findElement(By.cssSelector("label[for='filter-type-PHONE_CALL']")).click();

		waitFor((driver) -> driver.getCurrentUrl().contains("type=PHONE_CALL"));
		waitFor((driver) -> entries(driver).stream()
			.allMatch((entry) -> "PHONE_CALL".equals(entry.getDomAttribute("data-type"))));
		long calls = apiTotal("type=PHONE_CALL");
		assertThat(entries(browser)).hasSize((int) Math.min(calls, EventController.PAGE_SIZE));
		assertThat(browser.findElement(By.id("result-count")).getText()).isEqualTo(calls + " events");
		// Swapped in place by htmx, not a new page; blank fields are left out of the URL.
		assertThat(browser.findElement(By.id("filters")).isDisplayed()).isTrue();
		assertThat(((JavascriptExecutor) browser).executeScript("return window.samePage === true;")).isEqualTo(true);
		assertThat(browser.getCurrentUrl()).endsWith("/?type=PHONE_CALL");

		browser.navigate().back();
		waitFor((driver) -> entries(driver).size() > 10);
	}

	@Test
	void searchingFindsEitherSpellingOfANameOrPlace() {
		List<String> sergey = search("Sergey Lavrov");
		assertThat(sergey).hasSizeGreaterThanOrEqualTo(13)
			.contains("2025-03-15-rubio-lavrov-phone-call", "2025-07-10-rubio-lavrov-meeting-kuala-lumpur");
		assertThat(entries(browser)).allSatisfy((entry) -> assertThat(entry.getText()).contains("Sergei Lavrov"));
		assertThat(search("Sergei Lavrov")).isEqualTo(sergey);

		List<String> kiev = search("Kiev");
		assertThat(kiev).isNotEmpty().isEqualTo(search("Kyiv"));
		assertThat(URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8)).endsWith("/?q=Kyiv");
	}

	@Test
	void whenTrumpAndPutinLastSpokeAndWhatEachSideSaidIsTwoClicksFromTheTimeline() {
		open("/");
		browser.findElement(By.id("channel-LEADERS")).click();
		waitFor((driver) -> driver.getCurrentUrl().endsWith("/?channel=LEADERS"));
		assertThat(entries(browser)).isNotEmpty()
			.allSatisfy((entry) -> assertThat(entry.findElement(By.className("event-channel")).getText())
				.isEqualTo("Leaders (Trump–Putin)"));
		entries(browser).get(0).findElement(By.cssSelector("h3 a")).click();
		waitFor((driver) -> driver.getCurrentUrl().endsWith("/events/2026-04-29-trump-putin-phone-call"));
		assertThat(browser.findElement(By.id("event-date")).getText()).isEqualTo("29 April 2026");
		assertThat(browser.findElement(By.cssSelector("#readouts [data-side='US']")).getText())
			.doesNotContain("No official readout");
		assertThat(browser.findElement(By.cssSelector("#readouts [data-side='RUSSIA']")).getText())
			.doesNotContain("No official readout");
	}

	@Test
	void theFifteenthOfMarchCallShowsBothReadoutsSideBySideAndItsSeedReports() {
		open("/?channel=MINISTERS&sort=date_asc");
		browser.findElement(By.cssSelector("a[href='/events/2025-03-15-rubio-lavrov-phone-call']")).click();
		waitFor((driver) -> driver.getCurrentUrl().endsWith("/events/2025-03-15-rubio-lavrov-phone-call"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rubio–Lavrov phone call");
		assertThat(browser.findElement(By.id("event-date")).getText()).isEqualTo("15 March 2025");

		WebElement us = browser.findElement(By.cssSelector("#readouts [data-side='US']"));
		WebElement russia = browser.findElement(By.cssSelector("#readouts [data-side='RUSSIA']"));
		assertThat(us.getText()).contains("Readout: United States", "US State Department");
		assertThat(russia.getText()).contains("Readout: Russia", "Russian Ministry of Foreign Affairs");
		assertThat(us.getLocation().getY()).isEqualTo(russia.getLocation().getY());
		assertThat(us.getLocation().getX()).isLessThan(russia.getLocation().getX());

		String sources = browser.findElement(By.id("sources")).getText();
		assertThat(sources).contains("Italian news site", "Thanh Niên", "Euromaidan Press")
			.doesNotContain("outlet not named");
		browser.findElement(By.xpath("//div[@id='sources']//li[contains(., 'Thanh Niên')]/a[text()='archived copy']"))
			.click();
		waitFor((driver) -> driver.getCurrentUrl().contains("/sources/"));
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("001_bed55c691b5d66ca.txt");
		assertThat(browser.findElement(By.id("archived-text")).getText()).contains("Lavrov");
	}

	@Test
	void lavrovsPageListsRubioAmongHisCounterparts() {
		open("/actors");
		browser.findElement(By.linkText("Sergei Lavrov")).click();
		waitFor((driver) -> driver.getCurrentUrl().endsWith("/actors/sergei-lavrov"));
		String counterparts = browser.findElement(By.id("counterparts")).getText();
		assertThat(counterparts).containsPattern("Marco Rubio \\(US\\) — 1\\d contacts");
		assertThat(browser.findElement(By.id("aliases")).getText()).contains("Sergey Lavrov");
	}

	@Test
	void theStatisticsChartsAreDrawnFromTheirDataBlocks() {
		open("/stats");
		waitFor((driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
			.executeScript("return typeof Chart !== 'undefined' && Chart.getChart('chart-months') !== undefined"
					+ " && Chart.getChart('chart-pairs') !== undefined")));
		assertThat(browser.findElement(By.id("table-pairs")).getText()).contains("Marco Rubio", "Sergei Lavrov");
	}

	@Test
	void theChartsHaveReadableAxesAndTheSameScaleOnAPhoneAndADesktop() {
		String scales = "var c = Chart.getChart(arguments[0]); var s = c.scales;"
				+ "return [s.y.max, s.y.ticks.length, s.x.labelRotation, Chart.defaults.font.size,"
				+ " Chart.defaults.color];";
		open("/stats");
		waitFor((driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
			.executeScript("return typeof Chart !== 'undefined' && Chart.getChart('chart-initiators') !== undefined")));
		List<?> desktopMonths = (List<?>) ((JavascriptExecutor) browser).executeScript(scales, "chart-months");
		List<?> desktopInitiators = (List<?>) ((JavascriptExecutor) browser).executeScript(scales, "chart-initiators");
		assertThat(((Number) desktopMonths.get(2)).doubleValue()).as("month labels are horizontal").isZero();
		assertThat(((Number) desktopMonths.get(3)).intValue()).as("axis text size").isGreaterThanOrEqualTo(12);
		assertThat(desktopMonths.get(4)).isEqualTo("#212529");
		assertThat(((Number) desktopInitiators.get(1)).intValue()).as("ticks on the 'who asked' axis")
			.isLessThanOrEqualTo(7);
		assertThat(browser.findElement(By.id("pairs-note")).getText()).contains("principals");

		Dimension desktop = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(new Dimension(375, 812));
			open("/stats");
			waitFor((driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
					"return typeof Chart !== 'undefined' && Chart.getChart('chart-initiators') !== undefined")));
			List<?> phoneMonths = (List<?>) ((JavascriptExecutor) browser).executeScript(scales, "chart-months");
			List<?> phoneInitiators = (List<?>) ((JavascriptExecutor) browser).executeScript(scales,
					"chart-initiators");
			assertThat(phoneMonths.get(0)).as("same scale").isEqualTo(desktopMonths.get(0));
			assertThat(phoneInitiators.get(0)).as("same scale").isEqualTo(desktopInitiators.get(0));
			assertThat(((Number) phoneMonths.get(2)).doubleValue()).isZero();
		}
		finally {
			browser.manage().window().setSize(desktop);
		}
	}

	@Test
	void theFiltersWorkWithoutJavaScript() {
		noScript.get(url("/"));
		noScript.findElement(By.cssSelector("label[for='filter-type-PHONE_CALL']")).click();
		noScript.findElement(By.id("filter-q")).sendKeys("Lavrov");
		noScript.findElement(By.cssSelector("#filters button[type='submit']")).click();
		new WebDriverWait(noScript, Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().contains("type=PHONE_CALL"));
		assertThat(noScript.getCurrentUrl()).contains("q=Lavrov");
		// The blank fields the plain form sent are gone from the address (a redirect).
		assertThat(noScript.getCurrentUrl()).doesNotContain("from=", "to=", "proposal=", "sort=");
		assertThat(entries(noScript))
			.hasSize((int) Math.min(apiTotal("type=PHONE_CALL&q=Lavrov"), EventController.PAGE_SIZE))
			.allSatisfy((entry) -> assertThat(entry.getDomAttribute("data-type")).isEqualTo("PHONE_CALL"));
		assertThat(noScript.findElement(By.id("filter-q")).getDomProperty("value")).isEqualTo("Lavrov");

		noScript.get(url("/?from=2025-13-45"));
		assertThat(noScript.findElement(By.id("error-from")).getText()).contains("must be a date");
	}

	@Test
	void theTimelineIsReadableOnAPhoneAndOnADesktop() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Dimension desktop = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(new Dimension(375, 812));
			open("/");
			Files.write(SCREENSHOTS.resolve("timeline-375.png"),
					((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
			long width = (Long) ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth;");
			assertThat(width).as("no horizontal scrolling on a phone").isLessThanOrEqualTo(375);
		}
		finally {
			browser.manage().window().setSize(desktop);
		}
		open("/");
		Files.write(SCREENSHOTS.resolve("timeline-desktop.png"),
				((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		assertThat(browser.findElement(By.id("filters")).getLocation().getX())
			.isLessThan(browser.findElement(By.id("results")).getLocation().getX());
	}

	@Test
	void onAPhoneTheEventsComeFirstAndTheFiltersWaitBehindAButtonThatCountsThem() {
		Dimension desktop = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(new Dimension(375, 812));
			open("/?type=PHONE_CALL&q=Lavrov");
			WebElement toggle = browser.findElement(By.id("filter-toggle"));
			assertThat(toggle.getText()).isEqualTo("Filters (2 active)");
			assertThat(browser.findElement(By.id("filter-q")).isDisplayed()).isFalse();
			long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerHeight;");
			// a filtered view on a phone opens at its count and first result (the header,
			// the
			// coverage and the channels above it are a scroll away)
			Number top = (Number) ((JavascriptExecutor) browser)
				.executeScript("return document.querySelector('.event-entry').getBoundingClientRect().top;");
			assertThat(top.longValue()).as("the first event on the screen").isBetween(0L, viewport);

			toggle.click();
			waitFor((driver) -> driver.findElement(By.id("filter-q")).isDisplayed());
		}
		finally {
			browser.manage().window().setSize(desktop);
		}
	}

	@Test
	void onADesktopTheFilterColumnStaysInViewAsTheEventsScroll() {
		open("/");
		assertThat(browser.findElement(By.id("filter-q")).isDisplayed()).isTrue();
		((JavascriptExecutor) browser).executeScript("window.scrollTo({top: 3000, behavior: 'instant'});");
		waitFor((driver) -> ((Number) ((JavascriptExecutor) driver).executeScript("return window.scrollY;"))
			.longValue() > 2000);
		Number top = (Number) ((JavascriptExecutor) browser)
			.executeScript("return document.getElementById('filter-panel').getBoundingClientRect().top;");
		assertThat(top.doubleValue()).isBetween(0.0, 100.0);
		assertThat(browser.findElement(By.id("filter-q")).isDisplayed()).isTrue();
	}

	private List<String> search(String text) {
		open("/");
		WebElement q = browser.findElement(By.id("filter-q"));
		q.sendKeys(text);
		waitFor((driver) -> URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8).contains("q=" + text));
		waitFor((driver) -> driver.findElements(By.cssSelector("#results[aria-busy]")).isEmpty());
		return entries(browser).stream()
			.map((entry) -> entry.findElement(By.cssSelector("h3 a")).getDomAttribute("href").replace("/events/", ""))
			.toList();
	}

	private static List<WebElement> entries(WebDriver driver) {
		return driver.findElements(By.cssSelector(".event-entry"));
	}

	/** How many events the API finds for a query: what the timeline should count. */
	private long apiTotal(String query) {
		return Http.json(
				Http.client(this.port).get().uri("/api/events?limit=1&" + query).exchange().returnResult(String.class))
			.get("total")
			.asLong();
	}

	private void open(String path) {
		browser.get(url(path));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition::apply);
	}

}
