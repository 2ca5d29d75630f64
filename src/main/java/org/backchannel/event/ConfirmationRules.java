package org.backchannel.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.backchannel.model.Side;
import org.backchannel.source.SourceRef;
import org.backchannel.source.Voice;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The rules that say how sure the record is that a contact took place (README, "How sure
 * is each contact"). Pure: what a contact's readouts, sources and claims say goes in, a
 * level with its reason (message codes and arguments, put in words by
 * {@code messages.properties}) and what would move it up a level come out.
 * <ol>
 * <li>A contact not held is {@code PLANNED} (planned or postponed) or {@code CANCELLED},
 * as its status says.</li>
 * <li>It is {@code DISPUTED} when a claim about it is denied, or disputed by someone of
 * one of its sides (a differing figure no one contradicts is not a dispute).</li>
 * <li>It is confirmed by {@code BOTH_GOVERNMENTS} when every side's government gave an
 * account: a readout of that side, or a source in that government's own voice.</li>
 * <li>It is confirmed by {@code ONE_GOVERNMENT} when some government gave an
 * account.</li>
 * <li>Otherwise it is {@code REPORTED}: known from media only. Reprints of one report
 * count once (an aggregator's copy of a recorded source is that source), one outlet's
 * several reports count once, and an outlet of unknown voice counts as the weakest.</li>
 * </ol>
 * The sides of a US–Russia contact are the US and Russia; those of a related event (a
 * Russia–Ukraine round, a statement) are its principals' sides.
 */
public final class ConfirmationRules {

	/** Longest piece of a claim's text quoted in a reason. */
	static final int QUOTED = 140;

	private ConfirmationRules() {
	}

	/** The level, its reason and the next steps, for what the record holds. */
	public static Assessment assess(Evidence evidence) {
		if (evidence.status() == ContactStatus.CANCELLED) {
			return new Assessment(ConfirmationLevel.CANCELLED, message("confirmation.reason.cancelled"), List.of());
		}
		if (evidence.status() == ContactStatus.PLANNED || evidence.status() == ContactStatus.POSTPONED) {
			return new Assessment(ConfirmationLevel.PLANNED,
					message("confirmation.reason." + evidence.status().name().toLowerCase(Locale.ROOT)), List.of());
		}
		Map<Side, Set<String>> accounts = governmentAccounts(evidence);
		Set<Side> parties = evidence.parties();
		List<Side> missing = parties.stream().filter((side) -> !accounts.containsKey(side)).toList();
		for (ClaimEvidence claim : evidence.claims()) {
			boolean denied = claim.status() == ClaimStatus.DENIED;
			boolean disputedBySide = claim.status() == ClaimStatus.DISPUTED && claim.disputedBy() != null
					&& parties.contains(claim.disputedBySide());
			if (denied || disputedBySide) {
				String text = quote(claim.text());
				MessageSourceResolvable reason = (claim.disputedBy() != null)
						? message(denied ? "confirmation.reason.deniedBy" : "confirmation.reason.disputedBy",
								claim.disputedBy(), text)
						: message("confirmation.reason.denied", text);
				return new Assessment(ConfirmationLevel.DISPUTED, reason, List
					.of(message("confirmation.next.settle", claim.disputedBy() != null ? claim.disputedBy() : "")));
			}
		}
		if (parties.size() >= 2 && missing.isEmpty()) {
			return new Assessment(ConfirmationLevel.BOTH_GOVERNMENTS,
					message("confirmation.reason.both", accountList(accounts, parties)), List.of());
		}
		if (!accounts.isEmpty()) {
			List<MessageSourceResolvable> next = new ArrayList<>();
			missing.forEach((side) -> next.add(message("confirmation.next.noAccount", sideAdjective(side))));
			return new Assessment(ConfirmationLevel.ONE_GOVERNMENT,
					message("confirmation.reason.one", accountList(accounts, accounts.keySet())), next);
		}
		return reported(evidence, parties);
	}

	private static Assessment reported(Evidence evidence, Set<Side> parties) {
		Map<Voice, Set<String>> outlets = mediaOutlets(evidence);
		Set<String> independent = outlets.getOrDefault(Voice.INDEPENDENT_MEDIA, Set.of());
		Set<String> state = outlets.getOrDefault(Voice.STATE_MEDIA, Set.of());
		Set<String> reprints = outlets.getOrDefault(Voice.AGGREGATOR, Set.of());
		Set<String> unknown = outlets.getOrDefault(Voice.UNKNOWN, Set.of());
		List<MessageSourceResolvable> next = new ArrayList<>();
		List<Object> sides = parties.stream().map(ConfirmationRules::sideAdjective).toList();
		next.add(sides.isEmpty() ? message("confirmation.next.noGovernment.0")
				: message("confirmation.next.noGovernment", sides));
		if (independent.size() < 2) {
			next.add(message("confirmation.next.independent", independent.size()));
		}
		MessageSourceResolvable reason;
		if (!independent.isEmpty()) {
			reason = message("confirmation.reason.independent", independent.size(), String.join(", ", independent),
					others(state, reprints, unknown));
		}
		else if (!state.isEmpty()) {
			reason = message("confirmation.reason.stateMedia", String.join(", ", state), state.size(),
					others(Set.of(), reprints, unknown));
		}
		else if (!reprints.isEmpty()) {
			reason = message("confirmation.reason.reprints", reprints.size(), String.join(", ", reprints),
					others(Set.of(), Set.of(), unknown));
		}
		else if (!unknown.isEmpty()) {
			reason = message("confirmation.reason.unknown", unknown.size(), String.join(", ", unknown));
		}
		else {
			reason = message("confirmation.reason.none");
		}
		return new Assessment(ConfirmationLevel.REPORTED, reason, next);
	}

	/** What else a media report rests on, as a tail to its reason ("" when nothing). */
	private static MessageSourceResolvable others(Set<String> state, Set<String> reprints, Set<String> unknown) {
		List<Object> parts = new ArrayList<>();
		if (!state.isEmpty()) {
			parts.add(message("confirmation.reason.also.stateMedia", String.join(", ", state)));
		}
		if (!reprints.isEmpty()) {
			parts.add(message("confirmation.reason.also.reprints", reprints.size(), String.join(", ", reprints)));
		}
		if (!unknown.isEmpty()) {
			parts.add(message("confirmation.reason.also.unknown", unknown.size(), String.join(", ", unknown)));
		}
		return switch (parts.size()) {
			case 0 -> message("confirmation.reason.also.none");
			case 1 -> message("confirmation.reason.also.one", parts.get(0));
			case 2 -> message("confirmation.reason.also.two", parts.get(0), parts.get(1));
			default -> message("confirmation.reason.also.three", parts.get(0), parts.get(1), parts.get(2));
		};
	}

	/**
	 * Who gave an account, by side: the issuers of its readouts, and the outlets of
	 * sources in a government's own voice (another government by the name it is given).
	 */
	static Map<Side, Set<String>> governmentAccounts(Evidence evidence) {
		Map<Side, Set<String>> accounts = new EnumMap<>(Side.class);
		for (AccountEvidence readout : evidence.readouts()) {
			accounts.computeIfAbsent(readout.side(), (side) -> new LinkedHashSet<>()).add(readout.issuer());
		}
		for (SourceEvidence source : evidence.sources()) {
			Voice voice = source.effectiveVoice();
			Side side = switch (voice) {
				case US_GOVERNMENT -> Side.US;
				case RUSSIAN_GOVERNMENT -> Side.RUSSIA;
				case UKRAINIAN_GOVERNMENT -> Side.UKRAINE;
				case OTHER_GOVERNMENT -> Side.OTHER;
				default -> null;
			};
			if (side != null) {
				String name = (side == Side.OTHER && source.effectiveVoiceOf() != null) ? source.effectiveVoiceOf()
						: SourceRef.shortName(source.effectiveOutlet());
				accounts.computeIfAbsent(side, (key) -> new LinkedHashSet<>()).add(name);
			}
		}
		return accounts;
	}

	/**
	 * The distinct outlets of the media sources, by voice: a reprint of a recorded source
	 * is that source, and one outlet's several reports are one outlet.
	 */
	static Map<Voice, Set<String>> mediaOutlets(Evidence evidence) {
		Map<Voice, Set<String>> outlets = new EnumMap<>(Voice.class);
		Map<String, Voice> seen = new LinkedHashMap<>();
		for (SourceEvidence source : evidence.sources()) {
			Voice voice = source.effectiveVoice();
			if (voice.government()) {
				continue;
			}
			String name = SourceRef.shortName(source.effectiveOutlet());
			String key = outletKey(name);
			if (seen.putIfAbsent(key, voice) == null) {
				outlets.computeIfAbsent(voice, (v) -> new LinkedHashSet<>()).add(name);
			}
		}
		return outlets;
	}

	/** One outlet however it is written ("The Kyiv Independent", "Kyiv Independent"). */
	static String outletKey(String name) {
		String key = name.strip().toLowerCase(Locale.ROOT);
		return key.startsWith("the ") ? key.substring(4) : key;
	}

	private static List<Object> accountList(Map<Side, Set<String>> accounts, Set<Side> sides) {
		List<Object> parts = new ArrayList<>();
		for (Side side : sides) {
			Set<String> issuers = accounts.get(side);
			if (issuers != null) {
				parts.add(message("confirmation.account", message("confirmation.side." + side.name()),
						String.join(", ", issuers)));
			}
		}
		return parts;
	}

	private static Object sideAdjective(Side side) {
		return message("confirmation.adjective." + side.name());
	}

	private static String quote(String text) {
		String clean = (text != null) ? text.strip() : "";
		return (clean.length() <= QUOTED) ? clean : clean.substring(0, QUOTED - 1).strip() + "…";
	}

	/**
	 * A message; a single list argument is a list in words, its code then ending in the
	 * list's length (".1" to ".4": a side each): "A and B", "A, B and C".
	 */
	static DefaultMessageSourceResolvable message(String code, Object... args) {
		if (args.length == 1 && args[0] instanceof List<?> list) {
			return new DefaultMessageSourceResolvable(new String[] { code + "." + list.size() }, list.toArray());
		}
		return new DefaultMessageSourceResolvable(new String[] { code }, args);
	}

	/**
	 * What the record holds about a contact, as the rules read it.
	 *
	 * @param parties the sides whose governments would each confirm it
	 */
	public record Evidence(ContactStatus status, Set<Side> parties, List<AccountEvidence> readouts,
			List<SourceEvidence> sources, List<ClaimEvidence> claims) {

		public Evidence {
			parties = orderedSides(parties);
			readouts = List.copyOf(readouts);
			sources = List.copyOf(sources);
			claims = List.copyOf(claims);
		}

		private static Set<Side> orderedSides(Set<Side> sides) {
			Set<Side> ordered = new LinkedHashSet<>();
			for (Side side : Side.values()) {
				if (sides.contains(side)) {
					ordered.add(side);
				}
			}
			return ordered;
		}

		/**
		 * The sides of a contact: the US and Russia for a US–Russia channel, else its
		 * principals' sides.
		 */
		public static Set<Side> parties(Channel channel, Set<Side> principals) {
			return channel.isContact() ? Set.of(Side.US, Side.RUSSIA) : principals;
		}

	}

	/** A readout: one side's own account, by its issuer (a person or a body). */
	public record AccountEvidence(Side side, String issuer) {
	}

	/**
	 * A source the contact cites, with the one it reprints where that is recorded.
	 *
	 * @param original the source it reprints, if recorded; null otherwise
	 */
	public record SourceEvidence(long id, String outlet, Voice voice, String voiceOf, SourceEvidence original) {

		Voice effectiveVoice() {
			return (this.original != null) ? this.original.voice() : this.voice;
		}

		String effectiveOutlet() {
			return (this.original != null) ? this.original.outlet() : this.outlet;
		}

		String effectiveVoiceOf() {
			return (this.original != null) ? this.original.voiceOf() : this.voiceOf;
		}

	}

	/**
	 * A claim about the contact: its status, and who disputes it (with their side).
	 */
	public record ClaimEvidence(String text, ClaimStatus status, String disputedBy, Side disputedBySide) {
	}

	/**
	 * A level, its reason and what would move it up a level, as messages to put in words.
	 */
	public record Assessment(ConfirmationLevel level, MessageSourceResolvable reason,
			List<MessageSourceResolvable> next) {
	}

}
