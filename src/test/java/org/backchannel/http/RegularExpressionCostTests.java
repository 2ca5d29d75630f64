package org.backchannel.http;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tomcat.util.http.parser.AcceptEncoding;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every regular expression the application holds (each {@code static Pattern} field and
 * each Bean Validation {@code @Pattern} on what a request binds to) costs time linear in
 * its input, whatever a client sends: each is fed long hostile runs (of each kind of
 * character, after each prefix of an input it is meant for) and the characters the
 * matcher reads are counted, not timed. Four times the input may cost at most eight times
 * the reads (a quadratic pattern costs sixteen).
 */
class RegularExpressionCostTests {

	private static final int SHORT = 150;

	private static final int LONG = 600;

	/** Characters a hostile run is made of: one of each class a pattern tells apart. */
	private static final String ALPHABET = "a1 .,;=-\"'/:_(\t\u00e9A\u0436";

	/**
	 * Inputs some patterns are meant for; each prefix of each is a place a run starts.
	 */
	private static final Map<String, List<String>> SEEDS = Map.of("ENTITY_TAG", List.of("W/\"v3-0a1b2c\", \"v4-ff\""),
			"@Pattern", List.of("a-b-c", "en-GB", "US"));

	/** How the code applies a pattern, where it does not search with find(). */
	private static final Map<String, Mode> MODES = Map.of("RecordTags.ENTITY_TAG", Mode.LOOKING_AT,
			"LeadDates.DATELINE", Mode.MATCHES);

	/**
	 * Accept-Encoding is read by Tomcat's own parser (the server compresses): four times
	 * a hostile header costs at most eight times the characters read, and the header
	 * still means what it says.
	 */
	@Test
	void theGzipOfAcceptEncodingIsReadInTimeLinearInTheHeader() throws IOException {
		for (String[] run : new String[][] { { "gzip;q=0.", "1", "!" }, { "", ",", "gzip" }, { "gzip", " ", ";q=1" },
				{ "", "gzip;q=0,", "" }, { "x", "\"", "" }, { "gzip;", "a=", "" } }) {
			long few = acceptEncodingReads(run[0] + run[1].repeat(2000) + run[2]);
			long many = acceptEncodingReads(run[0] + run[1].repeat(8000) + run[2]);
			assertThat(many).as(String.join("", run)).isLessThanOrEqualTo(8 * Math.max(few, 1));
		}
		assertThat(acceptsGzip("gzip;q=0." + "1".repeat(7900) + "!")).isFalse();
		assertThat(acceptsGzip("gzip;q=0.5")).isTrue();
		assertThat(acceptsGzip("br, gzip;q=1.0")).isTrue();
		assertThat(acceptsGzip("gzip;q=0, *;q=0")).isFalse();
		assertThat(acceptsGzip("gzip;q=0.000")).isFalse();
		assertThat(acceptsGzip("gzip;q=1.5")).isFalse();
	}

	private static boolean acceptsGzip(String header) throws IOException {
		List<AcceptEncoding> codings = AcceptEncoding.parse(new StringReader(header));
		return codings != null && codings.stream().anyMatch((coding) -> coding.getEncoding().equals("gzip"));
	}

	/** The characters Tomcat's parser reads of one Accept-Encoding value. */
	private static long acceptEncodingReads(String header) throws IOException {
		long[] reads = { 0 };
		AcceptEncoding.parse(new StringReader(header) {

			@Override
			public int read() throws IOException {
				reads[0]++;
				return super.read();
			}

			@Override
			public int read(char[] buffer, int offset, int length) throws IOException {
				reads[0] += length;
				return super.read(buffer, offset, length);
			}

			@Override
			public long skip(long n) throws IOException {
				reads[0] += n;
				return super.skip(n);
			}

		});
		return reads[0];
	}

	@Test
	void everyRegularExpressionOfTheApplicationCostsTimeLinearInItsInput() throws Exception {
		Map<String, Pattern> patterns = applicationPatterns();
		assertThat(patterns).as("the scan finds the application's patterns").containsKey("RecordTags.ENTITY_TAG");
		List<String> superLinear = new ArrayList<>();
		patterns.forEach((name, pattern) -> {
			Mode mode = MODES.getOrDefault(name, name.startsWith("@Pattern") ? Mode.MATCHES : Mode.FIND);
			for (String prefix : prefixes(name)) {
				for (char c : ALPHABET.toCharArray()) {
					long large = reads(pattern, mode, prefix, c, LONG);
					if (large <= 16L * LONG) {
						continue;
					}
					long small = reads(pattern, mode, prefix, c, SHORT);
					if (large > 8 * Math.max(small, SHORT)) {
						superLinear.add("%s /%s/ on \"%s\" + '%s' x n: %d reads at n=%d, %d at n=%d".formatted(name,
								pattern.pattern(), prefix, c, small, SHORT, large, LONG));
						return;
					}
				}
			}
		});
		assertThat(superLinear).as("patterns that cost more than linear time").isEmpty();
	}

	private static List<String> prefixes(String name) {
		List<String> prefixes = new ArrayList<>(List.of(""));
		SEEDS.forEach((key, seeds) -> {
			if (name.endsWith(key) || name.startsWith(key)) {
				for (String seed : seeds) {
					for (int i = 1; i <= seed.length(); i++) {
						prefixes.add(seed.substring(0, i));
					}
				}
			}
		});
		return prefixes;
	}

	private static long reads(Pattern pattern, Mode mode, String prefix, char c, int n) {
		CountingText text = new CountingText(prefix + String.valueOf(c).repeat(n) + "\u0001");
		Matcher matcher = pattern.matcher(text);
		switch (mode) {
			case FIND -> {
				while (matcher.find()) {
					// every match, as a loop over find() would
				}
			}
			case MATCHES -> matcher.matches();
			case LOOKING_AT -> matcher.lookingAt();
		}
		return text.reads;
	}

	/** Every static Pattern and every @Pattern regexp in org.backchannel, by name. */
	private static Map<String, Pattern> applicationPatterns() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*")));
		Map<String, Pattern> patterns = new LinkedHashMap<>();
		for (var candidate : scanner.findCandidateComponents("org.backchannel")) {
			if (candidate.getBeanClassName().startsWith("org.backchannel.client.")) {
				continue;
			}
			// loaded without running its static initialisers: collect() reads the static
			// Pattern fields (which runs those of a class that has one) and annotations
			// only
			Class<?> type = Class.forName(candidate.getBeanClassName(), false,
					RegularExpressionCostTests.class.getClassLoader());
			collect(type, patterns);
			for (Class<?> nested : type.getDeclaredClasses()) {
				collect(nested, patterns);
			}
		}
		return patterns;
	}

	private static void collect(Class<?> type, Map<String, Pattern> patterns) {
		for (Field field : type.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
				try {
					field.setAccessible(true);
					patterns.put(type.getSimpleName() + "." + field.getName(), (Pattern) field.get(null));
				}
				catch (ReflectiveOperationException | RuntimeException ex) {
					throw new IllegalStateException("Cannot read " + type.getName() + "." + field.getName(), ex);
				}
			}
			annotated(field.getAnnotation(jakarta.validation.constraints.Pattern.class),
					type.getSimpleName() + "." + field.getName(), patterns);
		}
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				annotated(component.getAnnotation(jakarta.validation.constraints.Pattern.class),
						type.getSimpleName() + "." + component.getName(), patterns);
			}
		}
	}

	private static void annotated(jakarta.validation.constraints.Pattern constraint, String where,
			Map<String, Pattern> patterns) {
		if (constraint != null) {
			patterns.put("@Pattern " + where, Pattern.compile(constraint.regexp()));
		}
	}

	private enum Mode {

		FIND, MATCHES, LOOKING_AT

	}

	/** Text that counts how many characters a matcher reads. */
	private static final class CountingText implements CharSequence {

		private final String text;

		private long reads;

		CountingText(String text) {
			this.text = text;
		}

		@Override
		public int length() {
			return this.text.length();
		}

		@Override
		public char charAt(int index) {
			this.reads++;
			return this.text.charAt(index);
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return this.text.subSequence(start, end);
		}

		@Override
		public String toString() {
			return this.text;
		}

	}

}
