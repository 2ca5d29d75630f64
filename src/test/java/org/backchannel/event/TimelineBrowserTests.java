package org.backchannel.event;

import org.backchannel.system.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded timeline in a real headless Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class TimelineBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void theTimelineLeadsToAnEventWithItsSources(WebDriver browser) {
		browser.get("http://localhost:" + this.port + "/");
		assertThat(browser.getTitle()).contains("Timeline");
		assertThat(browser.findElements(By.cssSelector(".event-entry"))).hasSizeGreaterThan(10);

		String href = browser.findElement(By.cssSelector("a[href='/events/2025-03-15-rubio-lavrov-phone-call']"))
			.getDomAttribute("href");
		browser.navigate().to("http://localhost:" + this.port + href);
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Rubio");
		assertThat(browser.findElement(By.id("event-date")).getText()).isEqualTo("15 March 2025");
		assertThat(browser.findElement(By.id("sources")).getText()).contains("thanhnien");
	}

}
