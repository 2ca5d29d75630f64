package org.backchannel.draft;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * Runs the extractor on the labelled test set (src/test/resources/drafts/cases.json: the
 * five seed reports and readouts written from the domain notes, each with its publication
 * date and hand-labelled fields), counts per field and prints precision and recall. A
 * field counts as exact when the proposal equals the label, "nothing" included; precision
 * is the share of proposed values that are right, recall the share of labelled values
 * found. Participants are compared by surname, transliteration folded.
 */
final class TestSetScore {

	final Map<String, int[]> counts = new LinkedHashMap<>();

	final List<String> misses = new ArrayList<>();

	int cases;

	int unsupportedDates;

	int nonContacts;

	int nonContactsRecognised;

	int duplicatesExpected;

	int duplicatesFound;

	int wrongDuplicates;

	int participantsExpected;

	int participantsProposed;

	int participantsRight;

	static TestSetScore run(BiFunction<String, LocalDate, DraftProposal> extractor, boolean duplicates)
			throws IOException {
		TestSetScore score = new TestSetScore();
		JsonNode all = JsonMapper.builder()
			.build()
			.readTree(new ClassPathResource("drafts/cases.json").getInputStream());
		for (JsonNode c : all) {
			score.add(c, extractor, duplicates);
		}
		score.print(duplicates);
		return score;
	}

	private void add(JsonNode c, BiFunction<String, LocalDate, DraftProposal> extractor, boolean duplicates)
			throws IOException {
		this.cases++;
		String id = c.get("id").asString();
		String text = c.has("file") ? read("drafts/" + c.get("file").asString()) : c.get("text").asString();
		DraftProposal p = extractor.apply(text, LocalDate.parse(c.get("published").asString()));
		if (c.has("contact") && !c.get("contact").asBoolean()) {
			// Not a US–Russia contact: the answer is "no contact found", no fields.
			this.cases--;
			this.nonContacts++;
			if (p.outcome() != DraftProposal.Outcome.NO_CONTACT) {
				this.misses.add(id + ": not a US–Russia contact, but a draft was proposed");
			}
			else {
				this.nonContactsRecognised++;
			}
			return;
		}

		String expectedDate = text(c, "date");
		String proposedDate = p.date().isPresent() ? p.date().value().value() + " " + p.date().value().precision()
				: null;
		String labelledDate = (expectedDate != null) ? expectedDate + " " + c.get("precision").asString() : null;
		if (expectedDate == null && proposedDate != null) {
			this.unsupportedDates++;
		}
		field("date", labelledDate, proposedDate, id);
		field("type", text(c, "type"), p.type().isPresent() ? p.type().value().name() : null, id);
		field("initiator", text(c, "initiator"), p.initiator().isPresent() ? p.initiator().value().side().name() : null,
				id);
		field("duration", text(c, "durationMinutes"),
				p.durationMinutes().isPresent() ? p.durationMinutes().value().toString() : null, id);
		field("place", text(c, "place"), p.place().isPresent() ? p.place().value().name() : null, id);

		Set<String> expected = new LinkedHashSet<>();
		c.get("participants").forEach((n) -> expected.add(surname(n.asString())));
		Set<String> proposed = new LinkedHashSet<>();
		p.participants().forEach((x) -> proposed.add(surname(x.value().name())));
		p.newActors().forEach((x) -> proposed.add(surname(x.value().name())));
		Set<String> right = new LinkedHashSet<>(proposed);
		right.retainAll(expected);
		this.participantsExpected += expected.size();
		this.participantsProposed += proposed.size();
		this.participantsRight += right.size();
		if (!expected.equals(proposed)) {
			this.misses.add(id + " participants: expected " + expected + ", proposed " + proposed);
		}
		if (!duplicates) {
			return;
		}
		String duplicate = text(c, "duplicate");
		String found = p.duplicate().isPresent() ? p.duplicate().value().slug() : null;
		if (duplicate != null) {
			this.duplicatesExpected++;
			if (duplicate.equals(found)) {
				this.duplicatesFound++;
			}
			else {
				this.misses.add(id + " duplicate: expected " + duplicate + ", found " + found);
			}
		}
		else if (found != null) {
			this.wrongDuplicates++;
			this.misses.add(id + " duplicate: expected none, found " + found);
		}
	}

	/** [exact, labelled, proposed, right among proposed, cases] */
	private void field(String name, String expected, String proposed, String id) {
		boolean right = Objects.equals(expected, proposed);
		int[] n = this.counts.computeIfAbsent(name, (k) -> new int[5]);
		n[4]++;
		if (right) {
			n[0]++;
		}
		if (expected != null) {
			n[1]++;
		}
		if (proposed != null) {
			n[2]++;
			if (right) {
				n[3]++;
			}
		}
		if (!right) {
			this.misses.add(id + " " + name + ": expected " + expected + ", proposed " + proposed);
		}
	}

	double exact(String field) {
		return pct(this.counts.get(field)[0], this.cases);
	}

	double participantRecall() {
		return pct(this.participantsRight, this.participantsExpected);
	}

	double participantPrecision() {
		return pct(this.participantsRight, this.participantsProposed);
	}

	private void print(boolean duplicates) {
		StringBuilder out = new StringBuilder("\nFrom report to draft: " + this.cases + " labelled reports"
				+ (duplicates ? ", against the seeded database" : ", offline dictionary") + "\n");
		out.append(String.format("%-14s %8s %10s %8s%n", "field", "exact", "precision", "recall"));
		this.counts.forEach((name, n) -> out.append(String.format("%-14s %7.1f%% %9.1f%% %7.1f%%%n", name,
				pct(n[0], n[4]), pct(n[3], n[2]), pct(n[3], n[1]))));
		out.append(String.format("%-14s %8s %9.1f%% %7.1f%%%n", "participants", "", participantPrecision(),
				participantRecall()));
		out.append(String.format("dates proposed that the text does not support: %d%n", this.unsupportedDates));
		if (duplicates) {
			out.append(String.format("recorded contacts found: %d of %d; a duplicate proposed where none is: %d%n",
					this.duplicatesFound, this.duplicatesExpected, this.wrongDuplicates));
		}
		this.misses.forEach((m) -> out.append("  miss: ").append(m).append('\n'));
		System.out.println(out);
	}

	private static double pct(int part, int whole) {
		return (whole == 0) ? 100.0 : 100.0 * part / whole;
	}

	private static String surname(String name) {
		String[] words = name.strip().split("\\s+");
		return Token.normalize(words[words.length - 1]);
	}

	private static String text(JsonNode c, String field) {
		JsonNode v = c.get(field);
		return (v == null || v.isNull()) ? null : v.asString();
	}

	static String read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
