package org.atelier.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.atelier.archive.internal.ArchiveZip;
import org.atelier.archive.internal.PartsExporter;
import org.atelier.archive.internal.PartsImporter;
import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.atelier.MemberView;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.identity.CurrentUser;
import org.atelier.method.MethodCatalogue;
import org.atelier.method.Phase;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.archive.ArchiveProblems;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports an atelier as an archive, imports an archive as a new atelier, and starts a new atelier
 * from the structure of another (a replica). Import checks the whole archive first and reports
 * every problem with its location ({@link FieldProblem} whose fields are locations); only a sound
 * archive is written, in one transaction. The importing or replicating person becomes the new
 * atelier's coordinator; the other members are matched to accounts by e-mail, and those the
 * installation lacks are reported, never created. The source's audit trail stays behind: the new
 * atelier's history starts with a note of where it came from.
 */
@Service
public class ArchiveService {

	/** The version of the document format; an archive of another version is refused. */
	public static final int SCHEMA_VERSION = 1;
	static final String AUDIT_TYPE = "archive";
	private static final String JSON_AT = ArchiveZip.JSON + " $.";

	private final AtelierAccess access;
	private final AtelierService ateliers;
	private final AtelierMembers members;
	private final Accounts accounts;
	private final MethodCatalogue method;
	private final AuditTrail audit;
	private final PartsExporter exporter;
	private final PartsImporter importer;
	private final Clock clock;
	private final long maxSize;
	private final ArchiveZip.Limits limits;
	private final JsonMapper json = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	ArchiveService(AtelierAccess access, AtelierService ateliers, AtelierMembers members, Accounts accounts,
			MethodCatalogue method, AuditTrail audit, PartsExporter exporter, PartsImporter importer, Clock clock,
			@Value("${atelier.archive.max-size:100MB}") DataSize maxSize,
			@Value("${atelier.archive.max-entries:2000}") int maxEntries,
			@Value("${atelier.archive.max-uncompressed-size:500MB}") DataSize maxUncompressed) {
		this.access = access;
		this.ateliers = ateliers;
		this.members = members;
		this.accounts = accounts;
		this.method = method;
		this.audit = audit;
		this.exporter = exporter;
		this.importer = importer;
		this.clock = clock;
		this.maxSize = maxSize.toBytes();
		this.limits = new ArchiveZip.Limits(maxEntries, maxUncompressed.toBytes());
	}

	/** The archive of an atelier, for its coordinators and administrators. */
	@Transactional(readOnly = true)
	public Archive export(long atelierId) {
		access.requireRole(atelierId, AtelierRole.COORDINATOR);
		AtelierView atelier = ateliers.view(atelierId);
		Map<Long, String> emails = new HashMap<>();
		PartsExporter.Exported parts = exporter.export(atelierId, false, id -> emails.computeIfAbsent(id,
				i -> accounts.findById(i).map(AccountView::email).orElse(null)));
		List<Map<String, Object>> people = new ArrayList<>();
		for (MemberView member : members.list(atelierId)) {
			String email = emails.computeIfAbsent(member.userId(),
					i -> accounts.findById(i).map(AccountView::email).orElse(null));
			if (email != null) {
				people.add(Map.of("email", email.toLowerCase(Locale.ROOT), "role", member.role().name()));
			}
		}
		people.sort(Comparator.comparing((Map<String, Object> m) -> (String) m.get("email")));
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("schemaVersion", SCHEMA_VERSION);
		document.put("application", "atelier " + applicationVersion());
		document.put("exportedAt", clock.instant().toString());
		document.put("methodVersion", method.currentVersion().id());
		document.put("atelier", atelierSection(atelier));
		document.put("members", people);
		document.put("parts", parts.parts());
		byte[] zip = ArchiveZip.write(json.writeValueAsBytes(document), parts.attachments());
		return new Archive(fileName(atelier.name()), zip);
	}

	/** The zip and the file name it is offered under. */
	public record Archive(String fileName, byte[] content) {
	}

	private static Map<String, @Nullable Object> atelierSection(AtelierView atelier) {
		Map<String, @Nullable Object> section = new LinkedHashMap<>();
		section.put("name", atelier.name());
		section.put("city", atelier.city());
		section.put("district", atelier.district());
		section.put("theme", atelier.theme().name());
		section.put("challenge", atelier.challenge());
		section.put("description", atelier.description());
		section.put("startDate", atelier.startDate() == null ? null : atelier.startDate().toString());
		section.put("phase", atelier.phase().name());
		return section;
	}

	/**
	 * Reads an uploaded archive, refusing it with {@link ArchiveTooLarge} as soon as it passes
	 * {@code atelier.archive.max-size}.
	 */
	public byte[] read(InputStream in) {
		try {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
			if (bytes.length > maxSize) {
				throw new ArchiveTooLarge(maxSize);
			}
			return bytes;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public long maxSize() {
		return maxSize;
	}

	/**
	 * Imports an archive as a new atelier named {@code name} (or as in the archive when null).
	 * Any problem: {@link FieldProblem} listing all of them, and nothing written.
	 */
	@Transactional
	@SuppressWarnings("unchecked")
	public ImportResult importArchive(byte[] zip, @Nullable String name) {
		CurrentUser me = CurrentUser.require();
		if (zip.length > maxSize) {
			throw new ArchiveTooLarge(maxSize);
		}
		ArchiveProblems problems = new ArchiveProblems();
		ArchiveZip.Contents contents = ArchiveZip.read(zip, limits, problems);
		if (contents == null) {
			throw rejected(problems);
		}
		Map<String, Object> document;
		try {
			Object parsed = json.readValue(contents.json(), Object.class);
			if (!(parsed instanceof Map<?, ?>)) {
				problems.add(JSON_AT.trim(), "archive.json.object");
				throw rejected(problems);
			}
			document = (Map<String, Object>) parsed;
		}
		catch (JacksonException e) {
			problems.add(ArchiveZip.JSON, "archive.json.invalid");
			throw rejected(problems);
		}
		if (!Integer.valueOf(SCHEMA_VERSION).equals(document.get("schemaVersion"))) {
			problems.add(JSON_AT + "schemaVersion", "archive.schemaVersion.unsupported",
					String.valueOf(document.get("schemaVersion")), SCHEMA_VERSION);
			throw rejected(problems);
		}
		if (!(document.get("methodVersion") instanceof String mv) || method.findVersion(mv).isEmpty()) {
			problems.add(JSON_AT + "methodVersion", "archive.methodVersion.unknown",
					String.valueOf(document.get("methodVersion")));
		}
		AtelierInput input = atelierInput(document.get("atelier"), name, problems);
		Phase phase = phase(document.get("atelier"), problems);
		List<Map<String, Object>> people = people(document.get("members"), problems);
		Set<String> used = new HashSet<>();
		importer.check(document.get("parts"), contents.attachments(), used, problems);
		for (String entry : contents.attachments().keySet()) {
			if (!used.contains(entry) && problems.isEmpty()) {
				problems.add(entry, "archive.entry.unused");
			}
		}
		if (!problems.isEmpty()) {
			throw rejected(problems);
		}
		AtelierView created = ateliers.create(input);
		long atelierId = created.id();
		if (phase != Phase.PRECONDITIONS) {
			ateliers.changePhase(atelierId, phase);
		}
		List<ImportResult.SkippedPerson> skipped = new ArrayList<>();
		for (Map<String, Object> person : people) {
			String email = (String) person.get("email");
			AccountView account = accounts.findByEmail(email).orElse(null);
			if (account == null) {
				skipped.add(new ImportResult.SkippedPerson(email, (String) person.get("role")));
			}
			else if (account.id() != me.id()) {
				members.add(atelierId, account.username(), (String) person.get("role"));
			}
		}
		for (PartsImporter.Skipped s : importer.write((Map<String, Object>) document.get("parts"),
				contents.attachments(), atelierId, me.id(), this::accountId)) {
			skipped.add(new ImportResult.SkippedPerson(s.email(), s.where()));
		}
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(atelierId), AuditAction.CREATED, new ChangeSet()
			.field("importedFrom", null, "archive of " + nameOf(document) + " exported " + document.get("exportedAt")));
		return new ImportResult(atelierId, created.name(), List.copyOf(skipped));
	}

	/**
	 * Starts a new atelier in Preconditions from the structure of {@code sourceId}: what each
	 * module's structure rule keeps, never people, minutes, contacts or confidential records.
	 * Needs a coordinator (or administrator) of the source; the caller coordinates the new one.
	 */
	@Transactional
	public ImportResult replicate(long sourceId, ReplicaInput replica) {
		access.requireRole(sourceId, AtelierRole.COORDINATOR);
		AtelierView source = ateliers.view(sourceId);
		AtelierInput input = AtelierInput.parse(replica.name(), replica.city(), replica.district(), replica.theme(),
				null, null, null);
		PartsExporter.Exported structure = exporter.export(sourceId, true, id -> null);
		@SuppressWarnings({ "unchecked", "rawtypes" })
		Map<String, Object> section = (Map) structure.parts();
		ArchiveProblems problems = new ArchiveProblems();
		importer.check(section, Map.of(), new HashSet<>(), problems);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Structure rules kept rows that do not fit: " + problems.list());
		}
		AtelierView created = ateliers.create(input);
		importer.write(section, Map.of(), created.id(), CurrentUser.require().id(), this::accountId);
		importer.afterReplicate(sourceId, created.id());
		audit.record(created.id(), AUDIT_TYPE, String.valueOf(created.id()), AuditAction.CREATED,
				new ChangeSet().field("replicatedFrom", null, source.name() + " (" + source.city() + ")"));
		return new ImportResult(created.id(), created.name(), List.of());
	}

	private @Nullable Long accountId(String email) {
		return accounts.findByEmail(email).map(AccountView::id).orElse(null);
	}

	private static String nameOf(Map<String, Object> document) {
		return document.get("atelier") instanceof Map<?, ?> a ? String.valueOf(a.get("name")) : "?";
	}

	private static @Nullable AtelierInput atelierInput(@Nullable Object section, @Nullable String name,
			ArchiveProblems problems) {
		if (!(section instanceof Map<?, ?> a)) {
			problems.add(JSON_AT + "atelier", "archive.json.object");
			return null;
		}
		try {
			return AtelierInput.parse(name != null && !name.isBlank() ? name : text(a.get("name")), text(a.get("city")),
					text(a.get("district")), text(a.get("theme")), text(a.get("challenge")),
					text(a.get("description")), text(a.get("startDate")));
		}
		catch (FieldProblem invalid) {
			invalid.violations().forEach(v -> problems.add(JSON_AT + "atelier." + v.field(), v.messageKey(), v.args()));
			return null;
		}
	}

	private static Phase phase(@Nullable Object section, ArchiveProblems problems) {
		if (section instanceof Map<?, ?> a && a.get("phase") instanceof String p) {
			try {
				return Phase.valueOf(p);
			}
			catch (IllegalArgumentException e) {
				// reported below
			}
		}
		problems.add(JSON_AT + "atelier.phase", "archive.value.invalid");
		return Phase.PRECONDITIONS;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> people(@Nullable Object section, ArchiveProblems problems) {
		if (!(section instanceof List<?> list)) {
			problems.add(JSON_AT + "members", "archive.json.array");
			return List.of();
		}
		for (int i = 0; i < list.size(); i++) {
			if (!(list.get(i) instanceof Map<?, ?> m) || !(m.get("email") instanceof String)
					|| !(m.get("role") instanceof String role) || AtelierRole.parse(role).isEmpty()) {
				problems.add(JSON_AT + "members[" + i + "]", "archive.member.invalid");
			}
		}
		return (List<Map<String, Object>>) list;
	}

	private static @Nullable String text(@Nullable Object value) {
		return value instanceof String s ? s : null;
	}

	private static FieldProblem rejected(ArchiveProblems problems) {
		return new FieldProblem(problems.list().stream()
			.map(p -> new FieldProblem.Violation(p.location(), p.messageKey(), p.args()))
			.toList());
	}

	private static String fileName(String atelierName) {
		String slug = atelierName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return (slug.isEmpty() ? "atelier" : slug) + ".atelier.zip";
	}

	private static String applicationVersion() {
		String version = ArchiveService.class.getPackage().getImplementationVersion();
		return version == null ? "development" : version;
	}
}
