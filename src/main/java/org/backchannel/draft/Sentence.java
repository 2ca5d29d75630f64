package org.backchannel.draft;

/**
 * A sentence of the pasted text with its character span ({@code end} exclusive).
 */
record Sentence(int index, int start, int end, String text) {

	boolean contains(int offset) {
		return offset >= this.start && offset < this.end;
	}

}
