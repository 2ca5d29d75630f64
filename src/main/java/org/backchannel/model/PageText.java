package org.backchannel.model;

/**
 * Text for a page's description tags: plain, on one line, and short enough for a link
 * preview.
 */
public final class PageText {

	static final int DESCRIPTION_LENGTH = 200;

	private PageText() {
	}

	/**
	 * The text on one line, cut at a word before {@value #DESCRIPTION_LENGTH} characters.
	 */
	public static String description(String text) {
		if (text == null) {
			return null;
		}
		String line = text.strip().replaceAll("\\s+", " ");
		if (line.length() <= DESCRIPTION_LENGTH) {
			return line;
		}
		int cut = line.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
		return line.substring(0, (cut > 0) ? cut : DESCRIPTION_LENGTH - 1) + "…";
	}

}
