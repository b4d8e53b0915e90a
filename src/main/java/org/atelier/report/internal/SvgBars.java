package org.atelier.report.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Draws the bars of the printed report as small SVG pictures, one per value, so that the labels
 * and figures stay text beside them (readable, searchable and extracted with the PDF's text).
 */
public final class SvgBars {

	static final int WIDTH = 160;
	static final int HEIGHT = 10;

	/** A bar of {@code value} on a scale from 0 to {@code max}; an empty track when there is no value. */
	public String bar(@Nullable Number value, double max) {
		double share = value == null || max <= 0 ? 0 : Math.max(0, Math.min(1, value.doubleValue() / max));
		int filled = (int) Math.round(share * WIDTH);
		return String.format(Locale.ROOT, """
				<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">\
				<rect x="0" y="0" width="%d" height="%d" fill="#e3e8eb"/>\
				<rect x="0" y="0" width="%d" height="%d" fill="#1b5e70"/></svg>""",
				WIDTH, HEIGHT, WIDTH, HEIGHT, WIDTH, HEIGHT, filled, HEIGHT);
	}
}
