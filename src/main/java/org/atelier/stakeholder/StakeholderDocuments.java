package org.atelier.stakeholder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.identity.CurrentUser;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Signed letters of commitment, agreements and other documents attached to an organisation of
 * the register. Members list and download them; partners and coordinators attach and remove
 * them (archived ateliers refuse). The format is recognised from the content ({@link DocumentFormat});
 * the size is capped by {@code atelier.uploads.max-document-size}. Attaching and removing are
 * written to the audit history.
 */
@Service
public class StakeholderDocuments {

	/** The entity type of attached documents in the audit history. */
	public static final String AUDIT_TYPE = "stakeholder-document";
	public static final int TITLE_MAX = 200;
	public static final int FILE_NAME_MAX = 200;

	private static final String COLUMNS = """
			d.id, d.stakeholder_id, d.title, d.kind, d.signed_on, d.file_name, d.stored_name, d.media_type,
			d.size_bytes, d.uploaded_at, d.uploaded_by_name""";

	private final AtelierAccess access;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final DataSize maxSize;

	StakeholderDocuments(AtelierAccess access, AuditTrail audit, JdbcClient jdbc, Clock clock,
			@Value("${atelier.uploads.max-document-size:10MB}") DataSize maxSize) {
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxSize = maxSize;
	}

	/** The largest document accepted, in bytes. */
	public long maxSize() {
		return maxSize.toBytes();
	}

	/** An organisation's documents, newest first. */
	@Transactional(readOnly = true)
	public List<DocumentView> list(long atelierId, long stakeholderId) {
		access.requireMember(atelierId);
		requireStakeholder(atelierId, stakeholderId);
		return jdbc.sql("select " + COLUMNS + """
				 from stakeholder_document d
				where d.stakeholder_id = :s and d.atelier_id = :a
				order by d.uploaded_at desc, d.id desc""")
			.param("s", stakeholderId).param("a", atelierId)
			.query(StakeholderDocuments::view).list();
	}

	@Transactional(readOnly = true)
	public DocumentView view(long atelierId, long stakeholderId, long documentId) {
		access.requireMember(atelierId);
		return load(atelierId, stakeholderId, documentId);
	}

	@Transactional(readOnly = true)
	public DocumentFile file(long atelierId, long stakeholderId, long documentId) {
		DocumentView document = view(atelierId, stakeholderId, documentId);
		byte[] content = jdbc.sql("select content from stakeholder_document_content where document_id = :d")
			.param("d", documentId).query((rs, n) -> rs.getBytes(1)).single();
		return new DocumentFile(document, content);
	}

	/**
	 * Attaches a document. Every invalid field is reported at once; a file that is missing, too
	 * large or of a format not accepted is a problem on {@code file}.
	 */
	@Transactional
	public DocumentView attach(long atelierId, long stakeholderId, DocumentUpload upload) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		requireStakeholder(atelierId, stakeholderId);
		List<FieldProblem.Violation> problems = new ArrayList<>();
		String title = upload.title() == null || upload.title().isBlank() ? null : upload.title().strip();
		if (title == null) {
			problems.add(new FieldProblem.Violation("title", "stakeholder.document.title.required"));
		}
		else if (title.length() > TITLE_MAX) {
			problems.add(new FieldProblem.Violation("title", "stakeholder.document.title.tooLong", TITLE_MAX));
		}
		DocumentKind kind = Keyed.parse(DocumentKind.class, upload.kind()).orElse(null);
		if (kind == null) {
			problems.add(new FieldProblem.Violation("kind", "stakeholder.document.kind.invalid"));
		}
		LocalDate signedOn = null;
		if (upload.signedOn() != null && !upload.signedOn().isBlank()) {
			try {
				signedOn = LocalDate.parse(upload.signedOn().strip());
			}
			catch (DateTimeParseException e) {
				problems.add(new FieldProblem.Violation("signedOn", "stakeholder.document.signedOn.invalid"));
			}
		}
		byte[] content = read(upload, problems);
		DocumentFormat format = content == null ? null : DocumentFormat.recognise(content).orElse(null);
		if (content != null && format == null) {
			problems.add(new FieldProblem.Violation("file", "stakeholder.document.file.format"));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		String fileName = cleanFileName(upload.originalName());
		String storedName = UUID.randomUUID() + "." + format.extension();
		CurrentUser me = CurrentUser.require();
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into stakeholder_document (atelier_id, stakeholder_id, title, kind, signed_on, file_name,
				    stored_name, media_type, size_bytes, uploaded_at, uploaded_by_id, uploaded_by_name)
				values (:a, :s, :title, :kind, :signed, :file, :stored, :type, :size, :at, :by, :byName)""")
			.param("a", atelierId).param("s", stakeholderId).param("title", title).param("kind", kind.name())
			.param("signed", signedOn).param("file", fileName).param("stored", storedName)
			.param("type", format.mediaType()).param("size", (long) content.length).param("at", now)
			.param("by", me.id()).param("byName", me.displayName())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		jdbc.sql("insert into stakeholder_document_content (document_id, content) values (:d, :c)")
			.param("d", id).param("c", content).update();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(id), AuditAction.CREATED, new ChangeSet()
			.field("stakeholder", null, stakeholderId).field("title", null, title).field("kind", null, kind.key())
			.field("signedOn", null, signedOn).field("file", null, fileName).field("size", null, content.length));
		return new DocumentView(id, stakeholderId, title, kind, signedOn, fileName, storedName, format, content.length,
				now.toInstant(), me.displayName());
	}

	@Transactional
	public void remove(long atelierId, long stakeholderId, long documentId) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		DocumentView gone = load(atelierId, stakeholderId, documentId);
		jdbc.sql("delete from stakeholder_document where id = :d and atelier_id = :a").param("d", documentId)
			.param("a", atelierId).update();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(documentId), AuditAction.DELETED, new ChangeSet()
			.field("stakeholder", stakeholderId, null).field("title", gone.title(), null)
			.field("file", gone.fileName(), null));
	}

	/**
	 * The last part of a path as a client sent it, without control characters or characters that
	 * are unsafe in file names and headers, at most {@link #FILE_NAME_MAX} characters; null when
	 * nothing is left.
	 */
	static @Nullable String cleanFileName(@Nullable String original) {
		if (original == null) {
			return null;
		}
		StringBuilder kept = new StringBuilder();
		original.codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
			.forEach(kept::appendCodePoint);
		String name = kept.toString();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\"*:<>?|]", "_").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.length() > FILE_NAME_MAX) {
			int cut = Character.isHighSurrogate(name.charAt(FILE_NAME_MAX - 1)) ? FILE_NAME_MAX - 1 : FILE_NAME_MAX;
			name = name.substring(0, cut);
		}
		return name.isBlank() ? null : name;
	}

	private byte @Nullable [] read(DocumentUpload upload, List<FieldProblem.Violation> problems) {
		if (upload.content() == null || upload.size() <= 0) {
			problems.add(new FieldProblem.Violation("file", "stakeholder.document.file.required"));
			return null;
		}
		long limit = maxSize.toBytes();
		if (upload.size() > limit) {
			problems.add(new FieldProblem.Violation("file", "stakeholder.document.file.tooLarge", megabytes(limit)));
			return null;
		}
		try (InputStream in = upload.content().getInputStream()) {
			byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (content.length > limit) {
				problems.add(new FieldProblem.Violation("file", "stakeholder.document.file.tooLarge", megabytes(limit)));
				return null;
			}
			if (content.length == 0) {
				problems.add(new FieldProblem.Violation("file", "stakeholder.document.file.required"));
				return null;
			}
			return content;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String megabytes(long bytes) {
		return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1,
				java.math.RoundingMode.DOWN).stripTrailingZeros().toPlainString();
	}

	private DocumentView load(long atelierId, long stakeholderId, long documentId) {
		return jdbc.sql("select " + COLUMNS + """
				 from stakeholder_document d
				where d.id = :d and d.stakeholder_id = :s and d.atelier_id = :a""")
			.param("d", documentId).param("s", stakeholderId).param("a", atelierId)
			.query(StakeholderDocuments::view).optional()
			.orElseThrow(() -> new NotFoundException("document"));
	}

	private void requireStakeholder(long atelierId, long stakeholderId) {
		int found = jdbc.sql("select count(*) from stakeholder where id = :s and atelier_id = :a")
			.param("s", stakeholderId).param("a", atelierId).query(Integer.class).single();
		if (found == 0) {
			throw new NotFoundException("stakeholder");
		}
	}

	private static DocumentView view(ResultSet rs, int row) throws SQLException {
		java.sql.Date signed = rs.getDate("signed_on");
		return new DocumentView(rs.getLong("id"), rs.getLong("stakeholder_id"), rs.getString("title"),
				DocumentKind.valueOf(rs.getString("kind")), signed == null ? null : signed.toLocalDate(),
				rs.getString("file_name"), rs.getString("stored_name"),
				DocumentFormat.ofMediaType(rs.getString("media_type")).orElseThrow(), rs.getLong("size_bytes"),
				rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(), rs.getString("uploaded_by_name"));
	}
}
