package org.backchannel.web;

import org.backchannel.event.Channel;
import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventDataBuilder;
import org.backchannel.event.EventWriteService;
import org.backchannel.event.SavedEvent;
import org.backchannel.model.ChangeAuthor;
import org.backchannel.testing.TestAdmin;
import org.backchannel.testing.Browser;
import org.backchannel.testing.PageChecks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public and admin page in a real Chromium at a phone's 375 px and a desktop's 1280
 * px: nothing scrolls sideways, one account block and no duplicate ids, zero axe-core
 * WCAG A/AA violations, and the served HTML has zero errors in the Nu HTML checker. One
 * browser for the class: first as a reader, then signed in as an admin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "backchannel.test-context=page-quality")
@ExtendWith(Browser.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageQualityBrowserIT {

	/**
	 * Contacts that did not take place, in each status: the seed has cancelled and
	 * postponed ones, and the class adds a planned one ({@link #recordAPlannedContact}).
	 */
	static final String NOT_HELD = "contact_status=PLANNED&contact_status=CANCELLED&contact_status=POSTPONED";

	/**
	 * Every page, and every surface that lists contacts in every status and channel: the
	 * timeline (oldest and newest first, not held, a search), the embed, an actor's and a
	 * proposal's page.
	 */
	static final List<String> PUBLIC_PAGES = List.of("/", "/?type=PHONE_CALL&direct=true",
			"/?confirmation=BOTH_GOVERNMENTS", "/?" + NOT_HELD, "/?sort=date_asc", "/?q=Budapest",
			"/events/2025-03-15-rubio-lavrov-phone-call", "/events/2025-10-22-trump-putin-summit-budapest", "/actors",
			"/actors/sergei-lavrov", "/actors/donald-trump", "/proposals", "/proposals/30-day-ceasefire",
			"/proposals/budapest-summit", "/sources/1", "/stats", "/login", "/events/no-such-event",
			"/embed?type=PHONE_CALL", "/embed?" + NOT_HELD);

	/** Where each status must be seen, legibly, on every listing surface. */
	static final List<String> LISTINGS = List.of("/?" + NOT_HELD, "/?q=Budapest", "/embed?" + NOT_HELD,
			"/actors/donald-trump", "/proposals/budapest-summit", "/?channel=LEADERS");

	static final String PLANNED = "2026-03-27-test-planned-trump-putin-call";

	static final List<String> ADMIN_PAGES = List.of("/admin", "/admin/events/new",
			"/admin/events/2025-03-15-rubio-lavrov-phone-call", "/admin/events/2025-03-15-rubio-lavrov-phone-call/edit",
			"/admin/events/2025-03-15-rubio-lavrov-phone-call/history", "/admin/actors", "/admin/actors/new",
			"/admin/actors/sergei-lavrov/edit", "/admin/proposals", "/admin/proposals/new",
			"/admin/proposals/30-day-ceasefire/edit", "/admin/sources", "/admin/sources/new", "/admin/sources/1/edit",
			"/admin/users", "/admin/users/" + TestAdmin.USERNAME + "/password", "/admin/queue",
			"/admin/sources/watched", "/admin/sources/watched/new");

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	EventWriteService writes;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void openBrowser(WebDriver shared) {
		browser = shared;
	}

	/** The seed has no planned contact: a leaders' call announced and not yet held. */
	@BeforeEach
	void recordAPlannedContact() {
		if (this.jdbc.sql("select count(*) from event where slug = ?").param(PLANNED).query(Long.class).single() > 0) {
			return;
		}
		ChangeAuthor admin = new ChangeAuthor("checker", true);
		long source = this.jdbc.sql("select id from source where seed_file = '003_56f64484c723aef1.txt'")
			.query(Long.class)
			.single();
		SavedEvent draft = this.writes.create(EventDataBuilder.aPhoneCall()
			.slug(PLANNED)
			.title("Test: Trump–Putin phone call announced")
			.on("2026-03-27")
			.channel(Channel.LEADERS, ContactStatus.PLANNED)
			.principals("donald-trump", "vladimir-putin")
			.proposals("budapest-summit")
			.sources(source)
			.build(), admin);
		this.writes.publish(draft.slug(), draft.version(), admin);
	}

	@Test
	@Order(1)
	void noPublicPageScrollsSidewaysOnAPhoneAndEachHasOneAccountBlock() {
		assertThat(layoutProblems(PUBLIC_PAGES)).isEmpty();
	}

	@Test
	@Order(2)
	void everyPublicPagePassesAxeWcagRulesOnAPhoneAndADesktop() {
		assertThat(axeProblems(PUBLIC_PAGES)).isEmpty();
	}

	@Test
	@Order(3)
	void everyPublicPageIsValidHtml() {
		assertThat(htmlProblems(PUBLIC_PAGES)).isEmpty();
	}

	@Test
	@Order(4)
	void noAdminPageScrollsSidewaysOnAPhoneAndEachHasOneAccountBlock() {
		signIn();
		assertThat(layoutProblems(ADMIN_PAGES)).isEmpty();
	}

	@Test
	@Order(5)
	void everyAdminPagePassesAxeWcagRulesOnAPhoneAndADesktop() {
		signIn();
		assertThat(axeProblems(ADMIN_PAGES)).isEmpty();
	}

	@Test
	@Order(6)
	void everyAdminPageIsValidHtml() {
		signIn();
		assertThat(htmlProblems(ADMIN_PAGES)).isEmpty();
	}

	@Test
	@Order(7)
	void onAPhoneTheAdminLinksAreOneMenuBehindOneButtonThatTheKeyboardOpens() {
		signIn();
		browser.manage().window().setSize(PageChecks.PHONE);
		try {
			open("/admin");
			assertThat(browser.findElements(By.cssSelector(".navbar-toggler"))).filteredOn(WebElement::isDisplayed)
				.extracting(WebElement::getText)
				.containsExactly("Menu");
			WebElement button = browser.findElement(By.cssSelector("[data-bs-target='#main-menu']"));
			assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
			button.sendKeys(Keys.ENTER); // the keyboard: focus the button, press Enter
			new WebDriverWait(browser, Duration.ofSeconds(5)).until(
					(driver) -> driver.findElement(By.cssSelector("#main-menu a[href='/admin/users']")).isDisplayed());
			assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
			assertThat(browser.findElement(By.cssSelector("#main-menu ul[aria-labelledby='menu-admin']")).getText())
				.contains("New event", "Sources", "Review queue", "Users");
			assertThat(PageChecks.sidewaysOverflow(browser)).as("the open menu reflows at 375 px").isZero();
		}
		finally {
			browser.manage().window().setSize(PageChecks.DESKTOP);
		}
		open("/admin"); // a desktop: the admin bar, and no admin group in the main menu
		assertThat(browser.findElement(By.cssSelector("#admin-menu a[href='/admin/users']")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.cssSelector(".menu-admin-group")).isDisplayed()).isFalse();
	}

	@Test
	@Order(8)
	void everyFocusableElementOfTheTimelineAndTheEventFormShowsWhereTheFocusIs() {
		signIn();
		for (Dimension size : List.of(PageChecks.PHONE, PageChecks.DESKTOP)) {
			browser.manage().window().setSize(size);
			for (String page : List.of("/", "/admin/events/new")) {
				open(page);
				PageChecks.FocusWalk walk = PageChecks.keyboardWalk(browser);
				assertThat(walk.visited()).as("focusable elements reached on " + page).isGreaterThan(5);
				List<String> unmarked = walk.unmarked();
				if (!unmarked.isEmpty()) {
					PageChecks.keepScreenshot(browser, "focus-" + size.getWidth() + page);
				}
				assertThat(unmarked).as(page + " at " + size.getWidth() + " px").isEmpty();
			}
		}
		browser.manage().window().setSize(PageChecks.DESKTOP);
	}

	@Test
	@Order(9)
	void everyStatusIsVisibleWithEnoughContrastOnEverySurfaceThatListsContacts() {
		for (Dimension size : List.of(PageChecks.PHONE, PageChecks.DESKTOP)) {
			browser.manage().window().setSize(size);
			for (String page : LISTINGS) {
				open(page);
				List<Map<String, Object>> badges = new ArrayList<>(PageChecks.statusBadges(browser));
				assertThat(badges).as(page).isNotEmpty();
				List<Map<String, Object>> levels = PageChecks.confirmationBadges(browser);
				assertThat(levels).as(page + ": confirmation levels").isNotEmpty();
				badges.addAll(levels);
				assertThat(badges).as(page + " at " + size.getWidth() + " px").allSatisfy((badge) -> {
					assertThat(badge.get("visible")).as(badge.get("text") + " is shown").isEqualTo(true);
					assertThat(((Number) badge.get("contrast")).doubleValue()).as(badge.get("text") + " contrast")
						.isGreaterThanOrEqualTo(4.5);
				});
			}
		}
		browser.manage().window().setSize(PageChecks.DESKTOP);
		open("/?" + NOT_HELD);
		assertThat(PageChecks.statusBadges(browser)).extracting((badge) -> badge.get("text"))
			.contains("Planned: not yet held", "Cancelled: did not take place",
					"Postponed: did not take place as planned");
		open("/embed?" + NOT_HELD);
		assertThat(PageChecks.statusBadges(browser)).extracting((badge) -> badge.get("text"))
			.contains("Planned: not yet held", "Cancelled: did not take place",
					"Postponed: did not take place as planned");
		assertThat(PageChecks.confirmationBadges(browser)).extracting((badge) -> badge.get("text"))
			.contains("Not held: planned", "Not held: cancelled");
		open("/embed?type=PHONE_CALL");
		assertThat(PageChecks.confirmationBadges(browser)).extracting((badge) -> badge.get("text"))
			.contains("Confirmed by both governments", "Reported by media only");
		open("/actors/donald-trump");
		assertThat(PageChecks.statusBadges(browser)).extracting((badge) -> badge.get("text"))
			.contains("Held", "Planned: not yet held", "Cancelled: did not take place");
	}

	@Test
	@Order(10)
	void everyChannelIsNamedOnTheCardsOfItsContacts() {
		for (Channel channel : Channel.values()) {
			open("/?channel=" + channel);
			List<WebElement> labels = browser.findElements(By.cssSelector(".event-entry .event-channel"));
			assertThat(labels).as(channel.name()).isNotEmpty().allSatisfy((label) -> {
				assertThat(label.isDisplayed()).isTrue();
				assertThat(label.getText()).isNotBlank();
			});
		}
	}

	private List<String> layoutProblems(List<String> pages) {
		List<String> problems = new ArrayList<>();
		browser.manage().window().setSize(PageChecks.PHONE);
		try {
			for (String page : pages) {
				open(page);
				long overflow = PageChecks.sidewaysOverflow(browser);
				if (overflow > 0) {
					problems.add(page + " scrolls sideways by " + overflow + " px: "
							+ PageChecks.overflowingElements(browser));
					PageChecks.keepScreenshot(browser, "overflow-375" + page);
				}
				Object duplicates = ((JavascriptExecutor) browser).executeScript(
						"var seen = {}, dup = [];" + "document.querySelectorAll('[id]').forEach(function (e) {"
								+ "  if (seen[e.id]) { dup.push(e.id); } seen[e.id] = true; });" + "return dup;");
				if (!((List<?>) duplicates).isEmpty()) {
					problems.add(page + " repeats ids " + duplicates);
				}
				int accounts = browser.findElements(By.cssSelector(".account")).size();
				// The embed, inside another site's page, has no menus and no account
				// block.
				if (accounts != (page.startsWith("/embed") ? 0 : 1)) {
					problems.add(page + " has " + accounts + " account blocks");
				}
				int flashes = browser.findElements(By.cssSelector("[id=flash-message]")).size();
				if (flashes > 1) {
					problems.add(page + " shows " + flashes + " flash messages");
				}
			}
		}
		finally {
			browser.manage().window().setSize(PageChecks.DESKTOP);
		}
		return problems;
	}

	private List<String> axeProblems(List<String> pages) {
		List<String> problems = new ArrayList<>();
		for (Dimension size : List.of(PageChecks.PHONE, PageChecks.DESKTOP)) {
			browser.manage().window().setSize(size);
			for (String page : pages) {
				open(page);
				List<String> violations = PageChecks.axeViolations(browser);
				if (!violations.isEmpty()) {
					problems.add(page + " at " + size.getWidth() + " px: " + violations);
					PageChecks.keepScreenshot(browser, "axe-" + size.getWidth() + page);
				}
			}
		}
		browser.manage().window().setSize(PageChecks.DESKTOP);
		return problems;
	}

	/**
	 * The HTML as served (fetched by the browser, with its session, one after the other
	 * from the first page), not the live DOM.
	 */
	@SuppressWarnings("unchecked")
	private List<String> htmlProblems(List<String> pages) {
		open(pages.get(0));
		List<String> served = (List<String>) ((JavascriptExecutor) browser)
			.executeAsyncScript("var done = arguments[arguments.length - 1];"
					+ "arguments[0].reduce(function (texts, page) { return texts.then(function (list) {"
					+ " return fetch(page).then(function (r) { return r.text(); })"
					+ ".then(function (text) { return list.concat([text]); }); }); }, Promise.resolve([]))"
					+ ".then(done);", pages);
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			String page = pages.get(i);
			String html = served.get(i);
			List<String> errors = PageChecks.htmlErrors(html);
			if (!errors.isEmpty()) {
				problems.add(page + ": " + errors);
			}
			// the templates' notes are for their readers, not shipped in every page
			if (html.contains("<!--")) {
				problems.add(page + " ships an HTML comment");
			}
		}
		return problems;
	}

	private void signIn() {
		open("/admin");
		if (!browser.getCurrentUrl().contains("/login")) {
			return;
		}
		browser.findElement(By.id("username")).sendKeys(TestAdmin.USERNAME);
		browser.findElement(By.id("password")).sendKeys(TestAdmin.PASSWORD);
		browser.findElement(By.id("login-submit")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until((driver) -> driver.getCurrentUrl().contains("/admin") && !driver.getCurrentUrl().contains("/login"));
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
