/**
 * Reports and overviews: an atelier's dashboard (phase and timeline, readiness, latest
 * building-block scores, open and overdue actions, recent decisions, hypotheses by status,
 * stakeholder commitment), the printable progress report as PDF, the portfolio across the
 * ateliers a person may see, and CSV and JSON exports of lessons, actions, decisions and
 * stakeholders. Reads the other modules only through their application services, which apply
 * their own access checks; nothing depends on this module.
 *
 * <p>Dashboard, report and portfolio are lists of sections: each section is a bean in
 * {@code internal} (a {@code DashboardPart} or {@code PortfolioPart}) with fragments of the same
 * key in {@code templates/report/sections.html} (screen) and {@code templates/report/print.html}
 * (print), or {@code templates/report/portfolio.html} for the portfolio. A new section, such as
 * funding, is one more bean and its fragments.
 */
@NullMarked
package org.atelier.report;

import org.jspecify.annotations.NullMarked;
