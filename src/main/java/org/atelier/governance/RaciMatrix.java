package org.atelier.governance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.MemberView;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The RACI matrix of the atelier's key responsibilities. Rows that break the rules are kept (a
 * matrix is often filled in over several meetings) and shown with what they lack.
 */
@Service
public class RaciMatrix {

	public static final String AUDIT_TYPE = "raci-row";

	private final AtelierAccess access;
	private final AtelierMembers members;
	private final GovernanceRecords records;
	private final AuditTrail audit;
	private final JdbcClient jdbc;

	RaciMatrix(AtelierAccess access, AtelierMembers members, GovernanceRecords records, AuditTrail audit,
			JdbcClient jdbc) {
		this.access = access;
		this.members = members;
		this.records = records;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<RaciRow> rows(long atelierId) {
		access.requireMember(atelierId);
		return rowsUnchecked(atelierId);
	}

	List<RaciRow> rowsUnchecked(long atelierId) {
		Map<Long, Map<String, RaciLetter>> cells = new LinkedHashMap<>();
		jdbc.sql("""
				select c.row_id, c.party, c.letter from raci_cell c join raci_row r on r.id = c.row_id
				where r.atelier_id = :a""")
			.param("a", atelierId)
			.query(rs -> {
				cells.computeIfAbsent(rs.getLong("row_id"), k -> new TreeMap<>())
					.put(rs.getString("party"), RaciLetter.valueOf(rs.getString("letter")));
			});
		return jdbc.sql("select id, responsibility, version from raci_row where atelier_id = :a order by id")
			.param("a", atelierId)
			.query((rs, n) -> {
				Map<String, RaciLetter> row = cells.getOrDefault(rs.getLong("id"), Map.of());
				return new RaciRow(rs.getLong("id"), rs.getString("responsibility"), row, rs.getInt("version"),
						RaciRow.check(row));
			})
			.list();
	}

	/** The columns: the holders of governance roles and the members, plus anyone already in a cell. */
	@Transactional(readOnly = true)
	public List<String> parties(long atelierId) {
		access.requireMember(atelierId);
		TreeSet<String> parties = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		records.roles(atelierId).forEach(r -> parties.add(r.holderName()));
		members.list(atelierId).stream().map(MemberView::displayName).forEach(parties::add);
		rowsUnchecked(atelierId).forEach(r -> parties.addAll(r.cells().keySet()));
		return new ArrayList<>(parties);
	}

	@Transactional
	public RaciRow addRow(long atelierId, @Nullable String responsibility, Map<String, String> letters) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		String clean = responsibility(responsibility);
		Map<String, RaciLetter> cells = cells(letters);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into raci_row (atelier_id, responsibility) values (:a, :r)").param("a", atelierId)
			.param("r", clean).update(keys, "id");
		long id = keys.getKey().longValue();
		writeCells(id, cells);
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(id), AuditAction.CREATED,
				new ChangeSet().field("responsibility", null, clean).field("assignments", null, describe(cells)));
		return row(atelierId, id);
	}

	@Transactional
	public RaciRow updateRow(long atelierId, long rowId, int expectedVersion, @Nullable String responsibility,
			Map<String, String> letters) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		RaciRow before = row(atelierId, rowId);
		String clean = responsibility(responsibility);
		Map<String, RaciLetter> cells = cells(letters);
		int changed = jdbc.sql("""
				update raci_row set responsibility = :r, version = version + 1
				where id = :id and atelier_id = :a and version = :v""")
			.param("r", clean).param("id", rowId).param("a", atelierId).param("v", expectedVersion).update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("RACI row changed meanwhile");
		}
		jdbc.sql("delete from raci_cell where row_id = :id").param("id", rowId).update();
		writeCells(rowId, cells);
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(rowId), AuditAction.UPDATED, new ChangeSet()
			.field("responsibility", before.responsibility(), clean)
			.field("assignments", describe(before.cells()), describe(cells)));
		return row(atelierId, rowId);
	}

	@Transactional
	public void removeRow(long atelierId, long rowId) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		RaciRow before = row(atelierId, rowId);
		jdbc.sql("delete from raci_row where id = :id and atelier_id = :a").param("id", rowId).param("a", atelierId)
			.update();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(rowId), AuditAction.DELETED,
				new ChangeSet().field("responsibility", before.responsibility(), null));
	}

	@Transactional(readOnly = true)
	public RaciRow row(long atelierId, long rowId) {
		return rows(atelierId).stream().filter(r -> r.id() == rowId).findFirst()
			.orElseThrow(() -> new NotFoundException("RACI row"));
	}

	private void writeCells(long rowId, Map<String, RaciLetter> cells) {
		cells.forEach((party, letter) -> jdbc.sql("insert into raci_cell (row_id, party, letter) values (:r, :p, :l)")
			.param("r", rowId).param("p", party).param("l", letter.name()).update());
	}

	/** Party → letter; empty letters are left out; an unknown letter or an over-long party name is a problem. */
	static Map<String, RaciLetter> cells(Map<String, String> letters) {
		Map<String, RaciLetter> cells = new TreeMap<>();
		List<FieldProblem.Violation> problems = new ArrayList<>();
		letters.forEach((party, letter) -> {
			String name = party == null ? "" : party.trim();
			if (letter == null || letter.isBlank()) {
				return;
			}
			if (name.isEmpty() || name.length() > 200) {
				problems.add(new FieldProblem.Violation("cells", "governance.raci.party.invalid"));
				return;
			}
			RaciLetter.parse(letter).ifPresentOrElse(l -> cells.put(name, l),
					() -> problems.add(new FieldProblem.Violation("cells", "governance.raci.letter.invalid", name)));
		});
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return cells;
	}

	private static String responsibility(@Nullable String text) {
		String clean = RoleInput.blankToNull(text);
		if (clean == null) {
			throw new FieldProblem("responsibility", "governance.raci.responsibility.required");
		}
		if (clean.length() > 300) {
			throw new FieldProblem("responsibility", "governance.tooLong", 300);
		}
		return clean;
	}

	private static String describe(Map<String, RaciLetter> cells) {
		return cells.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
			.collect(java.util.stream.Collectors.joining(", "));
	}
}
