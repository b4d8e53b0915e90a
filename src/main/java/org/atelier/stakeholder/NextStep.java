package org.atelier.stakeholder;

/**
 * What to do next with an organisation, read from the gap between its engagement now and the
 * engagement the atelier wants from it: raise it one step at a time from where it stands, keep it
 * where it already is, or spend no extra effort where it is ahead of what is needed.
 */
public enum NextStep implements Keyed {

	/** Make the organisation aware of the atelier and its challenge. */
	INFORM,
	/** Learn and address the reasons behind its resistance. */
	ADDRESS_CONCERNS,
	/** Involve it in the work so that it comes to support the atelier. */
	INVOLVE,
	/** Give it a share in leading the atelier. */
	SHARE_LEAD,
	/** Keep the current level of engagement. */
	MAINTAIN,
	/** More engaged than needed: keep contact proportionate. */
	KEEP_PROPORTIONATE;

	public static NextStep of(Engagement now, Engagement desired) {
		int gap = desired.ordinal() - now.ordinal();
		if (gap == 0) {
			return MAINTAIN;
		}
		if (gap < 0) {
			return KEEP_PROPORTIONATE;
		}
		return switch (now) {
			case UNAWARE -> INFORM;
			case RESISTANT -> ADDRESS_CONCERNS;
			case NEUTRAL -> INVOLVE;
			case SUPPORTIVE, LEADING -> SHARE_LEAD;
		};
	}
}
