package org.atelier.activity;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.atelier.method.BuildingBlock;
import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a person fills in to plan a session: its kind and series, title, purpose and expected
 * outcomes, local start time in a named time zone and duration, place or online link, who
 * facilitates and who keeps the minutes, the building blocks and hypotheses it serves, the agenda
 * (one item per line) and who is invited (members and contact persons of the register).
 */
public record SessionInput(String kind, @Nullable String series, String title, @Nullable String purpose,
		@Nullable String expectedOutcomes, LocalDateTime start, ZoneId zone, int durationMinutes,
		@Nullable String place, @Nullable String onlineLink, @Nullable Long facilitatorId,
		@Nullable Long secretaryId, Set<BuildingBlock> blocks, List<String> agenda, List<Long> invitedMembers,
		List<Long> invitedContacts, List<Long> hypotheses) {

	public static final int TITLE_MAX = 300;
	public static final int SHORT_MAX = 300;
	public static final int TEXT_MAX = 8000;
	public static final int LINK_MAX = 1000;
	public static final int DURATION_MAX = 7 * 24 * 60;
	public static final int AGENDA_MAX = 50;

	public SessionInput {
		blocks = blocks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(blocks));
		agenda = List.copyOf(agenda);
		invitedMembers = List.copyOf(invitedMembers.stream().distinct().toList());
		invitedContacts = List.copyOf(invitedContacts.stream().distinct().toList());
		hypotheses = List.copyOf(hypotheses.stream().distinct().toList());
	}

	/** Checks the raw values of a form or a JSON body, reporting every problem at once. */
	public static SessionInput parse(@Nullable String kind, @Nullable String series, @Nullable String title,
			@Nullable String purpose, @Nullable String expectedOutcomes, @Nullable String start,
			@Nullable String timeZone, @Nullable String durationMinutes, @Nullable String place,
			@Nullable String onlineLink, @Nullable Long facilitatorId, @Nullable Long secretaryId,
			@Nullable List<String> blocks, @Nullable String agenda, @Nullable List<Long> invitedMembers,
			@Nullable List<Long> invitedContacts, @Nullable List<Long> hypotheses) {
		List<FieldProblem.Violation> problems = new ArrayList<>();
		String k = ActionInput.trim(kind);
		if (k == null) {
			problems.add(new FieldProblem.Violation("kind", "activity.session.kind.required"));
		}
		String t = limited(problems, "title", title, TITLE_MAX);
		if (t == null) {
			problems.add(new FieldProblem.Violation("title", "activity.session.title.required"));
		}
		String s = limited(problems, "series", series, SHORT_MAX);
		String p = limited(problems, "purpose", purpose, TEXT_MAX);
		String e = limited(problems, "expectedOutcomes", expectedOutcomes, TEXT_MAX);
		String pl = limited(problems, "place", place, SHORT_MAX);
		String link = limited(problems, "onlineLink", onlineLink, LINK_MAX);
		if (link != null && !webAddress(link)) {
			problems.add(new FieldProblem.Violation("onlineLink", "activity.session.onlineLink.invalid"));
		}
		LocalDateTime at = null;
		if (ActionInput.trim(start) == null) {
			problems.add(new FieldProblem.Violation("start", "activity.session.start.required"));
		}
		else {
			try {
				at = LocalDateTime.parse(start.trim());
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem.Violation("start", "activity.session.start.invalid"));
			}
		}
		ZoneId zone = null;
		try {
			zone = ZoneId.of(ActionInput.trim(timeZone) == null ? "" : timeZone.trim());
		}
		catch (DateTimeException ex) {
			problems.add(new FieldProblem.Violation("timeZone", "activity.session.timeZone.invalid"));
		}
		int minutes = 0;
		try {
			minutes = Integer.parseInt(ActionInput.trim(durationMinutes) == null ? "" : durationMinutes.trim());
			if (minutes < 1 || minutes > DURATION_MAX) {
				problems.add(new FieldProblem.Violation("durationMinutes", "activity.session.duration.range", DURATION_MAX));
			}
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem.Violation("durationMinutes", "activity.session.duration.range", DURATION_MAX));
		}
		Set<BuildingBlock> parsedBlocks = EnumSet.noneOf(BuildingBlock.class);
		for (String b : blocks == null ? List.<String>of() : blocks) {
			if (b == null || b.isBlank()) {
				continue;
			}
			try {
				parsedBlocks.add(BuildingBlock.fromKey(b));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem.Violation("blocks", "activity.session.block.unknown", b));
			}
		}
		List<String> items = new ArrayList<>();
		for (String line : agenda == null ? new String[0] : agenda.split("\\R")) {
			String item = line.strip();
			if (!item.isEmpty()) {
				items.add(item);
				if (item.length() > TITLE_MAX) {
					problems.add(new FieldProblem.Violation("agenda", "activity.session.agenda.itemTooLong", items.size(), TITLE_MAX));
				}
			}
		}
		if (items.size() > AGENDA_MAX) {
			problems.add(new FieldProblem.Violation("agenda", "activity.session.agenda.tooMany", AGENDA_MAX));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return new SessionInput(k, s, t, p, e, at, zone, minutes, pl, link, facilitatorId, secretaryId, parsedBlocks,
				items, nonNull(invitedMembers), nonNull(invitedContacts), nonNull(hypotheses));
	}

	private static List<Long> nonNull(@Nullable List<Long> ids) {
		return ids == null ? List.of() : ids.stream().filter(java.util.Objects::nonNull).toList();
	}

	private static @Nullable String limited(List<FieldProblem.Violation> problems, String field, @Nullable String value,
			int max) {
		String v = ActionInput.trim(value);
		if (v != null && v.length() > max) {
			problems.add(new FieldProblem.Violation(field, "activity.tooLong", max));
		}
		return v;
	}

	static boolean webAddress(String text) {
		try {
			URI uri = new URI(text);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException e) {
			return false;
		}
	}
}
