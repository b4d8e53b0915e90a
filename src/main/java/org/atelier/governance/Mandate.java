package org.atelier.governance;

/** The atelier's mandate: what it may decide or propose, and on whose behalf. Version 0 means none yet. */
public record Mandate(String text, int version) {

	public boolean recorded() {
		return version > 0 && !text.isBlank();
	}
}
