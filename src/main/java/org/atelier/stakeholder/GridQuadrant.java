package org.atelier.stakeholder;

/**
 * The quadrant of the power/interest grid (Mendelow 1991; Eden &amp; Ackermann 1998) an
 * organisation falls in. Influence and interest are scored 1–5; 3 and above counts as high.
 */
public enum GridQuadrant implements Keyed {

	MANAGE_CLOSELY, KEEP_SATISFIED, KEEP_INFORMED, MONITOR;

	/** The score from which influence or interest counts as high. */
	public static final int HIGH_FROM = 3;

	public static GridQuadrant of(int influence, int interest) {
		boolean strong = influence >= HIGH_FROM;
		boolean concerned = interest >= HIGH_FROM;
		if (strong) {
			return concerned ? MANAGE_CLOSELY : KEEP_SATISFIED;
		}
		return concerned ? KEEP_INFORMED : MONITOR;
	}
}
