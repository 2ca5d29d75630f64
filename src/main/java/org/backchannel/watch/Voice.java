package org.backchannel.watch;

/**
 * Whose voice a watched source is. The same names as the sources' voice (issue 25), kept
 * here until the two are one.
 */
public enum Voice {

	US_GOVERNMENT, RUSSIAN_GOVERNMENT, UKRAINIAN_GOVERNMENT, OTHER_GOVERNMENT, STATE_MEDIA, INDEPENDENT_MEDIA,
	AGGREGATOR

}
