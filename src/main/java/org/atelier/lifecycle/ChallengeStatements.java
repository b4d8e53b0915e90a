package org.atelier.lifecycle;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.identity.CurrentUser;
import org.atelier.shared.ConflictException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The challenge statement of an atelier, versioned: every save adds a version, and only a
 * coordinator's validation of the latest version makes it "validated". A later save needs a new
 * validation. Partners and coordinators write; every member reads. The version number the writer
 * saw (0 before the first) guards against overwriting someone else's newer version.
 */
@Service
public class ChallengeStatements {

	public static final String AUDIT_TYPE = "challenge-statement";

	private final AtelierAccess access;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	ChallengeStatements(AtelierAccess access, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<ChallengeVersion> current(long atelierId) {
		access.requireMember(atelierId);
		return latest(atelierId);
	}

	/** All versions, newest first. */
	@Transactional(readOnly = true)
	public List<ChallengeVersion> versions(long atelierId) {
		access.requireMember(atelierId);
		return jdbc.sql("select * from challenge_statement where atelier_id = :a order by version_no desc")
			.param("a", atelierId).query(ChallengeStatements::version).list();
	}

	/** Saves a new version on top of {@code expectedVersionNo}; a newer one saved meanwhile → stale. */
	@Transactional
	public ChallengeVersion save(long atelierId, int expectedVersionNo, ChallengeInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		Optional<ChallengeVersion> before = latest(atelierId);
		int currentNo = before.map(ChallengeVersion::versionNo).orElse(0);
		if (currentNo != expectedVersionNo) {
			throw new OptimisticLockingFailureException("challenge statement is at version " + currentNo);
		}
		CurrentUser me = CurrentUser.require();
		int next = currentNo + 1;
		jdbc.sql("""
				insert into challenge_statement (atelier_id, version_no, systemic_issue, urgency, boundaries,
				  written_by, written_at) values (:a, :v, :s, :u, :b, :by, :at)""")
			.param("a", atelierId).param("v", next).param("s", input.systemicIssue()).param("u", input.urgency())
			.param("b", input.boundaries()).param("by", me.getUsername()).param("at", now()).update();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(next), AuditAction.CREATED, new ChangeSet()
			.field("systemicIssue", before.map(ChallengeVersion::systemicIssue).orElse(null), input.systemicIssue())
			.field("urgency", before.map(ChallengeVersion::urgency).orElse(null), input.urgency())
			.field("boundaries", before.map(ChallengeVersion::boundaries).orElse(null), input.boundaries()));
		return latest(atelierId).orElseThrow();
	}

	/** A coordinator confirms the latest version, which must be the one they read. */
	@Transactional
	public ChallengeVersion validate(long atelierId, int versionNo) {
		access.requireEditable(atelierId, AtelierRole.COORDINATOR);
		ChallengeVersion latest = latest(atelierId)
			.orElseThrow(() -> new ConflictException("lifecycle.challenge.nothingToValidate"));
		if (latest.versionNo() != versionNo) {
			throw new OptimisticLockingFailureException("challenge statement is at version " + latest.versionNo());
		}
		if (latest.validated()) {
			return latest;
		}
		String me = CurrentUser.require().getUsername();
		jdbc.sql("update challenge_statement set validated_by = :by, validated_at = :at where atelier_id = :a and version_no = :v")
			.param("by", me).param("at", now()).param("a", atelierId).param("v", versionNo).update();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(versionNo), AuditAction.UPDATED,
				new ChangeSet().field("validatedBy", null, me));
		return latest(atelierId).orElseThrow();
	}

	Optional<ChallengeVersion> latest(long atelierId) {
		return jdbc.sql("select * from challenge_statement where atelier_id = :a order by version_no desc limit 1")
			.param("a", atelierId).query(ChallengeStatements::version).optional();
	}

	private static ChallengeVersion version(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		OffsetDateTime validatedAt = rs.getObject("validated_at", OffsetDateTime.class);
		return new ChallengeVersion(rs.getInt("version_no"), rs.getString("systemic_issue"), rs.getString("urgency"),
				rs.getString("boundaries"), rs.getString("written_by"),
				rs.getObject("written_at", OffsetDateTime.class).toInstant(), rs.getString("validated_by"),
				validatedAt == null ? null : validatedAt.toInstant());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
