package org.backchannel.web.page;

/**
 * A form button that changes the rows instead of saving: {@code add:participants} or
 * {@code remove:participants:2}.
 */
public record RowAction(String verb, String list, int index) {

	public static RowAction parse(String action) {
		if (action == null || action.isBlank()) {
			return null;
		}
		String[] parts = action.split(":");
		int index = -1;
		if (parts.length > 2) {
			try {
				index = Integer.parseInt(parts[2]);
			}
			catch (NumberFormatException ex) {
				index = -1;
			}
		}
		return new RowAction(parts[0], (parts.length > 1) ? parts[1] : "", index);
	}

	public boolean is(String expected) {
		return this.verb.equals(expected);
	}

}
