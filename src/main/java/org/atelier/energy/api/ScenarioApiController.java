package org.atelier.energy.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.energy.EnergyScenarios;
import org.atelier.energy.EnergyViews;
import org.atelier.energy.InvalidScenarioException;
import org.atelier.energy.ScenarioSweep;
import org.atelier.energy.SimulationResult;
import org.atelier.energy.StoredSeries;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.atelier.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Energy scenarios stored under an atelier: the scenario JSON, the series files it names
 * (uploaded as multipart), runs kept with their results, and calibrations of a result against a
 * monitoring file.
 */
@RestController
@RequestMapping("/api/v1/ateliers/{id}/energy/scenarios")
@Tag(name = "Energy scenarios", description = "Stored energy scenarios of an atelier, their files, results and calibrations")
class ScenarioApiController {

	private final EnergyScenarios scenarios;
	private final AtelierAccess access;

	ScenarioApiController(EnergyScenarios scenarios, AtelierAccess access) {
		this.scenarios = scenarios;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "The scenarios, most recently changed first, with the key figures of their latest result")
	List<EnergyJson.ScenarioSummaryOut> list(@PathVariable long id) {
		return scenarios.list(id).stream().map(EnergyJson.ScenarioSummaryOut::of).toList();
	}

	@PostMapping
	@Operation(summary = "Store a scenario (partners, coordinators)",
			description = "name, description and scenario (scenario JSON; file fields name files uploaded afterwards). "
					+ "A scenario may be stored incomplete: problems lists what keeps it from running.")
	ResponseEntity<EnergyJson.ScenarioOut> create(@PathVariable long id, @RequestBody EnergyJson.ScenarioBody body) {
		EnergyViews.ScenarioView created = scenarios.create(id, body.name() == null ? "" : body.name(), body.description(),
				json(body));
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/energy/scenarios/" + created.id()))
			.eTag(ETags.of(created.version())).body(EnergyJson.ScenarioOut.of(created));
	}

	@GetMapping("/{sid}")
	ResponseEntity<EnergyJson.ScenarioOut> get(@PathVariable long id, @PathVariable long sid) {
		return ok(scenarios.get(id, sid));
	}

	@PutMapping("/{sid}")
	@Operation(summary = "Replace name, description and scenario JSON (partners, coordinators; If-Match required)")
	ResponseEntity<EnergyJson.ScenarioOut> update(@PathVariable long id, @PathVariable long sid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody EnergyJson.ScenarioBody body) {
		access.requireEditable(id, AtelierRole.PARTNER);
		int version = (int) ETags.requireVersion(ifMatch);
		return ok(scenarios.update(id, sid, version, body.name() == null ? "" : body.name(), body.description(),
				json(body)));
	}

	@DeleteMapping("/{sid}")
	@Operation(summary = "Delete a scenario with its files, results and calibrations (partners, coordinators)")
	ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long sid) {
		scenarios.delete(id, sid);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/{sid}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a series file (partners, coordinators)",
			description = "Parts: file, kind (pvgis, load or monitoring) and name (as the scenario's file fields name it; "
					+ "by default the uploaded file's name). A file of the same name is replaced. The content must read "
					+ "as its kind says; a problem names line and column.")
	ResponseEntity<EnergyJson.FileOut> upload(@PathVariable long id, @PathVariable long sid,
			@RequestPart("file") MultipartFile file, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String name) throws IOException {
		String fileName = name == null || name.isBlank() ? file.getOriginalFilename() : name;
		var stored = scenarios.upload(id, sid, fileName, kind, file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/energy/scenarios/" + sid + "/files/"
				+ stored.id())).body(EnergyJson.FileOut.of(stored));
	}

	@GetMapping("/{sid}/files/{fid}")
	@Operation(summary = "Download a series file as it was uploaded")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long sid, @PathVariable long fid) {
		var file = scenarios.get(id, sid).files().stream().filter(f -> f.id() == fid).findFirst()
			.orElseThrow(() -> new NotFoundException("energy-file"));
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(safe(file.name()))
				.build().toString())
			.body(scenarios.fileContent(id, sid, fid));
	}

	@DeleteMapping("/{sid}/files/{fid}")
	@Operation(summary = "Remove a series file (partners, coordinators)")
	ResponseEntity<Void> deleteFile(@PathVariable long id, @PathVariable long sid, @PathVariable long fid) {
		scenarios.deleteFile(id, sid, fid);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{sid}/run")
	@Operation(summary = "Simulate the scenario as it stands and keep the result (partners, coordinators)",
			description = "400 with every problem (field path and message) when the scenario cannot run.")
	ResponseEntity<EnergyJson.ResultOut> run(@PathVariable long id, @PathVariable long sid) {
		EnergyViews.RunSummary run;
		try {
			run = scenarios.run(id, sid);
		}
		catch (InvalidScenarioException e) {
			throw e.toFieldProblem("scenario");
		}
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/energy/scenarios/" + sid + "/results/"
				+ run.id())).body(resultOut(id, sid, run.id(), false));
	}

	@PostMapping("/{sid}/sweep")
	@Operation(summary = "Simulate every battery capacity × import cap combination (partners, coordinators; nothing stored)",
			description = "Body: {batteryCapacityKwh, importCapKw} each as {values:[…]} or {from, to, count}; optional cRate "
					+ "(kW per kWh) and strategy. At most 1,000 combinations.")
	ScenarioSweep.Result sweep(@PathVariable long id, @PathVariable long sid, @RequestBody String body) {
		try {
			return scenarios.sweep(id, sid, ScenarioSweep.read(body));
		}
		catch (InvalidScenarioException e) {
			throw e.toFieldProblem("");
		}
	}

	@GetMapping("/{sid}/results")
	@Operation(summary = "The stored results of the scenario, newest first, with their key figures")
	List<EnergyJson.RunSummaryOut> results(@PathVariable long id, @PathVariable long sid) {
		return scenarios.get(id, sid).runs().stream().map(EnergyJson.RunSummaryOut::of).toList();
	}

	@GetMapping("/{sid}/results/{rid}")
	@Operation(summary = "One stored result; series=true adds the per-step series")
	EnergyJson.ResultOut result(@PathVariable long id, @PathVariable long sid, @PathVariable long rid,
			@RequestParam(defaultValue = "false") boolean series) {
		return resultOut(id, sid, rid, series);
	}

	@PostMapping("/{sid}/results/{rid}/calibrations")
	@Operation(summary = "Calibrate a result against a monitoring file of the scenario (partners, coordinators)",
			description = "fileId of a monitoring file with one value per step; quantity: load, pv, net (load − PV, "
					+ "also fitted) or grid (import positive).")
	ResponseEntity<EnergyJson.CalibrationOut> calibrate(@PathVariable long id, @PathVariable long sid,
			@PathVariable long rid, @RequestBody EnergyJson.CalibrationRequest body) {
		if (body.fileId() == null) {
			throw new FieldProblem("fileId", "energy.calibration.file.invalid");
		}
		var c = scenarios.calibrate(id, sid, rid, body.fileId(), body.quantity());
		return ResponseEntity.status(201).body(EnergyJson.CalibrationOut.of(c));
	}

	private EnergyJson.ResultOut resultOut(long id, long sid, long rid, boolean series) {
		EnergyViews.RunView run = scenarios.getRun(id, sid, rid);
		SimulationResult r = run.result();
		if (series) {
			StoredSeries stored = scenarios.series(id, sid, rid);
			r = new SimulationResult(r.kpis(), r.members(), r.monthly(), r.fairness(), stored.series());
		}
		var s = run.summary();
		return new EnergyJson.ResultOut(s.id(), s.scenarioId(), s.scenarioVersion(), run.current(), s.runAt(), s.runBy(),
				r, run.calibrations().stream().map(EnergyJson.CalibrationOut::of).toList());
	}

	private static String json(EnergyJson.ScenarioBody body) {
		return body.scenario() == null || body.scenario().isNull() ? "" : body.scenario().toString();
	}

	private static String safe(String name) {
		return name.replaceAll("[^A-Za-z0-9._-]", "_");
	}

	private static ResponseEntity<EnergyJson.ScenarioOut> ok(EnergyViews.ScenarioView s) {
		return ResponseEntity.ok().eTag(ETags.of(s.version())).body(EnergyJson.ScenarioOut.of(s));
	}
}
