package org.backchannel.draft;

import org.junit.jupiter.api.Test;

import org.backchannel.event.ContactStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words that say a contact is planned, cancelled or postponed, in English and
 * Russian.
 */
class ContactStatusesTests {

	static ContactStatus status(String sentence) {
		ContactStatuses.Found found = ContactStatuses.in(sentence);
		return (found != null) ? found.status() : null;
	}

	@Test
	void aContactStillToComeIsPlanned() {
		assertThat(status("A telephone conversation between Putin and Trump will take place on Tuesday, March 18."))
			.isEqualTo(ContactStatus.PLANNED);
		assertThat(status("The conversation is being prepared for Tuesday.")).isEqualTo(ContactStatus.PLANNED);
		assertThat(status("Путин и Трамп проведут сегодня телефонный разговор.")).isEqualTo(ContactStatus.PLANNED);
		assertThat(status("Лавров и Рубио планируют встречу на полях Генассамблеи ООН."))
			.isEqualTo(ContactStatus.PLANNED);
		assertThat(status("Лавров и Рубио запланировали встречу.")).isEqualTo(ContactStatus.PLANNED);
	}

	@Test
	void aCalledOffContactIsCancelledEvenWhenItWasPlanned() {
		assertThat(status("Trump canceled his planned summit with Putin in Budapest."))
			.isEqualTo(ContactStatus.CANCELLED);
		assertThat(status("The US has called off a planned summit.")).isEqualTo(ContactStatus.CANCELLED);
		assertThat(status("Трамп сообщил, что отменил саммит с Путиным.")).isEqualTo(ContactStatus.CANCELLED);
	}

	@Test
	void aPutOffContactIsPostponed() {
		assertThat(status("The trilateral round in Abu Dhabi was postponed.")).isEqualTo(ContactStatus.POSTPONED);
		assertThat(status("Встреча отложена.")).isEqualTo(ContactStatus.POSTPONED);
	}

	@Test
	void aContactReportedAsDoneSaysNothingOfAStatus() {
		assertThat(status("Rubio spoke today with Lavrov.")).isNull();
		assertThat(ContactStatuses.done("Driscoll met the Russian delegation on Monday.")).isTrue();
		assertThat(status("The meeting was not cancelled.")).isNull();
	}

	@Test
	void aRussianContactExpectedOrHopedForIsPlanned() {
		assertThat(status("Встреча Уиткоффа и Дмитриева ожидается в субботу.")).isEqualTo(ContactStatus.PLANNED);
		assertThat(status("Уиткофф надеется провести встречу с Путиным 22 января.")).isEqualTo(ContactStatus.PLANNED);
		assertThat(status("Дмитриев встретится с Уиткоффом в Майами.")).isEqualTo(ContactStatus.PLANNED);
	}

	@Test
	void aFurtherContactPlannedLeavesTheOneReportedHeld() {
		assertThat(status("Driscoll has met with Russian representatives, and another meeting is planned.")).isNull();
		assertThat(status("Another meeting between Driscoll and the Russians is planned."))
			.isEqualTo(ContactStatus.PLANNED);
	}

}
