package org.atelier.report.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.report.internal.Tally;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON that the pages put in a chart's {@code data-chart} attribute: localized labels and the
 * figures, which the tables beside the charts show as well.
 */
@Component
class ReportCharts {

	private final JsonMapper json;
	private final MessageSource messages;

	ReportCharts(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	/** A bar chart of counts, each label the message {@code labelPrefix + key}. */
	String bars(String title, List<Tally> tallies, String labelPrefix, Locale locale) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("label", title);
		chart.put("labels", tallies.stream().map(t -> messages.getMessage(labelPrefix + t.key(), null, t.key(), locale))
			.toList());
		chart.put("values", tallies.stream().map(Tally::count).toList());
		return json.writeValueAsString(chart);
	}

	/** A radar of one series of scores, in the form the assessment charts read. */
	String radar(String seriesLabel, List<String> labels, List<? extends Number> scores) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("label", seriesLabel);
		series.put("kind", "current");
		series.put("data", new ArrayList<>(scores));
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", labels);
		chart.put("series", List.of(series));
		return json.writeValueAsString(chart);
	}
}
