package org.backchannel.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import org.backchannel.model.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * The strong entity tag of one record's JSON representation, and the If-Match check of
 * RFC 9110 (section 13.1.1) against it. The tag is the same on a GET, a HEAD and the
 * answer to a write, and it is what If-Match accepts; it is a hash of the kind of record,
 * its version and its whole representation, so it changes when anything a GET shows
 * changes (the record itself, or an actor's name it shows).
 */
@Component
public class RecordTags {

	private static final Pattern ENTITY_TAG = Pattern.compile("\\s*(W/)?(\"[\\x21\\x23-\\x7e\\x80-\\xff]*\")\\s*(,|$)");

	private final JsonMapper json;

	RecordTags(JsonMapper json) {
		this.json = json;
	}

	public String of(String kind, long version, Object representation) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((kind + ":" + version + ":").getBytes(StandardCharsets.UTF_8));
			digest.update(this.json.writeValueAsBytes(representation));
			byte[] hash = digest.digest();
			StringBuilder tag = new StringBuilder("\"v").append(version).append('-');
			for (int i = 0; i < 10; i++) {
				tag.append(String.format("%02x", hash[i]));
			}
			return tag.append('"').toString();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Refuses a write whose If-Match is missing (428) or names none of the current tag
	 * (412). {@code *} matches any current representation; weak tags never match (strong
	 * comparison).
	 */
	public static void require(String ifMatch, String current) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException();
		}
		if (!matches(ifMatch, current)) {
			throw new PreconditionFailedException(current);
		}
	}

	static boolean matches(String ifMatch, String current) {
		if (ifMatch.strip().equals("*")) {
			return true;
		}
		for (String[] tag : parse(ifMatch)) {
			if (tag[0] == null && tag[1].equals(current)) {
				return true;
			}
		}
		return false;
	}

	/** Each entity tag of a list as {weak prefix or null, quoted tag}. */
	static List<String[]> parse(String header) {
		List<String[]> tags = new ArrayList<>();
		Matcher matcher = ENTITY_TAG.matcher(header);
		int position = 0;
		// Each tag is matched where the last one ended (lookingAt, never a search from
		// every position): linear in the header's length.
		while (position < header.length() && matcher.region(position, header.length()).lookingAt()) {
			tags.add(new String[] { matcher.group(1), matcher.group(2) });
			position = matcher.end();
		}
		if (tags.isEmpty() || position < header.length()) {
			throw InvalidInputException.of("If-Match",
					"must be * or one or more ETags as a GET of the record gives them, such as \"v3-0a1b2c\".");
		}
		return tags;
	}

}
