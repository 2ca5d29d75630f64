package org.backchannel.draft;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reading budget runs out on its clock; the language is detected from the script. */
class DeadlineAndLanguagesTests {

	@Test
	void theDeadlinePassesUntilItsClockRunsOut() {
		AtomicLong now = new AtomicLong(1_000);
		Deadline deadline = new Deadline(Duration.ofMillis(5), now::get);
		deadline.check();
		now.addAndGet(Duration.ofMillis(6).toNanos());
		assertThatThrownBy(deadline::check).isInstanceOf(Deadline.Exceeded.class).hasMessageContaining("5 ms");
	}

	@Test
	void aRussianTextIsDetectedAndAGivenLanguageWins() {
		assertThat(Languages.detect("Лавров провел телефонный разговор с Рубио.")).isEqualTo("ru");
		assertThat(Languages.detect("Rubio spoke with Lavrov.")).isEqualTo("en");
		assertThat(Languages.of("en-GB", "Лавров")).isEqualTo("en");
		assertThat(Languages.of(null, "Лавров и Рубио")).isEqualTo("ru");
	}

	@Test
	void russianWeekdaysAndRelativeDaysAreRead() {
		java.time.LocalDate published = java.time.LocalDate.parse("2025-08-20"); // a
																					// Wednesday
		assertThat(NewsDates.find("Путин и Трамп во вторник обсудили Украину.", 0, published))
			.extracting(NewsDates.Mention::value)
			.containsExactly(java.time.LocalDate.parse("2025-08-19"));
		assertThat(NewsDates.find("Разговор состоялся накануне.", 0, published)).extracting(NewsDates.Mention::value)
			.containsExactly(java.time.LocalDate.parse("2025-08-19"));
		assertThat(NewsDates.find("Беседа состоялась накануне его переговоров с Зеленским.", 0, published)).isEmpty();
	}

}
