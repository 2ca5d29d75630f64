package org.backchannel.source;

/**
 * Whose voice a source is: a government speaking for itself, a state's media, independent
 * media, or an aggregator that reprints others. The confirmation level of a contact rests
 * on it; a source nobody has classified yet is {@link #UNKNOWN} and counts as the
 * weakest.
 */
public enum Voice {

	/** The US government's own words: the White House, the State Department. */
	US_GOVERNMENT,

	/** The Russian government's own words: the Kremlin, the Foreign Ministry. */
	RUSSIAN_GOVERNMENT,

	/** The Ukrainian government's own words. */
	UKRAINIAN_GOVERNMENT,

	/** Another government's own words (which one: the source's {@code voiceOf}). */
	OTHER_GOVERNMENT,

	/** Media a state owns or funds: TASS, RIA Novosti, Sputnik, RT, Xinhua, CGTN. */
	STATE_MEDIA,

	/** Media no state owns: Reuters, AP, The New York Times, Axios, Kyiv Independent. */
	INDEPENDENT_MEDIA,

	/**
	 * A reprint or digest of other outlets' reports (of which one: {@code reprintOf}).
	 */
	AGGREGATOR,

	/** Not classified yet: counts as the weakest voice. */
	UNKNOWN;

	/** Whether the source is a government speaking for itself. */
	public boolean government() {
		return this == US_GOVERNMENT || this == RUSSIAN_GOVERNMENT || this == UKRAINIAN_GOVERNMENT
				|| this == OTHER_GOVERNMENT;
	}

}
