package org.backchannel.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Nu HTML checker is set up once and reused: each document is judged on its own, with
 * nothing carried over from the one before.
 */
class PageChecksTests {

	static final String VALID = "<!DOCTYPE html><html lang=\"en\"><head><title>Fine</title></head>"
			+ "<body><p id=\"a\">Fine</p></body></html>";

	static final String INVALID = "<!DOCTYPE html><html lang=\"en\"><head><title>Broken</title></head>"
			+ "<body><p id=\"a\">One</p><p id=\"a\">Two</p><div><li>stray</li></div></body></html>";

	@Test
	void eachDocumentGetsItsOwnErrorsFromTheOneCheckerTheyShare() {
		assertThat(PageChecks.htmlErrors(VALID)).isEmpty();
		assertThat(PageChecks.htmlErrors(INVALID)).anyMatch((error) -> error.contains("Duplicate ID"))
			.anyMatch((error) -> error.contains("li"));
		assertThat(PageChecks.htmlErrors(VALID)).isEmpty();
		assertThat(PageChecks.htmlErrors(INVALID)).hasSameSizeAs(PageChecks.htmlErrors(INVALID));
	}

	@Test
	void aDocumentWithoutATitleOrLanguageIsAnError() {
		assertThat(PageChecks.htmlErrors("<!DOCTYPE html><html><head></head><body></body></html>")).isNotEmpty();
	}

}
