package org.backchannel.draft;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.backchannel.model.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date grammar, anchored on a publication date: Friday 16 May 2025 unless said.
 */
class NewsDatesTests {

	static final LocalDate PUBLISHED = LocalDate.of(2025, 5, 16);

	static NewsDates.Mention only(String sentence) {
		return only(sentence, PUBLISHED);
	}

	static NewsDates.Mention only(String sentence, LocalDate published) {
		List<NewsDates.Mention> found = NewsDates.find(sentence, 0, published);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	@Test
	void relativeDaysCountFromThePublicationDate() {
		assertThat(only("They spoke yesterday.").value()).isEqualTo(LocalDate.of(2025, 5, 15));
		assertThat(only("They spoke today.").value()).isEqualTo(PUBLISHED);
		assertThat(only("They met three days ago.").value()).isEqualTo(LocalDate.of(2025, 5, 13));
	}

	@Test
	void weekdaysAreTheLatestSuchDayUpToPublication() {
		assertThat(only("They spoke on Thursday.").value()).isEqualTo(LocalDate.of(2025, 5, 15));
		assertThat(only("They spoke on Friday.").value()).isEqualTo(PUBLISHED);
		assertThat(only("They spoke on Tuesday evening.").value()).isEqualTo(LocalDate.of(2025, 5, 13));
		assertThat(only("They spoke last Friday.").value()).isEqualTo(LocalDate.of(2025, 5, 9));
		assertThat(only("They will meet on Monday.").value()).isEqualTo(LocalDate.of(2025, 5, 19));
	}

	@Test
	void monthsAndDaysInEitherOrderWithOrWithoutWeekdayAndYear() {
		NewsDates.Mention m = only("They spoke on Saturday, May 17.", LocalDate.of(2025, 5, 18));
		assertThat(m.value()).isEqualTo(LocalDate.of(2025, 5, 17));
		assertThat(m.precision()).isEqualTo(DatePrecision.DAY);
		assertThat(only("They spoke on March 15.").value()).isEqualTo(LocalDate.of(2025, 3, 15));
		assertThat(only("They spoke on 15 March.").value()).isEqualTo(LocalDate.of(2025, 3, 15));
		assertThat(only("They spoke on 15 March 2024.").value()).isEqualTo(LocalDate.of(2024, 3, 15));
		assertThat(only("The call took place on 2025-02-12.").value()).isEqualTo(LocalDate.of(2025, 2, 12));
		// A day later in the year than publication, with no future in the sentence: last
		// year.
		assertThat(only("They spoke on December 28.", LocalDate.of(2026, 1, 5)).value())
			.isEqualTo(LocalDate.of(2025, 12, 28));
	}

	@Test
	void monthsAreMonthsNotInventedDays() {
		NewsDates.Mention lastMonth = only("They spoke last month.");
		assertThat(lastMonth.value()).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(lastMonth.precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(only("They met in February.").precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(only("They met in February 2025.").value()).isEqualTo(LocalDate.of(2025, 2, 1));
	}

	@Test
	void earlierThisWeekIsAMonthOnlyWhenTheWeekLiesInOne() {
		NewsDates.Mention inMay = only("They spoke earlier this week.");
		assertThat(inMay.value()).isEqualTo(LocalDate.of(2025, 5, 1));
		assertThat(inMay.precision()).isEqualTo(DatePrecision.MONTH);
		NewsDates.Mention across = only("They spoke earlier this week.", LocalDate.of(2025, 10, 2));
		assertThat(across.value()).isNull();
		assertThat(across.reason()).contains("spans two months");
	}

	@Test
	void wordsThatNameNoDateGiveNothing() {
		assertThat(NewsDates.find("The meeting took place, officials said.", 0, PUBLISHED)).isEmpty();
		assertThat(NewsDates.find("Officials may meet again soon.", 0, PUBLISHED)).isEmpty();
	}

	@Test
	void aDateRightAfterHeldIsPastEvenInASentenceAboutAnUpcomingCall() {
		assertThat(NewsDates
			.find("A transcript of the call, held on October 14, shows them discussing an upcoming call.", 0,
					LocalDate.parse("2025-11-25"))
			.get(0)
			.value()).isEqualTo("2025-10-14");
	}

	@Test
	void sinceAMonthBoundsASpanAndDatesNothing() {
		for (String bound : List.of("It was their first conversation since January.",
				"No envoy has visited since early March 2025.", "They have not talked since December.")) {
			NewsDates.Mention since = only(bound);
			assertThat(since.value()).as(bound).isNull();
			assertThat(since.reason()).contains("bounds a span");
		}
		assertThat(only("They last met in early March 2025.").value()).isEqualTo(LocalDate.of(2025, 3, 1));
	}

	@Test
	void aRussianWeekdayAfterNaIsSetAheadButANightBeforeItIsNoDay() {
		assertThat(only("Переговоры назначены на четверг.").value()).isEqualTo("2025-05-22");
		assertThat(only("Разговор перенесли на пятницу.").value()).isEqualTo(PUBLISHED);
		assertThat(NewsDates.find("Удары нанесены в ночь на субботу.", 0, PUBLISHED)).isEmpty();
	}

	@Test
	void todayInAnOutletsNameIsNoDay() {
		assertThat(NewsDates.find("The two presidents spoke, Russia Today reported.", 0, PUBLISHED)).isEmpty();
		assertThat(NewsDates.find("USA Today said the envoys met.", 0, PUBLISHED)).isEmpty();
		assertThat(only("Today the envoys met in Riyadh.").value()).isEqualTo(PUBLISHED);
		assertThat(only("The envoys met in Riyadh today.").value()).isEqualTo(PUBLISHED);
	}

}
