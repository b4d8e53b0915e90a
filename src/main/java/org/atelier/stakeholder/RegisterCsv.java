package org.atelier.stakeholder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.shared.FieldProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stakeholder register as CSV. Export writes one row per organisation with the API's
 * language-neutral values. Import reads the whole file first and writes nothing unless every
 * line is valid; each problem names its line and column. Imported organisations start as
 * identified and are moved along the commitment path to the status in the file, so their history
 * says how they got there.
 */
@Service
public class RegisterCsv {

	/** The columns, in order; the header row must name them (in any order, unknown columns refused). */
	public static final List<String> COLUMNS = List.of("name", "type", "sector", "challenge_role", "decision_authority",
			"authority_over", "influence", "interest", "power", "legitimacy", "urgency", "engagement_now",
			"engagement_desired", "commitment");
	public static final int MAX_ROWS = 5000;
	public static final int MAX_CHARS = 2_000_000;

	/** The steps from "identified" to each status along the commitment path. */
	private static final Map<CommitmentStatus, List<CommitmentStatus>> PATH = Map.of(
			CommitmentStatus.IDENTIFIED, List.of(),
			CommitmentStatus.APPROACHED, List.of(CommitmentStatus.APPROACHED),
			CommitmentStatus.COMMITTED, List.of(CommitmentStatus.APPROACHED, CommitmentStatus.COMMITTED),
			CommitmentStatus.ACTIVE, List.of(CommitmentStatus.APPROACHED, CommitmentStatus.COMMITTED, CommitmentStatus.ACTIVE),
			CommitmentStatus.DORMANT, List.of(CommitmentStatus.APPROACHED, CommitmentStatus.DORMANT),
			CommitmentStatus.LEFT, List.of(CommitmentStatus.LEFT));

	/** A valid line of the file. */
	public record Entry(int line, StakeholderInput input, CommitmentStatus commitment) {
	}

	private final StakeholderRegister register;
	private final AtelierAccess access;

	RegisterCsv(StakeholderRegister register, AtelierAccess access) {
		this.register = register;
		this.access = access;
	}

	/** The register as CSV text (header and one line per organisation), for members. */
	@Transactional(readOnly = true)
	public String export(long atelierId) {
		StringBuilder out = new StringBuilder(CsvTable.line(COLUMNS));
		for (StakeholderView s : register.list(atelierId)) {
			out.append(CsvTable.line(List.of(s.name(), s.type().key(), s.sector().key(), nz(s.challengeRole()),
					String.valueOf(s.decisionAuthority()), nz(s.authorityOver()), String.valueOf(s.influence()),
					String.valueOf(s.interest()), String.valueOf(s.power()), String.valueOf(s.legitimacy()),
					String.valueOf(s.urgency()), s.engagementNow().key(), s.engagementDesired().key(),
					s.commitment().key())));
		}
		return out.toString();
	}

	/** Imports every line or none (partners, coordinators). Returns how many organisations were added. */
	@Transactional
	public int importCsv(long atelierId, String text) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		List<Entry> entries = read(text);
		for (Entry entry : entries) {
			long id = register.create(atelierId, entry.input()).id();
			for (CommitmentStatus step : PATH.get(entry.commitment())) {
				register.changeCommitment(atelierId, id, step.key(), "CSV import, line " + entry.line(), null);
			}
		}
		return entries.size();
	}

	/**
	 * Reads and checks a whole file without touching the database: the valid entries, or a
	 * {@link FieldProblem} listing every problem with its line and column.
	 */
	public static List<Entry> read(String text) {
		if (text == null || text.isBlank()) {
			throw new FieldProblem("csv", "stakeholder.csv.empty");
		}
		if (text.length() > MAX_CHARS) {
			throw new FieldProblem("csv", "stakeholder.csv.tooLarge", MAX_CHARS / 1000);
		}
		List<CsvTable.Row> rows = CsvTable.read(text);
		if (rows.size() < 2) {
			throw new FieldProblem("csv", "stakeholder.csv.empty");
		}
		if (rows.size() - 1 > MAX_ROWS) {
			throw new FieldProblem("csv", "stakeholder.csv.tooManyRows", MAX_ROWS);
		}
		Map<String, Integer> columns = header(rows.getFirst());
		List<FieldProblem.Violation> problems = new ArrayList<>();
		List<Entry> entries = new ArrayList<>();
		for (CsvTable.Row row : rows.subList(1, rows.size())) {
			if (row.cells().size() != columns.size()) {
				problems.add(problem(row.line(), null, "stakeholder.csv.cellCount", row.cells().size(), columns.size()));
				continue;
			}
			Map<String, String> v = new LinkedHashMap<>();
			columns.forEach((name, index) -> v.put(name, unneutralise(row.cells().get(index))));
			List<FieldProblem.Violation> lineProblems = new ArrayList<>();
			Boolean authority = bool(v.get("decision_authority"), row.line(), "decision_authority", lineProblems);
			Boolean power = bool(v.get("power"), row.line(), "power", lineProblems);
			Boolean legitimacy = bool(v.get("legitimacy"), row.line(), "legitimacy", lineProblems);
			Boolean urgency = bool(v.get("urgency"), row.line(), "urgency", lineProblems);
			String commitmentText = v.get("commitment");
			CommitmentStatus commitment = commitmentText == null || commitmentText.isBlank() ? CommitmentStatus.IDENTIFIED
					: Keyed.parse(CommitmentStatus.class, commitmentText).orElse(null);
			if (commitment == null) {
				lineProblems.add(problem(row.line(), "commitment", "stakeholder.csv.commitment.invalid"));
			}
			StakeholderInput input = null;
			try {
				input = StakeholderInput.parse(v.get("name"), v.get("type"), v.get("sector"), v.get("challenge_role"),
						Boolean.TRUE.equals(authority), v.get("authority_over"), v.get("influence"), v.get("interest"),
						Boolean.TRUE.equals(power), Boolean.TRUE.equals(legitimacy), Boolean.TRUE.equals(urgency),
						v.get("engagement_now"), v.get("engagement_desired"));
			}
			catch (FieldProblem invalid) {
				for (FieldProblem.Violation violation : invalid.violations()) {
					lineProblems.add(problem(row.line(), column(violation.field()),
							violation.messageKey(), violation.args()));
				}
			}
			problems.addAll(lineProblems);
			if (lineProblems.isEmpty()) {
				entries.add(new Entry(row.line(), input, commitment));
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return entries;
	}

	private static Map<String, Integer> header(CsvTable.Row row) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		List<FieldProblem.Violation> problems = new ArrayList<>();
		for (int i = 0; i < row.cells().size(); i++) {
			String name = row.cells().get(i).trim().toLowerCase(java.util.Locale.ROOT);
			if (!COLUMNS.contains(name)) {
				problems.add(new FieldProblem.Violation("csv", "stakeholder.csv.unknownColumn", row.line(), name));
			}
			else if (columns.put(name, i) != null) {
				problems.add(new FieldProblem.Violation("csv", "stakeholder.csv.duplicateColumn", row.line(), name));
			}
		}
		for (String required : List.of("name", "type", "sector", "influence", "interest", "engagement_now",
				"engagement_desired")) {
			if (!columns.containsKey(required) && problems.isEmpty()) {
				problems.add(new FieldProblem.Violation("csv", "stakeholder.csv.missingColumn", row.line(), required));
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return columns;
	}

	/** A problem on one line (and column), its message the field's own, resolved in the reader's language. */
	private static FieldProblem.Violation problem(int line, String column, String key, Object... args) {
		var detail = new DefaultMessageSourceResolvable(new String[] { key }, args, key);
		return column == null ? new FieldProblem.Violation("csv", "stakeholder.csv.lineProblem", line, detail)
				: new FieldProblem.Violation("csv", "stakeholder.csv.cellProblem", line, column, detail);
	}

	private static Boolean bool(String text, int line, String column, List<FieldProblem.Violation> problems) {
		if (text == null || text.isBlank()) {
			return false;
		}
		return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
			case "true", "yes", "1", "ja", "sí", "si" -> true;
			case "false", "no", "0", "nee" -> false;
			default -> {
				problems.add(problem(line, column, "stakeholder.csv.boolean.invalid"));
				yield null;
			}
		};
	}

	/** The CSV column of a field of {@link StakeholderInput}. */
	private static String column(String field) {
		return switch (field) {
			case "challengeRole" -> "challenge_role";
			case "decisionAuthority" -> "decision_authority";
			case "authorityOver" -> "authority_over";
			case "engagementNow" -> "engagement_now";
			case "engagementDesired" -> "engagement_desired";
			default -> field;
		};
	}

	/** Undoes the export's protection against formula injection, so an export imports back unchanged. */
	private static String unneutralise(String cell) {
		if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
			return cell.substring(1);
		}
		return cell;
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}
}
