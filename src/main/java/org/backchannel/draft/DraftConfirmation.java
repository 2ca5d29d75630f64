package org.backchannel.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.backchannel.event.Channel;
import org.backchannel.event.ConfirmationRules;
import org.backchannel.event.ContactStatus;
import org.backchannel.event.ParticipantRole;
import org.backchannel.model.Side;
import org.backchannel.source.Voice;

/**
 * How sure a draft from a report would be, for the editor to see what it would need to
 * move up a level ("no US account yet").
 */
final class DraftConfirmation {

	private DraftConfirmation() {
	}

	/**
	 * What the draft would rest on: the accounts the report attributes to each side, and
	 * the report itself as a source whose voice is not classified yet.
	 */
	static ConfirmationRules.Evidence evidence(String outlet, DraftProposal p) {
		List<ConfirmationRules.AccountEvidence> accounts = new ArrayList<>();
		for (var account : p.accounts()) {
			Side side = parseSide(account.value().side());
			if (side != null) {
				accounts.add(new ConfirmationRules.AccountEvidence(side,
						(account.value().issuerName() != null) ? account.value().issuerName() : side.name()));
			}
		}
		Channel channel = p.channel().isPresent() ? p.channel().value() : Channel.RELATED;
		Set<Side> principals = new LinkedHashSet<>();
		p.participants()
			.stream()
			.filter((x) -> x.value().role() == ParticipantRole.PRINCIPAL)
			.forEach((x) -> principals.add(Side.ofCountry(x.value().country())));
		return new ConfirmationRules.Evidence(ContactStatus.HELD,
				ConfirmationRules.Evidence.parties(channel, principals), accounts,
				List.of(new ConfirmationRules.SourceEvidence(0, outlet, Voice.UNKNOWN, null, null)), List.of());
	}

	private static Side parseSide(String side) {
		try {
			return (side != null) ? Side.valueOf(side.strip().toUpperCase(Locale.ROOT)) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
