package org.backchannel.source;

import org.jspecify.annotations.Nullable;
import org.backchannel.model.PartialDate;

/**
 * A source as cited next to a fact.
 *
 * @param voice whose voice it is (a government, state media, independent media, an
 * aggregator)
 */
public record SourceRef(long id, String outlet, String title, @Nullable String url, PartialDate published,
		Voice voice) {

	/**
	 * The outlet's short display name for link text: the outlet up to its first
	 * parenthesis or comma ("Thanh Niên" of "Thanh Niên (thanhnien.vn), English
	 * translation of the Vietnamese original"). The whole description is shown where the
	 * source is shown in full, at /sources/{id}.
	 */
	public String shortName() {
		return shortName(this.outlet);
	}

	public static String shortName(String outlet) {
		if (outlet == null) {
			return null;
		}
		int end = outlet.length();
		for (String stop : new String[] { " (", "(", ", " }) {
			int at = outlet.indexOf(stop);
			if (at > 0 && at < end) {
				end = at;
			}
		}
		String name = outlet.substring(0, end).strip();
		return name.isEmpty() ? outlet.strip() : name;
	}

}
