package org.backchannel.web.event;

import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.backchannel.event.EventDetail;
import org.backchannel.event.EventType;
import org.backchannel.event.ParticipantView;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * An event as schema.org JSON-LD for search engines and link previews, embedded in the
 * event page in a non-executed {@code <script type="application/ld+json">}.
 */
public final class EventJsonLd {

	private static final JsonMapper json = JsonMapper.builder().build();

	private EventJsonLd() {
	}

	/**
	 * The JSON-LD of an event, links made absolute against the current request.
	 */
	public static String of(EventDetail event) {
		return of(event, ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
	}

	static String of(EventDetail event, String baseUrl) {
		ObjectNode root = json.createObjectNode();
		root.put("@context", "https://schema.org");
		root.put("@type", "Event");
		root.put("@id", baseUrl + "/events/" + event.slug());
		root.put("url", baseUrl + "/events/" + event.slug());
		root.put("name", event.title());
		root.put("description", event.summary());
		root.put("eventStatus", switch (event.contactStatus()) {
			case HELD, PLANNED -> "https://schema.org/EventScheduled";
			case CANCELLED -> "https://schema.org/EventCancelled";
			case POSTPONED -> "https://schema.org/EventPostponed";
		});
		if (event.date().value() != null) {
			// ISO 8601 at the precision known: "2025-03" for a month, never a made-up day
			root.put("startDate", event.date().iso());
			if (event.endDate() != null) {
				root.put("endDate", event.endDate().toString());
			}
		}
		if (event.place() != null || event.country() != null) {
			ObjectNode place = root.putObject("location");
			place.put("@type", "Place");
			place.put("name", (event.place() != null) ? event.place() : event.country());
			if (event.country() != null) {
				place.putObject("address").put("@type", "PostalAddress").put("addressCountry", event.country());
			}
		}
		else if (event.type() == EventType.PHONE_CALL) {
			root.put("eventAttendanceMode", "https://schema.org/OnlineEventAttendanceMode");
			root.putObject("location").put("@type", "VirtualLocation").put("name", "Phone call");
		}
		ArrayNode performers = root.putArray("performer");
		for (ParticipantView participant : event.participants()) {
			ObjectNode performer = performers.addObject();
			performer.put("@type", "Person");
			performer.put("name", participant.name());
			performer.put("identifier", participant.slug());
			if (participant.title() != null) {
				performer.put("jobTitle", participant.title());
			}
		}
		root.put("keywords", event.type().name().toLowerCase(Locale.ROOT).replace('_', ' '));
		// How sure the record is that it took place: a schema.org PropertyValue.
		ObjectNode confirmation = root.putArray("additionalProperty").addObject();
		confirmation.put("@type", "PropertyValue");
		confirmation.put("propertyID", "confirmation");
		confirmation.put("name", "Confirmation level");
		confirmation.put("value", event.confirmation().level().name());
		confirmation.put("description", event.confirmation().reason());
		// "<" never appears outside strings in JSON, so escaping it everywhere is safe
		// and
		// no text can close the script element ("</script>") or open a comment.
		return json.writeValueAsString(root).replace("<", "\\u003c");
	}

}
