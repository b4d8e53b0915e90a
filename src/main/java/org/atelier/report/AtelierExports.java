package org.atelier.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.atelier.activity.ActionRegister;
import org.atelier.activity.ActionView;
import org.atelier.atelier.AtelierAccess;
import org.atelier.governance.DecisionLog;
import org.atelier.governance.DecisionView;
import org.atelier.learning.LessonBook;
import org.atelier.learning.LessonView;
import org.atelier.method.BuildingBlock;
import org.atelier.stakeholder.ContactView;
import org.atelier.stakeholder.StakeholderRegister;
import org.atelier.stakeholder.StakeholderView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports of an atelier's lessons, follow-up actions, decisions and stakeholders, for its
 * members. Each register is read through its own module's service and so with its rules: the
 * lessons the atelier recorded (members read all of their own atelier's lessons, whatever their
 * visibility, which the export names), and of contact persons only those not erased.
 */
@Service
public class AtelierExports {

	private final AtelierAccess access;
	private final LessonBook lessons;
	private final ActionRegister actions;
	private final DecisionLog decisions;
	private final StakeholderRegister stakeholders;

	AtelierExports(AtelierAccess access, LessonBook lessons, ActionRegister actions, DecisionLog decisions,
			StakeholderRegister stakeholders) {
		this.access = access;
		this.lessons = lessons;
		this.actions = actions;
		this.decisions = decisions;
		this.stakeholders = stakeholders;
	}

	@Transactional(readOnly = true)
	public ExportTable export(long atelierId, ExportKind kind) {
		access.requireMember(atelierId);
		return switch (kind) {
			case LESSONS -> lessons(atelierId);
			case ACTIONS -> actions(atelierId);
			case DECISIONS -> decisions(atelierId);
			case STAKEHOLDERS -> stakeholders(atelierId);
		};
	}

	private ExportTable lessons(long atelierId) {
		List<List<@Nullable String>> rows = new ArrayList<>();
		for (LessonView l : lessons.list(atelierId)) {
			rows.add(Arrays.asList(String.valueOf(l.id()), l.title(), l.summary(), l.context(), l.whatHappened(),
					l.insight(), l.recommendation(), l.phase().key(),
					l.blocks().stream().map(BuildingBlock::key).sorted().collect(Collectors.joining(";")),
					l.theme().key(), l.city(), String.join(";", l.tags()), key(l.visibility().name()),
					key(l.language().name()), l.date().toString(), l.authorName()));
		}
		return new ExportTable(ExportKind.LESSONS, List.of("id", "title", "summary", "context", "what_happened",
				"insight", "recommendation", "phase", "building_blocks", "theme", "city", "tags", "visibility",
				"language", "date", "author"), rows);
	}

	private ExportTable actions(long atelierId) {
		List<List<@Nullable String>> rows = new ArrayList<>();
		for (ActionView a : actions.list(atelierId, ActionRegister.Filter.ALL)) {
			rows.add(Arrays.asList(String.valueOf(a.id()), a.title(), a.description(), a.ownerName(),
					a.due().toString(), a.status().key(), String.valueOf(a.overdue()), a.dropReason(), a.originKind(),
					a.originTitle(), instant(a.createdAt()), instant(a.completedAt())));
		}
		return new ExportTable(ExportKind.ACTIONS, List.of("id", "title", "description", "owner", "due", "status",
				"overdue", "drop_reason", "origin_kind", "origin_title", "created_at", "completed_at"), rows);
	}

	private ExportTable decisions(long atelierId) {
		List<List<@Nullable String>> rows = new ArrayList<>();
		for (DecisionView d : decisions.list(atelierId, null)) {
			rows.add(Arrays.asList(String.valueOf(d.id()), d.title(), d.status().key(), d.context(),
					String.join(";", d.options()), d.decision(), d.rationale(), d.preparedBy(), d.decidedBy(),
					d.consulted(), d.informed(), d.decidedOn() == null ? null : d.decidedOn().toString(),
					d.escalationLevelName(), d.implementation().key(),
					d.supersedesId() == null ? null : d.supersedesId().toString(),
					d.supersededById() == null ? null : d.supersededById().toString()));
		}
		return new ExportTable(ExportKind.DECISIONS, List.of("id", "title", "status", "context", "options", "decision",
				"rationale", "prepared_by", "decided_by", "consulted", "informed", "decided_on", "escalation_level",
				"implementation", "supersedes", "superseded_by"), rows);
	}

	private ExportTable stakeholders(long atelierId) {
		List<List<@Nullable String>> rows = new ArrayList<>();
		for (StakeholderView s : stakeholders.list(atelierId)) {
			String contacts = stakeholders.contacts(atelierId, s.id()).stream()
				.filter(c -> !c.erased())
				.map(AtelierExports::contact)
				.collect(Collectors.joining("; "));
			rows.add(Arrays.asList(String.valueOf(s.id()), s.name(), s.type().key(), s.sector().key(),
					s.challengeRole(), String.valueOf(s.influence()), String.valueOf(s.interest()), s.salience().key(),
					s.engagementNow().key(), s.engagementDesired().key(), s.commitment().key(), contacts));
		}
		return new ExportTable(ExportKind.STAKEHOLDERS, List.of("id", "name", "type", "sector", "challenge_role",
				"influence", "interest", "salience", "engagement_now", "engagement_desired", "commitment", "contacts"),
				rows);
	}

	private static String contact(ContactView c) {
		StringBuilder text = new StringBuilder(c.name() == null ? "" : c.name());
		if (c.jobTitle() != null && !c.jobTitle().isBlank()) {
			text.append(" (").append(c.jobTitle()).append(')');
		}
		if (c.email() != null && !c.email().isBlank()) {
			text.append(" <").append(c.email()).append('>');
		}
		return text.toString();
	}

	private static String key(String enumName) {
		return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static @Nullable String instant(@Nullable Instant instant) {
		return instant == null ? null : instant.toString();
	}
}
