package org.atelier.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierSummary;
import org.atelier.atelier.Theme;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.identity.CurrentUser;
import org.atelier.learning.internal.Highlighter;
import org.atelier.method.BuildingBlock;
import org.atelier.method.Phase;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.atelier.shared.links.LinkTargets;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lessons base. An atelier's members read its lessons; partners and coordinators write them
 * (archived ateliers refuse). Beyond the atelier, a lesson is read by everyone signed in unless it
 * is kept to the members; public lessons also show their summary to anyone. Search, counts and
 * suggestions all pass the same visibility rule. Each change is audited in the same transaction.
 */
@Service
public class LessonBook {

	/** The entity type of lessons in the audit history. */
	public static final String AUDIT_TYPE = "lesson";

	/** The link kind of decisions in the shared link contracts. */
	public static final String DECISION_KIND = "decision";

	private final JdbcClient jdbc;
	private final AtelierAccess access;
	private final AuditTrail audit;
	private final LessonSearch search;
	private final LinkTargets links;
	private final Clock clock;

	LessonBook(JdbcClient jdbc, AtelierAccess access, AuditTrail audit, LessonSearch search, LinkTargets links,
			Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.search = search;
		this.links = links;
		this.clock = clock;
	}

	/** The atelier's own lessons, newest first (members). */
	@Transactional(readOnly = true)
	public List<LessonView> list(long atelierId) {
		access.requireMember(atelierId);
		return views(jdbc.sql("select id from lesson where atelier_id = :a order by lesson_date desc, id desc")
			.param("a", atelierId).query(Long.class).list());
	}

	/** One lesson of the atelier (members). */
	@Transactional(readOnly = true)
	public LessonView view(long atelierId, long lessonId) {
		access.requireMember(atelierId);
		LessonView lesson = load(lessonId);
		if (lesson.atelierId() != atelierId) {
			throw new NotFoundException("lesson");
		}
		return lesson;
	}

	/** A lesson wherever it comes from, if the reader may see it; otherwise not found. */
	@Transactional(readOnly = true)
	public LessonView read(long lessonId) {
		LessonView lesson = load(lessonId);
		if (lesson.visibility() == Visibility.MEMBERS && access.roleOf(lesson.atelierId()).isEmpty()) {
			throw new NotFoundException("lesson");
		}
		return lesson;
	}

	@Transactional
	public LessonView create(long atelierId, LessonInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		CurrentUser me = CurrentUser.require();
		OffsetDateTime now = now();
		String city = input.city() != null ? input.city()
				: jdbc.sql("select city from atelier where id = :a").param("a", atelierId).query(String.class).single();
		LocalDate date = input.date() != null ? input.date() : now.toLocalDate();
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into lesson (atelier_id, title, summary, context, what_happened, insight, recommendation, phase,
				    theme, city, tags, visibility, language, lesson_date, author_id, author_name, created_at, updated_at,
				    version)
				values (:a, :title, :summary, :context, :happened, :insight, :recommendation, :phase, :theme, :city,
				    :tags, :visibility, :language, :date, :author, :authorName, :now, :now, 1)""")
			.param("a", atelierId).param("title", input.title()).param("summary", input.summary())
			.param("context", input.context()).param("happened", input.whatHappened()).param("insight", input.insight())
			.param("recommendation", input.recommendation()).param("phase", input.phase().name())
			.param("theme", input.theme().name()).param("city", city).param("tags", tags(input))
			.param("visibility", input.visibility().name()).param("language", input.language().code())
			.param("date", date).param("author", me.id()).param("authorName", me.displayName()).param("now", now)
			.update(keys, "id");
		long id = java.util.Objects.requireNonNull(keys.getKey()).longValue();
		writeBlocks(id, input.blocks());
		reindex(id);
		LessonView created = load(id);
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(id), AuditAction.CREATED, new ChangeSet()
			.field("title", null, created.title()).field("phase", null, created.phase().key())
			.field("visibility", null, created.visibility().name()).field("language", null, created.language().code()));
		return created;
	}

	/** Revises a lesson as it was at {@code expectedVersion}; a newer one gives {@link OptimisticLockingFailureException}. */
	@Transactional
	public LessonView update(long atelierId, long lessonId, int expectedVersion, LessonInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		LessonView before = view(atelierId, lessonId);
		requireVersion(before, expectedVersion);
		String city = input.city() != null ? input.city() : before.city();
		LocalDate date = input.date() != null ? input.date() : before.date();
		ChangeSet changes = new ChangeSet();
		diff(changes, "title", before.title(), input.title());
		diff(changes, "summary", before.summary(), input.summary());
		diff(changes, "context", before.context(), input.context());
		diff(changes, "whatHappened", before.whatHappened(), input.whatHappened());
		diff(changes, "insight", before.insight(), input.insight());
		diff(changes, "recommendation", before.recommendation(), input.recommendation());
		diff(changes, "phase", before.phase().key(), input.phase().key());
		diff(changes, "blocks", keys(before.blocks()), keys(input.blocks()));
		diff(changes, "theme", before.theme().key(), input.theme().key());
		diff(changes, "city", before.city(), city);
		diff(changes, "tags", before.tagText(), String.join(", ", input.tags()));
		diff(changes, "visibility", before.visibility().name(), input.visibility().name());
		diff(changes, "language", before.language().code(), input.language().code());
		diff(changes, "date", before.date().toString(), date.toString());
		if (changes.isEmpty()) {
			return before;
		}
		int updated = jdbc.sql("""
				update lesson set title = :title, summary = :summary, context = :context, what_happened = :happened,
				    insight = :insight, recommendation = :recommendation, phase = :phase, theme = :theme, city = :city,
				    tags = :tags, visibility = :visibility, language = :language, lesson_date = :date,
				    updated_at = :now, version = version + 1
				where id = :id and version = :version""")
			.param("title", input.title()).param("summary", input.summary())
			.param("context", input.context()).param("happened", input.whatHappened()).param("insight", input.insight())
			.param("recommendation", input.recommendation()).param("phase", input.phase().name())
			.param("theme", input.theme().name()).param("city", city).param("tags", tags(input))
			.param("visibility", input.visibility().name()).param("language", input.language().code())
			.param("date", date).param("now", now()).param("id", lessonId).param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("lesson " + lessonId + " changed meanwhile");
		}
		jdbc.sql("delete from lesson_block where lesson_id = :id").param("id", lessonId).update();
		writeBlocks(lessonId, input.blocks());
		reindex(lessonId);
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(lessonId), AuditAction.UPDATED, changes);
		return load(lessonId);
	}

	@Transactional
	public void delete(long atelierId, long lessonId, int expectedVersion) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		LessonView lesson = view(atelierId, lessonId);
		requireVersion(lesson, expectedVersion);
		jdbc.sql("delete from lesson where id = :id").param("id", lessonId).update();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(lessonId), AuditAction.DELETED,
				new ChangeSet().field("title", lesson.title(), null));
	}

	/**
	 * The ateliers in which the reader may mark the lesson as applied: those where they are
	 * coordinator (by membership), active, other than the lesson's own, not yet marked.
	 */
	@Transactional(readOnly = true)
	public List<AtelierSummary> applicableAteliers(long lessonId) {
		LessonView lesson = read(lessonId);
		Set<Long> done = new java.util.HashSet<>();
		lesson.appliedIn().forEach(a -> done.add(a.atelierId()));
		return access.myAteliers().stream()
			.filter(a -> a.memberRole() == AtelierRole.COORDINATOR)
			.filter(a -> a.id() != lesson.atelierId() && !done.contains(a.id()))
			.toList();
	}

	/**
	 * A coordinator of another atelier marks that it reused the lesson. The lesson must be readable
	 * to them; marking it in its own atelier or twice is a conflict.
	 */
	@Transactional
	public LessonView markApplied(long lessonId, long atelierId) {
		LessonView lesson = read(lessonId);
		access.requireEditable(atelierId, AtelierRole.COORDINATOR);
		CurrentUser me = CurrentUser.require();
		if (access.memberRoleOf(atelierId, me.id()).isEmpty()) {
			throw new NotFoundException("atelier");
		}
		if (lesson.atelierId() == atelierId) {
			throw new ConflictException("learning.applied.own");
		}
		if (lesson.appliedIn().stream().anyMatch(a -> a.atelierId() == atelierId)) {
			throw new ConflictException("learning.applied.already");
		}
		jdbc.sql("insert into lesson_applied (lesson_id, atelier_id, marked_by_name, marked_at) values (:l, :a, :n, :t)")
			.param("l", lessonId).param("a", atelierId).param("n", me.displayName()).param("t", now()).update();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(lessonId), AuditAction.UPDATED,
				new ChangeSet().field("appliedIn", null, atelierId));
		return load(lessonId);
	}

	/** Whether decisions can be linked: some module answers the link kind {@code decision}. */
	public boolean decisionsLinkable() {
		return links.supports(DECISION_KIND);
	}

	/** Links a decision of the lesson's atelier that the lesson informed (partners, coordinators). */
	@Transactional
	public LessonView linkDecision(long atelierId, long lessonId, long decisionId) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		LessonView lesson = view(atelierId, lessonId);
		if (links.find(DECISION_KIND, atelierId, decisionId).isEmpty()) {
			throw new FieldProblem("decision", "learning.decision.unknown");
		}
		if (lesson.decisionIds().contains(decisionId)) {
			return lesson;
		}
		jdbc.sql("insert into lesson_decision (lesson_id, decision_id) values (:l, :d)")
			.param("l", lessonId).param("d", decisionId).update();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(lessonId), AuditAction.UPDATED,
				new ChangeSet().field("decision", null, decisionId));
		return load(lessonId);
	}

	/** The decisions of the atelier a lesson may be linked to, as offered by the decisions' module. */
	@Transactional(readOnly = true)
	public List<org.atelier.shared.links.LinkTarget> decisionCandidates(long atelierId) {
		access.requireMember(atelierId);
		return links.candidates(DECISION_KIND, atelierId);
	}

	/**
	 * Searches every lesson the reader may see. Blank words list them all (filtered) by date; the
	 * facets count the same visible results.
	 */
	@Transactional(readOnly = true)
	public SearchResult search(LessonFilter filter) {
		Collection<Long> mine = memberAteliers();
		List<LessonHit> hits = new ArrayList<>();
		if (filter.query().isBlank()) {
			List<Long> ids = browse(filter, mine);
			for (LessonView v : views(ids)) {
				hits.add(new LessonHit(v, 0, Highlighter.escape(v.title()), Highlighter.escape(v.summary())));
			}
		}
		else {
			List<LessonSearch.Match> matches = search.search(filter, mine);
			Map<Long, LessonView> byId = new HashMap<>();
			views(matches.stream().map(LessonSearch.Match::lessonId).toList()).forEach(v -> byId.put(v.id(), v));
			for (LessonSearch.Match m : matches) {
				hits.add(new LessonHit(byId.get(m.lessonId()), m.score(), m.titleHtml(), m.summaryHtml()));
			}
		}
		Map<String, Long> cities = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		Map<String, Long> themes = new TreeMap<>();
		for (LessonHit h : hits) {
			cities.merge(h.lesson().city(), 1L, Long::sum);
			themes.merge(h.lesson().theme().key(), 1L, Long::sum);
		}
		return new SearchResult(hits, cities, themes);
	}

	/**
	 * Lessons of other ateliers about a phase or a building block that the reader may see, newest
	 * first: "other" means not {@code exceptAtelier}, or when none is given, none of the reader's own.
	 */
	@Transactional(readOnly = true)
	public List<LessonView> related(@Nullable Phase phase, @Nullable BuildingBlock block, @Nullable Long exceptAtelier,
			int limit) {
		if (CurrentUser.get() == null) {
			return List.of();
		}
		Collection<Long> mine = memberAteliers();
		List<Long> ids = browse(new LessonFilter("", phase, block, null, null), mine);
		List<Long> others = new ArrayList<>();
		for (LessonView v : views(ids)) {
			boolean other = exceptAtelier != null ? v.atelierId() != exceptAtelier : !mine.contains(v.atelierId());
			if (other && others.size() < limit) {
				others.add(v.id());
			}
		}
		return views(others);
	}

	/** The public summaries of lessons marked public: anyone, signed in or not, may read these. */
	@Transactional(readOnly = true)
	public List<PublicLesson> publicLessons() {
		return jdbc.sql("""
				select id, title, summary, city, theme from lesson where visibility = 'PUBLIC'
				order by lesson_date desc, id desc""")
			.query((rs, i) -> new PublicLesson(rs.getLong("id"), rs.getString("title"), rs.getString("summary"),
					rs.getString("city"), Theme.valueOf(rs.getString("theme"))))
			.list();
	}

	/** What the public lessons page shows of a lesson. */
	public record PublicLesson(long id, String title, String summary, String city, Theme theme) {
	}

	/** How many lessons the atelier recorded and how many of them were used: applied elsewhere or linked to a decision. */
	@Transactional(readOnly = true)
	public Usage usage(long atelierId) {
		long total = jdbc.sql("select count(*) from lesson where atelier_id = :a").param("a", atelierId)
			.query(Long.class).single();
		long used = jdbc.sql("""
				select count(*) from lesson l where l.atelier_id = :a and (
				    exists (select 1 from lesson_applied p where p.lesson_id = l.id)
				    or exists (select 1 from lesson_decision d where d.lesson_id = l.id))""")
			.param("a", atelierId).query(Long.class).single();
		return new Usage(total, used);
	}

	/** Lessons recorded and lessons used. */
	public record Usage(long recorded, long used) {
	}

	private List<Long> browse(LessonFilter filter, Collection<Long> mine) {
		StringBuilder sql = new StringBuilder("select l.id from lesson l where (l.atelier_id in (:mine) or l.visibility <> 'MEMBERS')");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("mine", mine.isEmpty() ? List.of(-1L) : List.copyOf(mine));
		if (filter.phase() != null) {
			sql.append(" and l.phase = :phase");
			params.put("phase", filter.phase().name());
		}
		if (filter.theme() != null) {
			sql.append(" and l.theme = :theme");
			params.put("theme", filter.theme().name());
		}
		if (filter.city() != null) {
			sql.append(" and lower(l.city) = lower(:city)");
			params.put("city", filter.city());
		}
		if (filter.block() != null) {
			sql.append(" and exists (select 1 from lesson_block b where b.lesson_id = l.id and b.block = :block)");
			params.put("block", filter.block().name());
		}
		sql.append(" order by l.lesson_date desc, l.id desc");
		return jdbc.sql(sql.toString()).params(params).query(Long.class).list();
	}

	/** The ateliers the reader belongs to (all of them for an administrator, who acts as coordinator everywhere). */
	private Collection<Long> memberAteliers() {
		if (CurrentUser.get() == null) {
			return List.of();
		}
		return access.visible(true).stream().map(AtelierSummary::id).toList();
	}

	private LessonView load(long lessonId) {
		List<LessonView> found = views(List.of(lessonId));
		if (found.isEmpty()) {
			throw new NotFoundException("lesson");
		}
		return found.getFirst();
	}

	private List<LessonView> views(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, EnumSet<BuildingBlock>> blocks = new HashMap<>();
		jdbc.sql("select lesson_id, block from lesson_block where lesson_id in (:ids)").param("ids", ids)
			.query((rs, i) -> blocks.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(BuildingBlock.class))
				.add(BuildingBlock.valueOf(rs.getString(2))))
			.list();
		Map<Long, List<LessonView.Applied>> applied = new HashMap<>();
		jdbc.sql("""
				select p.lesson_id, p.atelier_id, a.name, p.marked_by_name from lesson_applied p
				join atelier a on a.id = p.atelier_id where p.lesson_id in (:ids) order by p.marked_at, a.name""")
			.param("ids", ids)
			.query((rs, i) -> applied.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new LessonView.Applied(rs.getLong(2), rs.getString(3), rs.getString(4))))
			.list();
		Map<Long, List<Long>> decisions = new HashMap<>();
		jdbc.sql("select lesson_id, decision_id from lesson_decision where lesson_id in (:ids) order by decision_id")
			.param("ids", ids)
			.query((rs, i) -> decisions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
			.list();
		Map<Long, LessonView> byId = new HashMap<>();
		jdbc.sql("""
				select l.*, a.name as atelier_name from lesson l join atelier a on a.id = l.atelier_id
				where l.id in (:ids)""")
			.param("ids", ids)
			.query((rs, i) -> {
				long id = rs.getLong("id");
				return new LessonView(id, rs.getLong("atelier_id"), rs.getString("atelier_name"), rs.getString("title"),
						rs.getString("summary"), rs.getString("context"), rs.getString("what_happened"),
						rs.getString("insight"), rs.getString("recommendation"), Phase.valueOf(rs.getString("phase")),
						blocks.getOrDefault(id, EnumSet.noneOf(BuildingBlock.class)), Theme.valueOf(rs.getString("theme")),
						rs.getString("city"), splitTags(rs.getString("tags")), Visibility.valueOf(rs.getString("visibility")),
						LessonLanguage.parse(rs.getString("language")).orElseThrow(),
						rs.getObject("lesson_date", LocalDate.class), rs.getString("author_name"), rs.getInt("version"),
						applied.getOrDefault(id, List.of()), decisions.getOrDefault(id, List.of()));
			})
			.list()
			.forEach(v -> byId.put(v.id(), v));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	/** The lessons of an atelier that people outside it may read (not members-only), oldest first. */
	List<Long> shareableOf(long atelierId) {
		return jdbc.sql("select id from lesson where atelier_id = :a and visibility <> 'MEMBERS' order by id")
			.param("a", atelierId).query(Long.class).list();
	}

	/** Rebuilds the search index of every lesson of an atelier (after its rows were imported). */
	void reindexAtelier(long atelierId) {
		jdbc.sql("select id from lesson where atelier_id = :a order by id").param("a", atelierId).query(Long.class)
			.list().forEach(this::reindex);
	}

	private void reindex(long lessonId) {
		LessonView v = load(lessonId);
		String body = String.join(" ", nz(v.context()), nz(v.whatHappened()), nz(v.insight()), nz(v.recommendation()));
		search.index(lessonId, new LessonSearch.Text(v.language(), v.title(), v.summary(), v.tagText(), body));
	}

	private void writeBlocks(long lessonId, Set<BuildingBlock> blocks) {
		for (BuildingBlock b : blocks) {
			jdbc.sql("insert into lesson_block (lesson_id, block) values (:l, :b)")
				.param("l", lessonId).param("b", b.name()).update();
		}
	}

	private static List<String> splitTags(@Nullable String tags) {
		if (tags == null || tags.isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(tags.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static @Nullable String tags(LessonInput input) {
		return input.tags().isEmpty() ? null : String.join(", ", input.tags());
	}

	private static String keys(Set<BuildingBlock> blocks) {
		return String.join(",", blocks.stream().sorted().map(BuildingBlock::key).toList());
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}

	private static void diff(ChangeSet changes, String field, @Nullable Object before, @Nullable Object after) {
		if (!java.util.Objects.equals(before, after)) {
			changes.field(field, before, after);
		}
	}

	private static void requireVersion(LessonView lesson, int expectedVersion) {
		if (lesson.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("lesson " + lesson.id() + " is at version " + lesson.version()
					+ ", not " + expectedVersion);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
