package org.atelier.governance;

import java.time.LocalDate;
import java.util.List;

import org.atelier.shared.links.FollowUpActions.ActionSummary;
import org.atelier.shared.links.LinkTarget;
import org.jspecify.annotations.Nullable;

/** A decision with its links and, where the actions module exists, the actions that carry it out. */
public record DecisionView(long id, String title, @Nullable String context, List<String> options,
		@Nullable String decision, @Nullable String rationale, DecisionStatus status, @Nullable String preparedBy,
		@Nullable String decidedBy, @Nullable String consulted, @Nullable String informed,
		@Nullable LocalDate decidedOn, @Nullable Long escalationLevelId, @Nullable String escalationLevelName,
		@Nullable Long supersedesId, @Nullable Long supersededById, Implementation implementation, int version,
		List<LinkTarget> links, List<ActionSummary> actions) {
}
