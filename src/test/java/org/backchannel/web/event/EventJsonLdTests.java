package org.backchannel.web.event;

import org.backchannel.testing.Records;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backchannel.event.EventDetail;
import org.backchannel.event.Where;
import org.backchannel.event.Channel;
import org.backchannel.event.ConfirmationLevel;
import org.backchannel.event.Confirmation;
import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;
import org.backchannel.model.PartialDate;
import org.backchannel.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event pages carry schema.org Event JSON-LD that cannot break out of its script element.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventJsonLdTests {

	private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
			Pattern.DOTALL);

	@LocalServerPort
	int port;

	RestTestClient web;

	@BeforeEach
	void setUp() {
		this.web = Http.client(this.port);
	}

	@Test
	void anEventPageCarriesSchemaOrgEvent() {
		EntityExchangeResult<String> page = this.web.get()
			.uri("/events/2025-02-18-rubio-lavrov-meeting-riyadh")
			.exchange()
			.returnResult(String.class);
		Matcher matcher = JSON_LD.matcher(page.getResponseBody());
		assertThat(matcher.find()).isTrue();
		JsonNode event = JsonMapper.builder().build().readTree(matcher.group(1));
		assertThat(event.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(event.get("@type").asString()).isEqualTo("Event");
		assertThat(event.get("startDate").asString()).isEqualTo("2025-02-18");
		assertThat(event.get("location").get("name").asString()).isEqualTo("Diriyah Palace, Riyadh");
		assertThat(event.get("location").get("address").get("addressCountry").asString()).isEqualTo("SA");
		assertThat(event.get("performer").findValuesAsString("name")).contains("Marco Rubio", "Sergei Lavrov");
		JsonNode confirmation = event.get("additionalProperty").get(0);
		assertThat(confirmation.get("@type").asString()).isEqualTo("PropertyValue");
		assertThat(confirmation.get("value").asString()).isEqualTo("BOTH_GOVERNMENTS");
		assertThat(confirmation.get("description").asString()).startsWith("Each side's government gave an account");
		assertThat(event.get("url").asString())
			.isEqualTo(Http.url(this.port, "/events/2025-02-18-rubio-lavrov-meeting-riyadh"));
	}

	@Test
	void textCannotCloseTheScriptElement() {
		EventDetail hostile = new EventDetail(1, "x", "</script><script>alert(1)</script>", EventType.MEETING,
				new EventDetail.Contact(Channel.MINISTERS, ContactStatus.HELD, null,
						new Confirmation(ConfirmationLevel.REPORTED, "</script>")),
				new EventDetail.When(PartialDate.month(2025, 3), null, null, null),
				Records.of(Where.class, "place", "<!-- here"),
				new EventDetail.Initiated(Initiator.NOT_REPORTED, null, null, null), "a </SCRIPT> b", List.of(),
				new EventDetail.Statements(List.of(), List.of(), List.of()), List.of(), List.of(),
				new EventDetail.Stamp(Instant.EPOCH, Instant.EPOCH, 0));
		String json = EventJsonLd.of(hostile, "http://localhost");
		assertThat(json).doesNotContain("<");
		JsonNode parsed = JsonMapper.builder().build().readTree(json);
		assertThat(parsed.get("name").asString()).isEqualTo("</script><script>alert(1)</script>");
		assertThat(parsed.get("startDate").asString()).as("a month stays a month").isEqualTo("2025-03");
	}

}
