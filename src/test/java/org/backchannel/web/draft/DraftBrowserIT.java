package org.backchannel.web.draft;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.backchannel.testing.TestAdmin;
import org.backchannel.testing.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.web.AdminBrowserIT.click;

/**
 * From report to draft in a real Chromium: paste the 001 seed report, see the proposal
 * with its evidence marked in the text and the warning that the 15 March call is already
 * recorded, open it as a draft event, save it, and find the draft with the report stored
 * as its source.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "backchannel.test-context=drafts")
@ExtendWith(Browser.class)
class DraftBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void anEditorTurnsTheSeedReportIntoADraftWithEveryFieldTraced(WebDriver browser) throws Exception {
		String report = new String(new ClassPathResource("drafts/seed-001.txt").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8);
		browser.get(url("/login?from=/admin/events/from-report"));
		browser.findElement(By.id("username")).sendKeys(TestAdmin.USERNAME);
		browser.findElement(By.id("password")).sendKeys(TestAdmin.PASSWORD);
		click(browser, By.id("login-submit"));
		assertThat(browser.getCurrentUrl()).endsWith("/admin/events/from-report");

		// Pasted, not typed: set the value as a paste would.
		WebElement text = browser.findElement(By.id("report-text"));
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", text, report);
		browser.findElement(By.id("report-published")).sendKeys("2025-03-16");
		browser.findElement(By.id("report-outlet")).sendKeys("Thanh Niên (browser test)");
		click(browser, By.id("read-report"));

		// The proposal, each field linking to its sentence, marked in the text.
		WebElement date = browser.findElement(By.cssSelector("#field-date a.field-value"));
		assertThat(date.getText()).startsWith("2025-03-15");
		String target = date.getDomAttribute("href").substring(1);
		WebElement mark = browser.findElement(By.id(target));
		assertThat(mark.getTagName()).isEqualTo("mark");
		assertThat(mark.getText()).contains("spoke by phone on March 15");
		assertThat(browser.findElement(By.cssSelector("#field-type a.field-value")).getText()).isEqualTo("PHONE_CALL");
		assertThat(browser.findElements(By.cssSelector("#report-evidence mark"))).isNotEmpty();
		List<String> people = browser.findElements(By.cssSelector("tr[id^=field-participant] a.field-value"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(people).containsExactly("Marco Rubio (PRINCIPAL)", "Sergei Lavrov (PRINCIPAL)");

		// Already recorded: the warning points at the 15 March call.
		assertThat(browser.findElement(By.id("duplicate-link")).getDomAttribute("href"))
			.isEqualTo("/admin/events/2025-03-15-rubio-lavrov-phone-call");

		// Accept: the usual event form, filled in, with the report as a new source.
		click(browser, By.id("accept-proposal"));
		assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo("Rubio–Lavrov phone call");
		assertThat(browser.findElement(By.id("date")).getDomProperty("value")).isEqualTo("2025-03-15");
		assertThat(new Select(browser.findElement(By.id("type"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("PHONE_CALL");
		assertThat(new Select(browser.findElement(By.id("participant-0-actor"))).getFirstSelectedOption()
			.getDomAttribute("value")).isEqualTo("marco-rubio");
		assertThat(new Select(browser.findElement(By.id("participant-1-actor"))).getFirstSelectedOption()
			.getDomAttribute("value")).isEqualTo("sergei-lavrov");
		assertThat(browser.findElements(By.cssSelector("#event-sources .event-source"))).hasSize(1);
		Long source = this.jdbc.sql("select id from source where outlet = 'Thanh Niên (browser test)'")
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("select archived_text from source where id = :id")
			.param("id", source)
			.query(String.class)
			.single()
			.replace("\r\n", "\n")).isEqualTo(report.strip());

		// The event form asks, as for any event like a recorded one, then saves the
		// draft.
		click(browser, By.id("save-event"));
		assertThat(browser.findElement(By.id("duplicate-warning")).getText()).contains("2025-03-15");
		browser.findElement(By.id("confirmDuplicate")).click();
		click(browser, By.id("save-event"));
		assertThat(browser.findElement(By.id("flash-message")).getText()).contains("draft");
		assertThat(browser.findElement(By.id("event-status")).getText()).isEqualTo("Draft");
		assertThat(browser.findElement(By.id("event-participants")).getText()).contains("Marco Rubio", "Sergei Lavrov");
	}

}
