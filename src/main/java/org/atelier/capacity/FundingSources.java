package org.atelier.capacity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding sources of every atelier. Members read them; partners and coordinators record and
 * change them. Every change is in the atelier's history.
 */
@Service
public class FundingSources {

	public static final String AUDIT_TYPE = "funding-source";

	private final AtelierAccess access;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	FundingSources(AtelierAccess access, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The sources by start date. */
	@Transactional(readOnly = true)
	public List<FundingSourceView> list(long atelierId) {
		access.requireMember(atelierId);
		return query(" where f.atelier_id in (:a)", Map.of("a", List.of(atelierId)));
	}

	@Transactional(readOnly = true)
	public FundingSourceView get(long atelierId, long sourceId) {
		access.requireMember(atelierId);
		return query(" where f.atelier_id in (:a) and f.id = :id", Map.of("a", List.of(atelierId), "id", sourceId))
			.stream().findFirst().orElseThrow(() -> new NotFoundException("funding-source"));
	}

	@Transactional
	public FundingSourceView create(long atelierId, FundingSourceInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into capacity_funding_source (atelier_id, funding_type, funder, amount_per_year, starts_on,
				  ends_on, status, created_at)
				values (:a, :t, :f, :m, :s, :e, :st, :now)""")
			.param("a", atelierId).param("t", input.type().name()).param("f", input.funder())
			.param("m", input.amountPerYear()).param("s", input.start()).param("e", input.end())
			.param("st", input.status().name())
			.param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(id), AuditAction.CREATED, changes(null, input));
		return get(atelierId, id);
	}

	/** Changes a source; a stale version fails with an optimistic-locking error. */
	@Transactional
	public FundingSourceView update(long atelierId, long sourceId, int expectedVersion, FundingSourceInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		FundingSourceView before = get(atelierId, sourceId);
		int changed = jdbc.sql("""
				update capacity_funding_source set funding_type = :t, funder = :f, amount_per_year = :m, starts_on = :s,
				  ends_on = :e, status = :st, version = version + 1
				where id = :id and atelier_id = :a and version = :v""")
			.param("t", input.type().name()).param("f", input.funder()).param("m", input.amountPerYear())
			.param("s", input.start()).param("e", input.end()).param("st", input.status().name())
			.param("id", sourceId).param("a", atelierId).param("v", expectedVersion).update();
		CoreTeam.stale(changed, "funding source");
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(sourceId), AuditAction.UPDATED, changes(before, input));
		return get(atelierId, sourceId);
	}

	@Transactional
	public void delete(long atelierId, long sourceId, int expectedVersion) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		FundingSourceView before = get(atelierId, sourceId);
		int changed = jdbc.sql("delete from capacity_funding_source where id = :id and atelier_id = :a and version = :v")
			.param("id", sourceId).param("a", atelierId).param("v", expectedVersion).update();
		CoreTeam.stale(changed, "funding source");
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(sourceId), AuditAction.DELETED, new ChangeSet()
			.field("funder", before.funder(), null).field("amount", before.amountPerYear(), null));
	}

	/** The sources of several ateliers, without an access check: callers check first. */
	List<FundingSourceView> unchecked(Collection<Long> atelierIds) {
		if (atelierIds.isEmpty()) {
			return List.of();
		}
		return query(" where f.atelier_id in (:a)", Map.of("a", atelierIds));
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private static ChangeSet changes(@Nullable FundingSourceView b, FundingSourceInput in) {
		return new ChangeSet()
			.field("type", b == null ? null : b.type().key(), in.type().key())
			.field("funder", b == null ? null : b.funder(), in.funder())
			.field("amount", b == null ? null : b.amountPerYear(), in.amountPerYear())
			.field("start", b == null ? null : b.start(), in.start())
			.field("end", b == null ? null : b.end(), in.end())
			.field("status", b == null ? null : b.status().key(), in.status().key());
	}

	private List<FundingSourceView> query(String where, Map<String, ?> params) {
		LocalDate today = today();
		return jdbc.sql("select f.* from capacity_funding_source f" + where + " order by f.starts_on, f.id")
			.params(params)
			.query((rs, n) -> {
				LocalDate start = rs.getObject("starts_on", LocalDate.class);
				LocalDate end = rs.getObject("ends_on", LocalDate.class);
				return new FundingSourceView(rs.getLong("id"), rs.getLong("atelier_id"),
						FundingType.valueOf(rs.getString("funding_type")), rs.getString("funder"),
						rs.getBigDecimal("amount_per_year").setScale(2), start, end,
						FundingStatus.valueOf(rs.getString("status")), TeamRules.activeOn(start, end, today),
						rs.getInt("version"));
			})
			.list();
	}
}
