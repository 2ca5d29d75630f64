package org.backchannel.event;

import java.util.Set;

/**
 * The CAMEO event code (the Conflict and Mediation Event Observations codebook that GDELT
 * uses) of a contact, so that the record can be joined with GDELT. It follows from what
 * the record holds:
 * <ul>
 * <li>a contact announced but not (yet) held, planned or postponed: 036 "Express intent
 * to meet or negotiate"; one called off: 125 "Reject proposal to meet, discuss, or
 * negotiate";</li>
 * <li>a phone call: 041 "Discuss by telephone";</li>
 * <li>a meeting or summit in a third country: 044 "Meet at a 'third' location"; in the
 * United States or Russia: 042 "Make a visit", coded from the visiting side (the host's
 * linked event is 043 "Host a visit"); where the place is not recorded: 040 "Consult, not
 * specified";</li>
 * <li>a negotiation round: 046 "Engage in negotiation";</li>
 * <li>a written message: 040 "Consult, not specified"; a statement: 010 "Make statement,
 * not specified";</li>
 * <li>anything else (appointments, military action, other): no code, as it is context
 * rather than a contact.</li>
 * </ul>
 *
 * @param code the three-digit CAMEO code
 * @param label the codebook's name for it
 */
public record CameoCode(String code, String label) {

	/**
	 * The two sides whose own territory makes a meeting a visit rather than a third-place
	 * meeting.
	 */
	private static final Set<String> SIDES = Set.of("US", "RU");

	static final CameoCode EXPRESS_INTENT_TO_MEET = new CameoCode("036", "Express intent to meet or negotiate");

	static final CameoCode REJECT_PROPOSAL_TO_MEET = new CameoCode("125",
			"Reject proposal to meet, discuss, or negotiate");

	static final CameoCode CONSULT = new CameoCode("040", "Consult, not specified");

	static final CameoCode DISCUSS_BY_TELEPHONE = new CameoCode("041", "Discuss by telephone");

	static final CameoCode MAKE_A_VISIT = new CameoCode("042", "Make a visit");

	static final CameoCode MEET_AT_THIRD_LOCATION = new CameoCode("044", "Meet at a 'third' location");

	static final CameoCode ENGAGE_IN_NEGOTIATION = new CameoCode("046", "Engage in negotiation");

	static final CameoCode MAKE_STATEMENT = new CameoCode("010", "Make statement, not specified");

	/**
	 * The code of a contact of this type and status held in this country (ISO 3166
	 * alpha-2, or null where not recorded); null where CAMEO has no code for it.
	 */
	public static CameoCode of(EventType type, ContactStatus status, String country) {
		if (status == ContactStatus.CANCELLED) {
			return REJECT_PROPOSAL_TO_MEET;
		}
		if (status == ContactStatus.PLANNED || status == ContactStatus.POSTPONED) {
			return EXPRESS_INTENT_TO_MEET;
		}
		return switch (type) {
			case PHONE_CALL -> DISCUSS_BY_TELEPHONE;
			case MEETING, SUMMIT ->
				(country == null) ? CONSULT : SIDES.contains(country) ? MAKE_A_VISIT : MEET_AT_THIRD_LOCATION;
			case NEGOTIATION_ROUND -> ENGAGE_IN_NEGOTIATION;
			case MESSAGE -> CONSULT;
			case STATEMENT -> MAKE_STATEMENT;
			case APPOINTMENT, MILITARY_ACTION, OTHER -> null;
		};
	}

}
