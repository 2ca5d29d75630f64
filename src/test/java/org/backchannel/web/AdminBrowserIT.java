package org.backchannel.web;

import java.time.Duration;

import tools.jackson.databind.JsonNode;

import org.backchannel.testing.TestAdmin;
import org.backchannel.testing.Browser;
import org.backchannel.testing.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's whole round in a real Chromium, under the app's Content-Security-Policy:
 * sign in, create an event with two participants, a readout and a source, publish it,
 * find it on the timeline and in the API, edit it, restore the first revision.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "backchannel.test-context=admin-browser")
@ExtendWith(Browser.class)
public class AdminBrowserIT {

	static final String SLUG = "2026-09-01-browser-made-call";

	@LocalServerPort
	int port;

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void anAdminCreatesPublishesEditsAndRestoresAnEvent(WebDriver browser) {
		// Signing in from an event page comes back to it.
		browser.get(url("/login?from=/events/2025-03-15-rubio-lavrov-phone-call"));
		browser.findElement(By.id("username")).sendKeys(TestAdmin.USERNAME);
		browser.findElement(By.id("password")).sendKeys(TestAdmin.PASSWORD);
		click(browser, By.id("login-submit"));
		assertThat(browser.getCurrentUrl()).endsWith("/events/2025-03-15-rubio-lavrov-phone-call");

		browser.get(url("/admin/events/new"));
		browser.findElement(By.id("title")).sendKeys("Browser-made call");
		browser.findElement(By.id("date")).sendKeys("2026-09-01");
		browser.findElement(By.id("summary")).sendKeys("Rubio and Lavrov spoke about next steps.");
		new Select(browser.findElement(By.id("participant-0-actor"))).selectByValue("marco-rubio");
		new Select(browser.findElement(By.id("participant-1-actor"))).selectByValue("sergei-lavrov");
		click(browser, By.id("add-readout"));

		// The form came back with a readout row, the input kept.
		assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo("Browser-made call");
		new Select(browser.findElement(By.id("readout-0-side"))).selectByValue("US");
		new Select(browser.findElement(By.id("readout-0-issuer"))).selectByValue("marco-rubio");
		browser.findElement(By.id("readout-0-summary")).sendKeys("Discussed next steps toward ending the war.");
		browser.findElement(By.id("readout-0-newQuote")).sendKeys("end the war now");
		Select readoutSource = new Select(browser.findElement(By.id("readout-0-source")));
		readoutSource.selectByIndex(1);
		String sourceId = readoutSource.getFirstSelectedOption().getDomAttribute("value");
		new Select(browser.findElement(By.id("pickSource"))).selectByValue(sourceId);
		click(browser, By.id("add-source"));
		assertThat(browser.findElements(By.cssSelector("#event-sources .event-source"))).hasSize(1);
		click(browser, By.id("save-event"));

		// A draft: previewed in the admin area, not yet public.
		assertThat(browser.getCurrentUrl()).endsWith("/admin/events/" + SLUG);
		assertThat(browser.findElement(By.id("flash-message")).getText()).contains("draft");
		assertThat(browser.findElement(By.id("event-status")).getText()).isEqualTo("Draft");
		assertThat(browser.findElement(By.id("event-participants")).getText()).contains("Marco Rubio", "Sergei Lavrov");
		RestTestClient web = Http.client(this.port);
		web.get().uri("/api/events/" + SLUG).exchange().expectStatus().isEqualTo(404);

		click(browser, By.id("publish-event"));
		assertThat(browser.getCurrentUrl()).endsWith("/events/" + SLUG);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Browser-made call");

		browser.get(url("/"));
		assertThat(browser.findElements(By.cssSelector("a[href='/events/" + SLUG + "']"))).isNotEmpty();
		JsonNode api = Http.json(web.get().uri("/api/events/" + SLUG).exchange().returnResult(String.class));
		assertThat(api.get("participants").findValuesAsString("slug")).containsExactlyInAnyOrder("marco-rubio",
				"sergei-lavrov");
		assertThat(api.get("readouts").get(0).get("keyQuotes").get(0).asString()).isEqualTo("end the war now");

		browser.get(url("/admin/events/" + SLUG + "/edit"));
		WebElement title = browser.findElement(By.id("title"));
		title.clear();
		title.sendKeys("Browser-made call, corrected");
		click(browser, By.id("save-event"));
		assertThat(browser.getCurrentUrl()).endsWith("/events/" + SLUG);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Browser-made call, corrected");

		browser.get(url("/admin/events/" + SLUG + "/history"));
		assertThat(browser.findElements(By.cssSelector("li.revision"))).hasSize(3);
		assertThat(browser.findElement(By.id("revision-3")).getText()).contains("Browser-made call, corrected");
		click(browser, By.id("restore-1"));
		assertThat(browser.getCurrentUrl()).endsWith("/events/" + SLUG);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Browser-made call");
		assertThat(Http.json(web.get().uri("/api/events/" + SLUG).exchange().returnResult(String.class))
			.get("title")
			.asString()).isEqualTo("Browser-made call");
	}

	/**
	 * Clicks a submit button once it is scrolled to the middle of the window (at once:
	 * Bootstrap makes scrolling smooth, and a click during the scroll misses), and waits
	 * for the page it leads to.
	 */
	public static void click(WebDriver browser, By button) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		WebElement element = browser.findElement(button);
		// A mark on the current window: it is gone once the next page has replaced it.
		js.executeScript("window.backchannelPreviousPage = true;"
				+ "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
		// Every button here submits a form. Asking an element whether it went stale races
		// with the navigation in Chromium ("Node with given id does not belong to the
		// document"), so poll the window instead and ignore errors while it is between
		// pages.
		new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
			.until((driver) -> Boolean.TRUE.equals(js.executeScript(
					"return window.backchannelPreviousPage === undefined && document.readyState === 'complete';")));
	}

	@Test
	void swaggerUiStillRendersUnderTheContentSecurityPolicy(WebDriver browser) {
		browser.get(url("/swagger-ui/index.html"));
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
		assertThat(browser.findElement(By.cssSelector(".swagger-ui .info .title")).getText()).isNotBlank();
	}

}
