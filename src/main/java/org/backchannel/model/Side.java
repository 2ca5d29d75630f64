package org.backchannel.model;

/**
 * The side of the war's diplomacy an actor or a readout speaks for.
 */
public enum Side {

	US, RUSSIA, UKRAINE, OTHER;

	public static Side ofCountry(String country) {
		if (country == null) {
			return OTHER;
		}
		return switch (country) {
			case "US" -> US;
			case "RU" -> RUSSIA;
			case "UA" -> UKRAINE;
			default -> OTHER;
		};
	}

}
