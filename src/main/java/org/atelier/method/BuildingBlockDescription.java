package org.atelier.method;

/** A building block in one language: what it is for and what goes wrong without it. */
public record BuildingBlockDescription(BuildingBlock block, String name, String purpose, String withoutIt,
		String source) {

	public String key() {
		return block.key();
	}
}
