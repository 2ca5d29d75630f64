package org.backchannel.event.internal;

import org.backchannel.testing.Records;
import org.backchannel.event.Channel;
import org.backchannel.event.Confirmation;
import org.backchannel.event.ContactStatus;
import org.backchannel.event.EventDetail;
import org.backchannel.event.Where;
import org.backchannel.event.EventType;
import org.backchannel.event.Initiator;
import org.backchannel.event.ParticipantRole;
import org.backchannel.event.ParticipantView;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.backchannel.model.PartialDate;
import org.backchannel.model.Side;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Which contacts an event's neighbours are looked for between, and how, without a
 * database.
 */
class EventNeighbourReaderTests {

	@Test
	void theTwoPrincipalsAreTheNeighboursPairAndTheDelegationDoesNotCount() {
		EventDetail call = event(PartialDate.day(LocalDate.of(2025, 3, 15)),
				participant("marco-rubio", ParticipantRole.PRINCIPAL),
				participant("mike-waltz", ParticipantRole.DELEGATION_MEMBER),
				participant("sergei-lavrov", ParticipantRole.PRINCIPAL));
		assertThat(EventNeighbourReader.principals(call)).containsExactly("marco-rubio", "sergei-lavrov");
	}

	@Test
	void thePreviousContactIsTheNearestEarlierOneOnThePairsOwnTimeline() {
		EventDetail call = event(PartialDate.day(LocalDate.of(2025, 3, 15)),
				participant("marco-rubio", ParticipantRole.PRINCIPAL),
				participant("sergei-lavrov", ParticipantRole.PRINCIPAL));
		EventSql.Statement previous = EventNeighbourReader.query("", call, EventNeighbourReader.principals(call), true);
		assertThat(previous.sql()).contains("from event_principal_pair pp")
			.contains("and (pp.sort_key, pp.event_id) < (:key, :id)")
			.contains("order by pp.sort_key desc, pp.event_id desc")
			.endsWith("limit 1\n");
		assertThat(previous.params()).containsOnly(entry("id", 42L), entry("first", "marco-rubio"),
				entry("second", "sergei-lavrov"), entry("key", Date.valueOf(LocalDate.of(2025, 3, 15))));
		assertThat(EventNeighbourReader.query("", call, EventNeighbourReader.principals(call), false).sql())
			.contains("and (pp.sort_key, pp.event_id) > (:key, :id)")
			.contains("order by pp.sort_key asc, pp.event_id asc");
	}

	@Test
	void anEventWithoutADaySortsFirst() {
		EventDetail undated = event(PartialDate.unknown(), participant("marco-rubio", ParticipantRole.PRINCIPAL),
				participant("sergei-lavrov", ParticipantRole.PRINCIPAL));
		assertThat(EventNeighbourReader.query("", undated, EventNeighbourReader.principals(undated), false).params())
			.containsEntry("key", Date.valueOf(LocalDate.of(1, 1, 1)));
	}

	private static ParticipantView participant(String slug, ParticipantRole role) {
		return new ParticipantView(slug, slug, Side.US, role, null);
	}

	private static EventDetail event(PartialDate date, ParticipantView... participants) {
		return new EventDetail(42, "2025-03-15-rubio-lavrov-phone-call", "Rubio–Lavrov phone call",
				EventType.PHONE_CALL,
				new EventDetail.Contact(Channel.MINISTERS, ContactStatus.HELD, null, Confirmation.NOT_ASSESSED),
				new EventDetail.When(date, null, null, null), Records.of(Where.class),
				new EventDetail.Initiated(Initiator.NOT_REPORTED, null, null, null), "", List.of(participants),
				new EventDetail.Statements(List.of(), List.of(), List.of()), List.of(), List.of(),
				new EventDetail.Stamp(null, null, 1));
	}

}
