package org.atelier.stakeholder;

/**
 * How engaged an organisation is with the atelier, from not knowing it exists to leading it. The
 * declaration order is the scale: comparing the level now with the desired level gives the gap.
 */
public enum Engagement implements Keyed {

	UNAWARE, RESISTANT, NEUTRAL, SUPPORTIVE, LEADING
}
