package org.atelier.report.internal;

import java.util.List;
import java.util.Locale;

import org.atelier.atelier.AtelierSummary;

/**
 * A section of the portfolio. Each is a bean; it receives only the ateliers the viewer may see
 * and must count nothing else. Its {@link #key()} names the fragment
 * {@code report/portfolio :: part-<key>}.
 */
public interface PortfolioPart {

	String key();

	int order();

	Object content(List<AtelierSummary> ateliers, Locale locale);
}
