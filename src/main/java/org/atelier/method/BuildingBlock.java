package org.atelier.method;

/** The six building blocks that need attention while an atelier is established, matures and stabilises. */
public enum BuildingBlock {

	VISION_MISSION_STRATEGY, VALUE_PROPOSITION, STRATEGIC_COORDINATION, OPEN_INNOVATION_ACTIVITIES,
	LEARNING_KNOWLEDGE_DIFFUSION, ORGANISATIONAL_CAPACITY;

	/** The key used in data files, URLs and JSON: lower-case with dashes. */
	public String key() {
		return name().toLowerCase().replace('_', '-');
	}

	public static BuildingBlock fromKey(String key) {
		return valueOf(key.trim().toUpperCase().replace('-', '_'));
	}
}
