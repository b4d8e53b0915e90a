package org.atelier.report.internal;

import java.util.Locale;

import org.atelier.atelier.AtelierView;

/**
 * A section of an atelier's dashboard and progress report. Each is a bean; its {@link #key()}
 * names the fragments that show it on the page ({@code report/sections :: screen-<key>}) and in
 * the PDF ({@code report/progress :: print-<key>}).
 */
public interface DashboardPart {

	String key();

	/** Where the section sits; lower first. */
	int order();

	/** The section's figures for an atelier the caller may see, read through the owning module's API. */
	Object content(AtelierView atelier, Locale locale);
}
