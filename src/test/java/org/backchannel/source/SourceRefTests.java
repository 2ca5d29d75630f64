package org.backchannel.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A source's short name, for link text: the outlet without its description.
 */
class SourceRefTests {

	@Test
	void aShortNameIsTheOutletUpToItsFirstParenthesisOrComma() {
		assertThat(SourceRef.shortName("Thanh Niên (thanhnien.vn), English translation of the Vietnamese original"))
			.isEqualTo("Thanh Niên");
		assertThat(SourceRef
			.shortName("Italian news site, English edition (outlet not named in the report; photo credit AndKronos)"))
			.isEqualTo("Italian news site");
		assertThat(SourceRef.shortName("A News (anews.com.tr)")).isEqualTo("A News");
		assertThat(SourceRef.shortName("london-news-net (news aggregator)")).isEqualTo("london-news-net");
	}

	@Test
	void anOutletWithoutADescriptionIsItsOwnShortName() {
		assertThat(SourceRef.shortName("Kyiv Independent")).isEqualTo("Kyiv Independent");
		assertThat(SourceRef.shortName("Hürriyet Daily News")).isEqualTo("Hürriyet Daily News");
		assertThat(SourceRef.shortName("(unnamed)")).isEqualTo("(unnamed)");
	}

}
