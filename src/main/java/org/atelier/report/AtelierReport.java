package org.atelier.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.atelier.atelier.AtelierView;

/** An atelier's dashboard and progress report: the atelier, the day it was read, its sections in order. */
public record AtelierReport(AtelierView atelier, LocalDate date, List<ReportSection> sections) {

	public AtelierReport {
		sections = List.copyOf(sections);
	}

	/** The content of the section with the given key, if the report has one. */
	public Optional<Object> section(String key) {
		return sections.stream().filter(s -> s.key().equals(key)).findFirst().map(ReportSection::content);
	}
}
