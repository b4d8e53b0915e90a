package org.atelier.energy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.energy.EnergyViews.CalibrationView;
import org.atelier.energy.EnergyViews.RunSummary;
import org.atelier.energy.EnergyViews.RunView;
import org.atelier.energy.EnergyViews.ScenarioFileView;
import org.atelier.energy.EnergyViews.ScenarioSummary;
import org.atelier.energy.EnergyViews.ScenarioView;
import org.atelier.energy.engine.Calibration;
import org.atelier.energy.engine.Kpis;
import org.atelier.energy.engine.LoadCsv;
import org.atelier.energy.engine.PvgisCsv;
import org.atelier.energy.engine.SeriesFormatException;
import org.atelier.identity.CurrentUser;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Energy scenarios stored under an atelier. Members read them and their results; partners and
 * coordinators create, edit, upload series files, run and calibrate. A scenario may be saved
 * while incomplete (a file it names may be uploaded afterwards); what keeps it from running is
 * listed with it. Every run is kept with its full result and per-step series, so that a run used
 * as evidence stays what it was when the scenario changes.
 */
@Service
public class EnergyScenarios {

	public static final String AUDIT_TYPE = "energy-scenario";
	public static final int NAME_MAX = 200;
	public static final int DESCRIPTION_MAX = 2000;
	/** Largest sweep run for a page or API request: 1,000 combinations take seconds on two cores. */
	public static final int SWEEP_MAX = 1000;

	private final AtelierAccess access;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final long maxFileBytes;

	EnergyScenarios(AtelierAccess access, AuditTrail audit, JdbcClient jdbc, Clock clock,
			@Value("${atelier.uploads.max-series-size:10MB}") DataSize maxFileSize) {
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFileBytes = maxFileSize.toBytes();
	}

	public long maxFileBytes() {
		return maxFileBytes;
	}

	/** The atelier's scenarios, most recently changed first, with their latest run's figures. */
	@Transactional(readOnly = true)
	public List<ScenarioSummary> list(long atelierId) {
		access.requireMember(atelierId);
		Map<Long, RunSummary> latest = new HashMap<>();
		jdbc.sql("""
				select r.* from energy_run r where r.atelier_id = :a and r.id = (select max(r2.id) from energy_run r2
				where r2.scenario_id = r.scenario_id)""").param("a", atelierId)
			.query((rs, n) -> runSummary(rs)).list().forEach(r -> latest.put(r.scenarioId(), r));
		return jdbc.sql("select * from energy_scenario where atelier_id = :a order by updated_at desc, id desc")
			.param("a", atelierId)
			.query((rs, n) -> new ScenarioSummary(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
					rs.getInt("version"), instant(rs, "updated_at"), rs.getString("updated_by_name"),
					latest.get(rs.getLong("id"))))
			.list();
	}

	@Transactional(readOnly = true)
	public ScenarioView get(long atelierId, long scenarioId) {
		access.requireMember(atelierId);
		return view(atelierId, scenarioId);
	}

	/** Saves a new scenario; the JSON must be readable (its fields of the right types). */
	@Transactional
	public ScenarioView create(long atelierId, String name, @Nullable String description, String scenarioJson) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		String json = checked(name, description, scenarioJson);
		CurrentUser me = CurrentUser.require();
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into energy_scenario (atelier_id, name, description, scenario_json, version, created_at,
				created_by_name, updated_at, updated_by_name) values (:a, :n, :d, :j, 0, :now, :by, :now, :by)""")
			.param("a", atelierId).param("n", name.strip()).param("d", blankToNull(description))
			.param("j", json.getBytes(StandardCharsets.UTF_8)).param("now", now).param("by", me.displayName())
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(id), AuditAction.CREATED,
				new ChangeSet().field("name", null, name.strip()));
		return view(atelierId, id);
	}

	/** Replaces name, description and JSON when {@code version} is still the stored one. */
	@Transactional
	public ScenarioView update(long atelierId, long scenarioId, int version, String name, @Nullable String description,
			String scenarioJson) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		ScenarioView before = row(atelierId, scenarioId);
		String json = checked(name, description, scenarioJson);
		int changed = jdbc.sql("""
				update energy_scenario set name = :n, description = :d, scenario_json = :j, version = version + 1,
				updated_at = :now, updated_by_name = :by where id = :id and atelier_id = :a and version = :v""")
			.param("n", name.strip()).param("d", blankToNull(description)).param("j", json.getBytes(StandardCharsets.UTF_8))
			.param("now", now()).param("by", CurrentUser.require().displayName()).param("id", scenarioId)
			.param("a", atelierId).param("v", version).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("energy scenario " + scenarioId + " changed meanwhile");
		}
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(scenarioId), AuditAction.UPDATED,
				new ChangeSet().field("name", before.name(), name.strip())
					.field("description", before.description(), blankToNull(description))
					.field("scenario", "version " + before.version(),
							before.json().equals(json) ? "version " + before.version() : "version " + (before.version() + 1)));
		return view(atelierId, scenarioId);
	}

	/**
	 * A new scenario with the same JSON and input files as an existing one, under another name, to
	 * try a variant without losing the original. Runs and monitoring files are not copied.
	 */
	@Transactional
	public ScenarioView copy(long atelierId, long scenarioId, String name) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		ScenarioView original = row(atelierId, scenarioId);
		ScenarioView copy = create(atelierId, name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name,
				original.description(), original.json());
		jdbc.sql("""
				insert into energy_scenario_file (scenario_id, name, kind, values_count, size_bytes, uploaded_at,
				uploaded_by_name, content) select :copy, name, kind, values_count, size_bytes, uploaded_at, uploaded_by_name,
				content from energy_scenario_file where scenario_id = :original and kind <> 'MONITORING'""")
			.param("copy", copy.id()).param("original", scenarioId).update();
		return view(atelierId, copy.id());
	}

	/** Deletes a scenario with its files, runs and calibrations. */
	@Transactional
	public void delete(long atelierId, long scenarioId) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		ScenarioView gone = row(atelierId, scenarioId);
		jdbc.sql("delete from energy_scenario where id = :id and atelier_id = :a").param("id", scenarioId)
			.param("a", atelierId).update();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(scenarioId), AuditAction.DELETED,
				new ChangeSet().field("name", gone.name(), null));
	}

	/**
	 * Stores a series file under the name the scenario uses for it (replacing one of the same name).
	 * The content must be UTF-8 text that reads as the kind says; a problem names line and column.
	 * A new or replaced input file raises the scenario's version, since its results change.
	 */
	@Transactional
	public ScenarioFileView upload(long atelierId, long scenarioId, @Nullable String fileName, @Nullable String kindValue,
			byte[] content) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		row(atelierId, scenarioId);
		String name = fileName == null ? "" : fileName.strip();
		List<FieldProblem.Violation> problems = new ArrayList<>();
		if (name.isEmpty() || name.length() > NAME_MAX || name.contains("/") || name.contains("\\")) {
			problems.add(new FieldProblem.Violation("name", "energy.file.name.invalid", NAME_MAX));
		}
		ScenarioFileKind kind = ScenarioFileKind.parse(kindValue).orElse(null);
		if (kind == null) {
			problems.add(new FieldProblem.Violation("kind", "energy.file.kind.invalid"));
		}
		if (content.length == 0) {
			problems.add(new FieldProblem.Violation("file", "energy.file.empty"));
		}
		else if (content.length > maxFileBytes) {
			problems.add(new FieldProblem.Violation("file", "energy.file.tooLarge", maxFileBytes / (1024 * 1024)));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		int values = countValues(kind, text(content));
		CurrentUser me = CurrentUser.require();
		jdbc.sql("delete from energy_scenario_file where scenario_id = :s and name = :n").param("s", scenarioId)
			.param("n", name).update();
		jdbc.sql("""
				insert into energy_scenario_file (scenario_id, name, kind, values_count, size_bytes, uploaded_at,
				uploaded_by_name, content) values (:s, :n, :k, :v, :size, :now, :by, :c)""")
			.param("s", scenarioId).param("n", name).param("k", kind.name()).param("v", values)
			.param("size", content.length).param("now", now()).param("by", me.displayName()).param("c", content).update();
		if (kind != ScenarioFileKind.MONITORING) {
			touch(atelierId, scenarioId, me);
		}
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(scenarioId), AuditAction.UPDATED,
				new ChangeSet().field("file", null, name + " (" + kind.key() + ", " + values + ")"));
		return files(scenarioId).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
	}

	@Transactional
	public void deleteFile(long atelierId, long scenarioId, long fileId) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		row(atelierId, scenarioId);
		ScenarioFileView file = files(scenarioId).stream().filter(f -> f.id() == fileId).findFirst()
			.orElseThrow(() -> new NotFoundException("energy-file"));
		jdbc.sql("delete from energy_scenario_file where id = :f").param("f", fileId).update();
		if (file.kind() != ScenarioFileKind.MONITORING) {
			touch(atelierId, scenarioId, CurrentUser.require());
		}
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(scenarioId), AuditAction.UPDATED,
				new ChangeSet().field("file", file.name(), null));
	}

	/** The stored bytes of a file, for download. */
	@Transactional(readOnly = true)
	public byte[] fileContent(long atelierId, long scenarioId, long fileId) {
		access.requireMember(atelierId);
		row(atelierId, scenarioId);
		return jdbc.sql("select content from energy_scenario_file where id = :f and scenario_id = :s")
			.param("f", fileId).param("s", scenarioId).query((rs, n) -> rs.getBytes(1)).optional()
			.orElseThrow(() -> new NotFoundException("energy-file"));
	}

	/**
	 * Simulates the scenario as it stands and keeps the run.
	 *
	 * @throws InvalidScenarioException listing every problem when it cannot run
	 */
	@Transactional
	public RunSummary run(long atelierId, long scenarioId) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		ScenarioView s = row(atelierId, scenarioId);
		PreparedScenario prepared = PreparedScenario.of(s.scenario(), stored(scenarioId));
		SimulationResult full = ScenarioSimulation.simulate(prepared, true);
		SimulationResult result = new SimulationResult(full.kpis(), full.members(), full.monthly(), full.fairness(), null);
		StoredSeries series = new StoredSeries(full.series(), prepared.grid().zone());
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into energy_run (atelier_id, scenario_id, scenario_version, scenario_name, run_at, run_by_name,
				violation_steps, result_json, series) values (:a, :s, :v, :n, :now, :by, :viol, :r, :series)""")
			.param("a", atelierId).param("s", scenarioId).param("v", s.version()).param("n", s.name()).param("now", now())
			.param("by", CurrentUser.require().displayName()).param("viol", full.kpis().stepsImportOverCap())
			.param("r", ScenarioReader.MAPPER.writeValueAsBytes(result)).param("series", series.encode())
			.update(keys, "id");
		long runId = keys.getKeyAs(Long.class);
		return runSummary(atelierId, runId).orElseThrow();
	}

	/**
	 * Runs the scenario for every combination of battery capacity and import cap in the request
	 * (at most {@value #SWEEP_MAX} here), on all cores; nothing is stored.
	 *
	 * @throws InvalidScenarioException when the scenario cannot run or the request is wrong
	 */
	@Transactional(readOnly = true)
	public ScenarioSweep.Result sweep(long atelierId, long scenarioId, SweepRequest request) {
		access.requireRole(atelierId, AtelierRole.PARTNER);
		ScenarioView s = row(atelierId, scenarioId);
		PreparedScenario prepared = PreparedScenario.of(s.scenario(), stored(scenarioId));
		long points = (long) count(request.batteryCapacityKwh()) * count(request.importCapKw());
		if (points > SWEEP_MAX) {
			throw new InvalidScenarioException("", "at most " + SWEEP_MAX + " combinations, asked for " + points);
		}
		return ScenarioSweep.run(request, prepared);
	}

	private static int count(SweepRequest.@Nullable Range range) {
		if (range == null) {
			return 0;
		}
		if (range.values() != null) {
			return range.values().size();
		}
		return range.count() == null ? 0 : Math.max(0, range.count());
	}

	/** A stored run with its result and calibrations; {@code current} when the scenario has not changed since. */
	@Transactional(readOnly = true)
	public RunView getRun(long atelierId, long scenarioId, long runId) {
		access.requireMember(atelierId);
		ScenarioView s = row(atelierId, scenarioId);
		RunSummary summary = runSummary(atelierId, runId).filter(r -> r.scenarioId() == scenarioId)
			.orElseThrow(() -> new NotFoundException("energy-run"));
		SimulationResult result = jdbc.sql("select result_json from energy_run where id = :r").param("r", runId)
			.query((rs, n) -> ScenarioReader.MAPPER.readValue(rs.getBytes(1), SimulationResult.class)).single();
		return new RunView(summary, result, summary.scenarioVersion() == s.version(), calibrations(runId));
	}

	/** The per-step series of a stored run. */
	@Transactional(readOnly = true)
	public StoredSeries series(long atelierId, long scenarioId, long runId) {
		access.requireMember(atelierId);
		return jdbc.sql("select series from energy_run where id = :r and scenario_id = :s and atelier_id = :a")
			.param("r", runId).param("s", scenarioId).param("a", atelierId)
			.query((rs, n) -> StoredSeries.decode(rs.getBytes(1))).optional()
			.orElseThrow(() -> new NotFoundException("energy-run"));
	}

	/** The latest runs of the given scenarios of the atelier, in the order given (scenarios never run are left out). */
	@Transactional(readOnly = true)
	public List<RunSummary> latestRuns(long atelierId, List<Long> scenarioIds) {
		access.requireMember(atelierId);
		List<RunSummary> out = new ArrayList<>();
		for (long sid : scenarioIds) {
			jdbc.sql("select * from energy_run where atelier_id = :a and scenario_id = :s order by id desc fetch first 1 rows only")
				.param("a", atelierId).param("s", sid).query((rs, n) -> runSummary(rs)).optional().ifPresent(out::add);
		}
		return out;
	}

	/**
	 * Compares a run's modelled series with a monitoring file of the scenario (same number of
	 * steps): NMBE and CV(RMSE) after ASHRAE Guideline 14-2014, and for net demand the fitted load
	 * scale and PV factor with the metrics they give.
	 */
	@Transactional
	public CalibrationView calibrate(long atelierId, long scenarioId, long runId, long fileId, @Nullable String quantityValue) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		row(atelierId, scenarioId);
		ScenarioFileView file = files(scenarioId).stream().filter(f -> f.id() == fileId && f.kind() == ScenarioFileKind.MONITORING)
			.findFirst().orElseThrow(() -> new FieldProblem("fileId", "energy.calibration.file.invalid"));
		MonitoringQuantity quantity = MonitoringQuantity.parse(quantityValue)
			.orElseThrow(() -> new FieldProblem("quantity", "energy.calibration.quantity.invalid"));
		StoredSeries series = series(atelierId, scenarioId, runId);
		double[] measured = LoadCsv.parseSigned(new StringReader(text(fileContent(atelierId, scenarioId, fileId))));
		double[] modelled = quantity.modelled(series.series());
		if (measured.length != modelled.length) {
			throw new FieldProblem("fileId", "energy.calibration.length", measured.length, modelled.length);
		}
		Calibration.Metrics before;
		Calibration.Fit fit = null;
		try {
			before = Calibration.metrics(modelled, measured);
			if (quantity.fits()) {
				fit = Calibration.fit(series.series().loadKw(), series.series().pvKw(), measured);
			}
		}
		catch (IllegalArgumentException e) {
			throw new FieldProblem("fileId", "energy.calibration.undefined");
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into energy_calibration (atelier_id, run_id, file_name, quantity, nmbe_percent, cvrmse_percent,
				within_guideline, fit_load_scale, fit_pv_factor, fit_nmbe_percent, fit_cvrmse_percent, fit_within,
				measured, created_at, created_by_name) values (:a, :r, :f, :q, :nmbe, :cv, :w, :ls, :pf, :fn, :fc, :fw,
				:m, :now, :by)""")
			.param("a", atelierId).param("r", runId).param("f", file.name()).param("q", quantity.name())
			.param("nmbe", before.nmbePercent()).param("cv", before.cvrmsePercent()).param("w", before.withinGuideline14Hourly())
			.param("ls", fit == null ? null : fit.loadScale()).param("pf", fit == null ? null : fit.pvFactor())
			.param("fn", fit == null ? null : fit.after().nmbePercent())
			.param("fc", fit == null ? null : fit.after().cvrmsePercent())
			.param("fw", fit == null ? null : fit.after().withinGuideline14Hourly())
			.param("m", StoredSeries.encodeValues(measured))
			.param("now", now()).param("by", CurrentUser.require().displayName()).update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(scenarioId), AuditAction.UPDATED,
				new ChangeSet().field("calibration", null, "run #" + runId + " / " + file.name() + " (" + quantity.key() + ")"));
		return calibrations(runId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
	}

	/** The measured values of a calibration, per step in kW. */
	@Transactional(readOnly = true)
	public double[] measured(long atelierId, long runId, long calibrationId) {
		access.requireMember(atelierId);
		return jdbc.sql("select measured from energy_calibration where id = :c and run_id = :r and atelier_id = :a")
			.param("c", calibrationId).param("r", runId).param("a", atelierId)
			.query((rs, n) -> StoredSeries.decodeValues(rs.getBytes(1))).optional()
			.orElseThrow(() -> new NotFoundException("energy-calibration"));
	}

	/** Runs of the atelier for pick lists (newest first); the caller has checked access. */
	List<RunSummary> recentRuns(long atelierId, int limit) {
		return jdbc.sql("select * from energy_run where atelier_id = :a order by id desc fetch first " + limit + " rows only")
			.param("a", atelierId).query((rs, n) -> runSummary(rs)).list();
	}

	/** A run of the atelier; the caller has checked access. */
	Optional<RunSummary> runSummary(long atelierId, long runId) {
		return jdbc.sql("select * from energy_run where id = :r and atelier_id = :a").param("r", runId)
			.param("a", atelierId).query((rs, n) -> runSummary(rs)).optional();
	}

	/** A calibration of the atelier with the scenario it belongs to; the caller has checked access. */
	Optional<Map.Entry<Long, CalibrationView>> calibration(long atelierId, long calibrationId) {
		return jdbc.sql("""
				select c.*, r.scenario_id from energy_calibration c join energy_run r on r.id = c.run_id
				where c.id = :c and c.atelier_id = :a""").param("c", calibrationId).param("a", atelierId)
			.query((rs, n) -> Map.entry(rs.getLong("scenario_id"), calibration(rs))).optional();
	}

	/** Calibrations of the atelier for pick lists (newest first); the caller has checked access. */
	List<Map.Entry<Long, CalibrationView>> recentCalibrations(long atelierId, int limit) {
		return jdbc.sql("""
				select c.*, r.scenario_id from energy_calibration c join energy_run r on r.id = c.run_id
				where c.atelier_id = :a order by c.id desc""" + " fetch first " + limit + " rows only")
			.param("a", atelierId).query((rs, n) -> Map.entry(rs.getLong("scenario_id"), calibration(rs))).list();
	}

	/** Opens the scenario's stored input files by name. */
	private SeriesFiles stored(long scenarioId) {
		return name -> {
			Optional<byte[]> content = jdbc.sql(
					"select content from energy_scenario_file where scenario_id = :s and name = :n and kind <> 'MONITORING'")
				.param("s", scenarioId).param("n", name).query((rs, n) -> rs.getBytes(1)).optional();
			return new StringReader(text(content.orElseThrow(
					() -> new IOException("no file named '" + name + "' has been uploaded to this scenario"))));
		};
	}

	/** The scenario with its files, runs and what keeps it from running (which prepares a whole year). */
	private ScenarioView view(long atelierId, long scenarioId) {
		ScenarioView v = row(atelierId, scenarioId);
		return new ScenarioView(v.id(), v.atelierId(), v.name(), v.description(), v.json(), v.scenario(), v.version(),
				v.createdAt(), v.createdBy(), v.updatedAt(), v.updatedBy(), files(scenarioId), runs(scenarioId),
				problems(v.scenario(), scenarioId));
	}

	/** The stored scenario alone (no files, runs or problems), for changes and runs that need no more. */
	private ScenarioView row(long atelierId, long scenarioId) {
		return jdbc.sql("select * from energy_scenario where id = :id and atelier_id = :a").param("id", scenarioId)
			.param("a", atelierId).query((rs, n) -> {
				String json = new String(rs.getBytes("scenario_json"), StandardCharsets.UTF_8);
				return new ScenarioView(rs.getLong("id"), atelierId, rs.getString("name"), rs.getString("description"),
						json, ScenarioReader.read(json), rs.getInt("version"), instant(rs, "created_at"),
						rs.getString("created_by_name"), instant(rs, "updated_at"), rs.getString("updated_by_name"),
						List.of(), List.of(), List.of());
			}).optional().orElseThrow(() -> new NotFoundException("energy-scenario"));
	}

	private List<ScenarioProblem> problems(Scenario scenario, long scenarioId) {
		try {
			PreparedScenario.of(scenario, stored(scenarioId));
			return List.of();
		}
		catch (InvalidScenarioException e) {
			return e.problems();
		}
	}

	private List<ScenarioFileView> files(long scenarioId) {
		return jdbc.sql("""
				select id, name, kind, values_count, size_bytes, uploaded_at, uploaded_by_name from energy_scenario_file
				where scenario_id = :s order by kind, name""").param("s", scenarioId)
			.query((rs, n) -> new ScenarioFileView(rs.getLong("id"), rs.getString("name"),
					ScenarioFileKind.valueOf(rs.getString("kind")), rs.getInt("values_count"), rs.getLong("size_bytes"),
					instant(rs, "uploaded_at"), rs.getString("uploaded_by_name")))
			.list();
	}

	private List<RunSummary> runs(long scenarioId) {
		return jdbc.sql("""
				select id, atelier_id, scenario_id, scenario_version, scenario_name, run_at, run_by_name, result_json
				from energy_run where scenario_id = :s order by id desc""").param("s", scenarioId)
			.query((rs, n) -> runSummary(rs)).list();
	}

	private List<CalibrationView> calibrations(long runId) {
		return jdbc.sql("select * from energy_calibration where run_id = :r order by id desc").param("r", runId)
			.query((rs, n) -> calibration(rs)).list();
	}

	private static CalibrationView calibration(ResultSet rs) throws SQLException {
		var before = new Calibration.Metrics(rs.getDouble("nmbe_percent"), rs.getDouble("cvrmse_percent"),
				rs.getBoolean("within_guideline"));
		Calibration.Fit fit = null;
		double scale = rs.getDouble("fit_load_scale");
		if (!rs.wasNull()) {
			double pv = rs.getDouble("fit_pv_factor");
			fit = new Calibration.Fit(scale, pv, 1 - pv, before, new Calibration.Metrics(rs.getDouble("fit_nmbe_percent"),
					rs.getDouble("fit_cvrmse_percent"), rs.getBoolean("fit_within")));
		}
		return new CalibrationView(rs.getLong("id"), rs.getLong("run_id"), rs.getString("file_name"),
				MonitoringQuantity.valueOf(rs.getString("quantity")), before, fit, instant(rs, "created_at"),
				rs.getString("created_by_name"));
	}

	private static RunSummary runSummary(ResultSet rs) throws SQLException {
		Kpis kpis = ScenarioReader.MAPPER.readValue(rs.getBytes("result_json"), SimulationResult.class).kpis();
		return new RunSummary(rs.getLong("id"), rs.getLong("scenario_id"), rs.getString("scenario_name"),
				rs.getInt("scenario_version"), instant(rs, "run_at"), rs.getString("run_by_name"), kpis);
	}

	private void touch(long atelierId, long scenarioId, CurrentUser me) {
		jdbc.sql("""
				update energy_scenario set version = version + 1, updated_at = :now, updated_by_name = :by
				where id = :id and atelier_id = :a""").param("now", now()).param("by", me.displayName())
			.param("id", scenarioId).param("a", atelierId).update();
	}

	/** Name and description checked, and the JSON read (so its structure is sound), re-written compactly. */
	private static String checked(@Nullable String name, @Nullable String description, @Nullable String scenarioJson) {
		List<FieldProblem.Violation> problems = new ArrayList<>();
		if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
			problems.add(new FieldProblem.Violation("name", "energy.scenario.name.invalid", NAME_MAX));
		}
		if (description != null && description.strip().length() > DESCRIPTION_MAX) {
			problems.add(new FieldProblem.Violation("description", "energy.scenario.description.tooLong", DESCRIPTION_MAX));
		}
		String json = null;
		if (scenarioJson == null || scenarioJson.isBlank()) {
			problems.add(new FieldProblem.Violation("scenario", "energy.scenario.json.required"));
		}
		else {
			try {
				json = ScenarioReader.write(ScenarioReader.read(scenarioJson));
			}
			catch (InvalidScenarioException e) {
				problems.addAll(e.toFieldProblem("scenario").violations());
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return json;
	}

	/** Reads the file as its kind says and counts its values; a problem names line and column. */
	private static int countValues(ScenarioFileKind kind, String text) {
		try {
			return switch (kind) {
				case PVGIS -> PvgisCsv.parse(text).hourlyW().length;
				case LOAD -> LoadCsv.parse(text).length;
				case MONITORING -> LoadCsv.parseSigned(new StringReader(text)).length;
			};
		}
		catch (SeriesFormatException e) {
			throw new FieldProblem("file", "energy.file.unreadable", e.line(), e.column(), e.problem());
		}
		catch (IllegalArgumentException e) {
			throw new FieldProblem("file", "energy.file.unreadable", 0, 0, e.getMessage());
		}
	}

	/** UTF-8 text without NUL characters, or a field problem: a series file is never binary. */
	static String text(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
			if (text.indexOf('\0') >= 0) {
				throw new FieldProblem("file", "energy.file.notText");
			}
			return text;
		}
		catch (CharacterCodingException e) {
			throw new FieldProblem("file", "energy.file.notText");
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
