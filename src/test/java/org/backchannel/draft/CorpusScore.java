package org.backchannel.draft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * Scores the reader on the labelled corpus of real report excerpts
 * (src/test/resources/drafts/reports.json), one part at a time. A case is in the held-out
 * part when the first four bytes of the SHA-256 of its id, read as an unsigned number,
 * are divisible by three; the split was made once, before any tuning, and each case's
 * stored {@code part} must agree with it. Fields of a contact (date, type, status,
 * participants, recorded contact) are scored on the texts labelled as reporting a
 * US–Russia contact; the texts labelled as reporting none are scored on whether the
 * answer is "no contact found".
 */
final class CorpusScore {

	static final String HELD_OUT = "HELD_OUT";

	static final String TUNING = "TUNING";

	/**
	 * The second held-out batch (drafts/reports-new-held-out.json), added on 7 December
	 * 2026 and scored before any rule was changed after it was written: held out whole,
	 * never tuned on, its misses never printed.
	 */
	static final String NEW_HELD_OUT = "NEW_HELD_OUT";

	/**
	 * The third held-out batch (drafts/reports-third-held-out.json), added on 7 December
	 * 2026 (night, second session) and scored before any rule was changed after it was
	 * written: held out whole, never tuned on, its misses never printed.
	 */
	static final String THIRD_HELD_OUT = "THIRD_HELD_OUT";

	/**
	 * The fourth held-out batch (drafts/reports-fourth-held-out.json), added on 7
	 * December 2026 (fourth session) and committed before any rule of that session was
	 * changed: held out whole, never tuned on, its misses never printed.
	 */
	static final String FOURTH_HELD_OUT = "FOURTH_HELD_OUT";

	/**
	 * The fifth held-out batch (drafts/reports-fifth-held-out.json), added on 7 December
	 * 2026 (fifth session) by a helper who changed no rule and never ran the reader on
	 * it, while another tuned the rules without seeing it: held out whole and blind,
	 * scored once, after both were merged, its misses never printed.
	 */
	static final String FIFTH_HELD_OUT = "FIFTH_HELD_OUT";

	/**
	 * Further real excerpts added to the tuning part on 7 December 2026
	 * (drafts/reports-tuning-added.json): scored and tuned on with the tuning part of
	 * drafts/reports.json.
	 */
	static final String TUNING_ADDED_FILE = "drafts/reports-tuning-added.json";

	final String part;

	final List<String> misses = new ArrayList<>();

	int contacts;

	int datesExact;

	int datesInvented;

	int typesRight;

	int statusesRight;

	int participantsExpected;

	int participantsProposed;

	int participantsRight;

	int recordedExpected;

	int recordedFound;

	int recordedWrong;

	int nonContacts;

	int nonContactsRecognised;

	int contactsDropped;

	private CorpusScore(String part) {
		this.part = part;
	}

	static JsonNode corpus() throws IOException {
		return read("drafts/reports.json");
	}

	static JsonNode newBatch() throws IOException {
		return read("drafts/reports-new-held-out.json");
	}

	static JsonNode thirdBatch() throws IOException {
		return read("drafts/reports-third-held-out.json");
	}

	static JsonNode fourthBatch() throws IOException {
		return read("drafts/reports-fourth-held-out.json");
	}

	static JsonNode fifthBatch() throws IOException {
		return read("drafts/reports-fifth-held-out.json");
	}

	static JsonNode tuningAdded() throws IOException {
		return read(TUNING_ADDED_FILE);
	}

	private static JsonNode read(String path) throws IOException {
		return JsonMapper.builder().build().readTree(new ClassPathResource(path).getInputStream());
	}

	/** The part a case belongs to, from its id alone. */
	static String partOf(String id) {
		try {
			byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
			long n = ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
			return (n % 3 == 0) ? HELD_OUT : TUNING;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static CorpusScore run(String part, BiFunction<String, LocalDate, DraftProposal> reader) throws IOException {
		CorpusScore score = new CorpusScore(part);
		List<JsonNode> cases = new ArrayList<>();
		if (NEW_HELD_OUT.equals(part)) {
			newBatch().forEach(cases::add);
		}
		else if (THIRD_HELD_OUT.equals(part)) {
			thirdBatch().forEach(cases::add);
		}
		else if (FOURTH_HELD_OUT.equals(part)) {
			fourthBatch().forEach(cases::add);
		}
		else if (FIFTH_HELD_OUT.equals(part)) {
			fifthBatch().forEach(cases::add);
		}
		else {
			corpus().forEach((c) -> {
				if (partOf(c.get("id").asString()).equals(part)) {
					cases.add(c);
				}
			});
			if (TUNING.equals(part)) {
				tuningAdded().forEach(cases::add);
			}
		}
		for (JsonNode c : cases) {
			score.add(c, reader.apply(c.get("text").asString(), LocalDate.parse(c.get("published").asString())));
		}
		return score;
	}

	private void add(JsonNode c, DraftProposal p) {
		String id = c.get("id").asString();
		if (!c.get("contact").asBoolean()) {
			this.nonContacts++;
			if (p.outcome() == DraftProposal.Outcome.NO_CONTACT) {
				this.nonContactsRecognised++;
			}
			else {
				this.misses.add(id + ": reports no contact, but a draft was proposed (" + p.summary() + ")");
			}
			return;
		}
		this.contacts++;
		if (!p.isDraft()) {
			this.contactsDropped++;
			this.misses.add(id + ": reports a contact, answered " + p.outcome() + ": " + p.outcomeReason());
		}
		String expectedDate = text(c, "date");
		String labelled = (expectedDate != null) ? expectedDate + " " + c.get("precision").asString() : null;
		String proposed = p.date().isPresent() ? p.date().value().value() + " " + p.date().value().precision() : null;
		if (Objects.equals(labelled, proposed)) {
			this.datesExact++;
		}
		else {
			this.misses.add(id + " date: expected " + labelled + ", proposed " + proposed);
		}
		if (labelled == null && proposed != null) {
			this.datesInvented++;
		}
		String type = p.type().isPresent() ? p.type().value().name() : null;
		if (Objects.equals(text(c, "type"), type)) {
			this.typesRight++;
		}
		else {
			this.misses.add(id + " type: expected " + text(c, "type") + ", proposed " + type);
		}
		String status = p.status().isPresent() ? p.status().value().name() : null;
		if (Objects.equals(text(c, "status"), status)) {
			this.statusesRight++;
		}
		else {
			this.misses.add(id + " status: expected " + text(c, "status") + ", proposed " + status);
		}
		Set<String> expected = new LinkedHashSet<>();
		c.get("participants").forEach((n) -> expected.add(surname(n.asString())));
		Set<String> found = new LinkedHashSet<>();
		p.participants().forEach((x) -> found.add(surname(x.value().name())));
		p.newActors().forEach((x) -> found.add(surname(x.value().name())));
		Set<String> right = new LinkedHashSet<>(found);
		right.retainAll(expected);
		this.participantsExpected += expected.size();
		this.participantsProposed += found.size();
		this.participantsRight += right.size();
		if (!expected.equals(found)) {
			this.misses.add(id + " participants: expected " + expected + ", proposed " + found);
		}
		String recorded = text(c, "duplicate");
		String claimed = p.duplicate().isPresent() ? p.duplicate().value().slug() : null;
		if (recorded != null) {
			this.recordedExpected++;
			if (recorded.equals(claimed)) {
				this.recordedFound++;
			}
			else {
				this.misses.add(id + " recorded contact: expected " + recorded + ", found " + claimed);
			}
		}
		if (claimed != null && !claimed.equals(recorded)) {
			this.recordedWrong++;
			if (recorded == null) {
				this.misses.add(id + " recorded contact: expected none, found " + claimed);
			}
		}
	}

	/** Several held-out parts scored as one. */
	static CorpusScore combined(String part, CorpusScore... scores) {
		CorpusScore s = new CorpusScore(part);
		for (CorpusScore a : scores) {
			s.contacts += a.contacts;
			s.datesExact += a.datesExact;
			s.datesInvented += a.datesInvented;
			s.typesRight += a.typesRight;
			s.statusesRight += a.statusesRight;
			s.participantsExpected += a.participantsExpected;
			s.participantsProposed += a.participantsProposed;
			s.participantsRight += a.participantsRight;
			s.recordedExpected += a.recordedExpected;
			s.recordedFound += a.recordedFound;
			s.recordedWrong += a.recordedWrong;
			s.nonContacts += a.nonContacts;
			s.nonContactsRecognised += a.nonContactsRecognised;
			s.contactsDropped += a.contactsDropped;
		}
		return s;
	}

	double dateExact() {
		return pct(this.datesExact, this.contacts);
	}

	double type() {
		return pct(this.typesRight, this.contacts);
	}

	double status() {
		return pct(this.statusesRight, this.contacts);
	}

	double participantRecall() {
		return pct(this.participantsRight, this.participantsExpected);
	}

	double participantPrecision() {
		return pct(this.participantsRight, this.participantsProposed);
	}

	double recordedFound() {
		return pct(this.recordedFound, this.recordedExpected);
	}

	double nonContact() {
		return pct(this.nonContactsRecognised, this.nonContacts);
	}

	String report() {
		StringBuilder out = new StringBuilder();
		out.append(String.format("%n%s part: %d texts reporting a contact, %d reporting none%n", this.part,
				this.contacts, this.nonContacts));
		out.append(String.format("  date exact            %5.1f %%  (%d invented)%n", dateExact(), this.datesInvented));
		out.append(String.format("  participants          recall %5.1f %%, precision %5.1f %%%n", participantRecall(),
				participantPrecision()));
		out.append(String.format("  type                  %5.1f %%%n", type()));
		out.append(String.format("  status                %5.1f %%%n", status()));
		out.append(String.format("  recorded contact      %5.1f %% found (%d of %d), %d wrongly claimed%n",
				recordedFound(), this.recordedFound, this.recordedExpected, this.recordedWrong));
		out.append(String.format("  no contact recognised %5.1f %% (%d of %d); contacts answered as none: %d%n",
				nonContact(), this.nonContactsRecognised, this.nonContacts, this.contactsDropped));
		if (TUNING.equals(this.part)) {
			// The held-out part's misses are not printed: it is scored, never tuned on.
			this.misses.forEach((m) -> out.append("    miss ").append(m).append('\n'));
		}
		return out.toString();
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

}
