package org.atelier.energy.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.energy.EnergyScenarios;
import org.atelier.energy.EnergyViews.CalibrationView;
import org.atelier.energy.EnergyViews.RunSummary;
import org.atelier.energy.EnergyViews.RunView;
import org.atelier.energy.EnergyViews.ScenarioView;
import org.atelier.energy.InvalidScenarioException;
import org.atelier.energy.MonitoringQuantity;
import org.atelier.energy.Scenario;
import org.atelier.energy.ScenarioFileKind;
import org.atelier.energy.ScenarioProblem;
import org.atelier.energy.ScenarioReader;
import org.atelier.energy.ScenarioSweep;
import org.atelier.energy.SimulationResult;
import org.atelier.energy.StoredSeries;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The energy workbench pages: the scenario list with comparison, the scenario editor (form and
 * JSON), the scenario page with its files, runs and problems, the result dashboard with its charts
 * and calibrations, and the side-by-side comparison of two to four scenarios.
 */
@Controller
class EnergyPages {

	static final int COMPARE_MAX = 4;
	private static final List<String> STRATEGIES = List.of("NONE", "SELF_CONSUMPTION", "PEAK_SHAVING",
			"SELF_CONSUMPTION_WITH_CAP");
	private static final List<String> KEYS = List.of("STATIC", "PROPORTIONAL", "HYBRID");
	private static final List<String> CATEGORIES = List.of("resident", "commercial", "tenant", "other");
	private static final List<String> LOAD_TYPES = List.of("constant", "profile", "series");
	private static final List<String> PROFILES = List.of("residential", "office", "retail", "ev-charging", "heat-pump");
	private static final List<String> PV_SOURCES = List.of("model", "pvgis", "series");

	private final EnergyScenarios scenarios;
	private final AtelierService ateliers;
	private final AtelierAccess access;
	private final MessageSource messages;

	EnergyPages(EnergyScenarios scenarios, AtelierService ateliers, AtelierAccess access, MessageSource messages) {
		this.scenarios = scenarios;
		this.ateliers = ateliers;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/ateliers/{id}/energy")
	String list(@PathVariable long id, Model model) {
		atelier(id, model);
		model.addAttribute("scenarios", scenarios.list(id));
		model.addAttribute("compareMax", COMPARE_MAX);
		return "energy/list";
	}

	@GetMapping("/ateliers/{id}/energy/new")
	String newScenario(@PathVariable long id, Model model) {
		access.requireEditable(id, AtelierRole.PARTNER);
		return form(id, model, ScenarioForm.blank(), null);
	}

	@PostMapping("/ateliers/{id}/energy")
	String create(@PathVariable long id, @ModelAttribute("scenarioForm") ScenarioForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String add, Model model, RedirectAttributes redirect) {
		if (addRow(form, add)) {
			access.requireEditable(id, AtelierRole.PARTNER);
			return form(id, model, form, null);
		}
		try {
			ScenarioView created = scenarios.create(id, form.getName(), form.getDescription(),
					ScenarioReader.write(form.toScenario(null)));
			flashSaved(created, redirect);
			return "redirect:/ateliers/" + id + "/energy/scenarios/" + created.id();
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		return form(id, model, form, null);
	}

	@GetMapping("/ateliers/{id}/energy/scenarios/{sid}")
	String scenario(@PathVariable long id, @PathVariable long sid, Model model) {
		atelier(id, model);
		ScenarioView s = scenarios.get(id, sid);
		model.addAttribute("scenario", s);
		model.addAttribute("fileKinds", options("energy.file.kind.", List.of("pvgis", "load", "monitoring")));
		model.addAttribute("maxFileMb", scenarios.maxFileBytes() / (1024 * 1024));
		return "energy/scenario";
	}

	@GetMapping("/ateliers/{id}/energy/scenarios/{sid}/edit")
	String edit(@PathVariable long id, @PathVariable long sid, Model model) {
		access.requireEditable(id, AtelierRole.PARTNER);
		ScenarioView s = scenarios.get(id, sid);
		ScenarioForm form = ScenarioForm.of(s.name(), s.description(), s.version(), s.scenario());
		return form(id, model, form, s);
	}

	@PostMapping("/ateliers/{id}/energy/scenarios/{sid}/edit")
	String update(@PathVariable long id, @PathVariable long sid, @ModelAttribute("scenarioForm") ScenarioForm form,
			BindingResult result, @RequestParam(required = false) @Nullable String add, Model model,
			RedirectAttributes redirect) {
		ScenarioView stored = scenarios.get(id, sid);
		if (addRow(form, add)) {
			access.requireEditable(id, AtelierRole.PARTNER);
			return form(id, model, form, stored);
		}
		try {
			ScenarioView saved = scenarios.update(id, sid, form.getVersion(), form.getName(), form.getDescription(),
					ScenarioReader.write(form.toScenario(stored.scenario())));
			flashSaved(saved, redirect);
			return "redirect:/ateliers/" + id + "/energy/scenarios/" + sid;
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("form.stale");
			form.setVersion(stored.version());
			model.addAttribute("theirs", stored);
		}
		return form(id, model, form, stored);
	}

	@GetMapping("/ateliers/{id}/energy/scenarios/{sid}/json")
	String json(@PathVariable long id, @PathVariable long sid, Model model) {
		access.requireEditable(id, AtelierRole.PARTNER);
		ScenarioView s = scenarios.get(id, sid);
		var form = new JsonForm();
		form.setName(s.name());
		form.setDescription(s.description() == null ? "" : s.description());
		form.setScenario(ScenarioReader.write(s.scenario()));
		form.setVersion(s.version());
		return jsonPage(id, model, form, s);
	}

	@PostMapping("/ateliers/{id}/energy/scenarios/{sid}/json")
	String saveJson(@PathVariable long id, @PathVariable long sid, @ModelAttribute("jsonForm") JsonForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ScenarioView stored = scenarios.get(id, sid);
		try {
			ScenarioView saved = scenarios.update(id, sid, form.getVersion(), form.getName(), form.getDescription(),
					form.getScenario());
			flashSaved(saved, redirect);
			return "redirect:/ateliers/" + id + "/energy/scenarios/" + sid;
		}
		catch (FieldProblem problem) {
			problem.violations().forEach(v -> {
				String field = v.field().startsWith("scenario") ? "scenario" : v.field();
				result.rejectValue(field, v.messageKey(), v.args(), v.messageKey());
			});
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("form.stale");
			form.setVersion(stored.version());
		}
		return jsonPage(id, model, form, stored);
	}

	@PostMapping("/ateliers/{id}/energy/scenarios/{sid}/copy")
	String copy(@PathVariable long id, @PathVariable long sid, RedirectAttributes redirect) {
		ScenarioView original = scenarios.get(id, sid);
		ScenarioView copy = scenarios.copy(id, sid, text("energy.copy.name", original.name()));
		redirect.addFlashAttribute("flash", text("energy.flash.copied"));
		return "redirect:/ateliers/" + id + "/energy/scenarios/" + copy.id() + "/edit";
	}

	@PostMapping("/ateliers/{id}/energy/scenarios/{sid}/delete")
	String delete(@PathVariable long id, @PathVariable long sid, RedirectAttributes redirect) {
		scenarios.delete(id, sid);
		redirect.addFlashAttribute("flash", text("energy.flash.deleted"));
		return "redirect:/ateliers/" + id + "/energy";
	}

	@PostMapping("/ateliers/{id}/energy/scenarios/{sid}/files")
	String upload(@PathVariable long id, @PathVariable long sid, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		String fileName = name == null || name.isBlank() ? file == null ? null : file.getOriginalFilename() : name;
		try {
			var stored = scenarios.upload(id, sid, fileName, kind, file == null ? new byte[0] : file.getBytes());
			redirect.addFlashAttribute("flash", text("energy.flash.uploaded", stored.name(), stored.values()));
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("uploadErrors", problem.violations().stream()
				.map(v -> text("energy.upload.field." + v.field()) + ": " + text(v.messageKey(), v.args())).toList());
		}
		return "redirect:/ateliers/" + id + "/energy/scenarios/" + sid + "#files";
	}

	@GetMapping("/ateliers/{id}/energy/scenarios/{sid}/files/{fid}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long sid, @PathVariable long fid) {
		var file = scenarios.get(id, sid).files().stream().filter(f -> f.id() == fid).findFirst()
			.orElseThrow(() -> new NotFoundException("energy-file"));
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name().replaceAll("[^A-Za-z0-9._-]", "_")).build()
						.toString())
			.body(scenarios.fileContent(id, sid, fid));
	}

	@PostMapping("/ateliers/{id}/energy/scenarios/{sid}/files/{fid}/delete")
	String deleteFile(@PathVariable long id, @PathVariable long sid, @PathVariable long fid,
			RedirectAttributes redirect) {
		scenarios.deleteFile(id, sid, fid);
		redirect.addFlashAttribute("flash", text("energy.flash.fileDeleted"));
		return "redirect:/ateliers/" + id + "/energy/scenarios/" + sid + "#files";
	}

	@PostMapping("/ateliers/{id}/energy/scenarios/{sid}/run")
	String run(@PathVariable long id, @PathVariable long sid, RedirectAttributes redirect) {
		try {
			RunSummary run = scenarios.run(id, sid);
			redirect.addFlashAttribute("flash", text("energy.flash.run"));
			return "redirect:/ateliers/" + id + "/energy/scenarios/" + sid + "/runs/" + run.id();
		}
		catch (InvalidScenarioException e) {
			redirect.addFlashAttribute("runErrors", e.problems().stream().map(ScenarioProblem::toString).toList());
			return "redirect:/ateliers/" + id + "/energy/scenarios/" + sid;
		}
	}

	@GetMapping("/ateliers/{id}/energy/scenarios/{sid}/runs/{rid}")
	String runPage(@PathVariable long id, @PathVariable long sid, @PathVariable long rid,
			@RequestParam(required = false) @Nullable Integer week, Model model) {
		atelier(id, model);
		ScenarioView s = scenarios.get(id, sid);
		RunView run = scenarios.getRun(id, sid, rid);
		StoredSeries stored = scenarios.series(id, sid, rid);
		Locale locale = LocaleContextHolder.getLocale();
		ResultCharts charts = new ResultCharts(stored.series(), stored.zone(), locale);
		int shownWeek = week == null || week < 1 || week > charts.weeks() ? charts.peakWeek() : week;
		Map<String, String> labels = seriesLabels();
		model.addAttribute("scenario", s);
		model.addAttribute("run", run);
		model.addAttribute("kpis", run.summary().kpis());
		model.addAttribute("week", shownWeek);
		model.addAttribute("weeks", charts.weeks());
		model.addAttribute("weekChart", charts.week(shownWeek, labels));
		model.addAttribute("durationChart", charts.duration(labels));
		model.addAttribute("seasonCharts", charts.typicalDays(labels));
		model.addAttribute("monthlyChart", monthlyChart(run.result(), locale));
		model.addAttribute("membersChart", membersChart(run.result()));
		model.addAttribute("monthNames", monthNames(locale));
		List<Map<String, Object>> calibrations = new ArrayList<>();
		for (CalibrationView c : run.calibrations()) {
			double[] measured = scenarios.measured(id, rid, c.id());
			calibrations.add(Map.of("c", c, "chart", charts.overlay(shownWeek, c.quantity().modelled(stored.series()),
					measured, labels)));
		}
		model.addAttribute("calibrations", calibrations);
		Map<String, String> monitoring = new LinkedHashMap<>();
		s.files().stream().filter(f -> f.kind() == ScenarioFileKind.MONITORING)
			.forEach(f -> monitoring.put(String.valueOf(f.id()), f.name()));
		model.addAttribute("monitoringFiles", monitoring);
		model.addAttribute("quantities", options("energy.quantity.",
				List.of(MonitoringQuantity.values()).stream().map(MonitoringQuantity::key).toList()));
		return "energy/run";
	}

	@PostMapping("/ateliers/{id}/energy/scenarios/{sid}/runs/{rid}/calibrations")
	String calibrate(@PathVariable long id, @PathVariable long sid, @PathVariable long rid,
			@RequestParam(required = false) @Nullable Long fileId, @RequestParam(required = false) @Nullable String quantity,
			RedirectAttributes redirect) {
		try {
			if (fileId == null) {
				throw new FieldProblem("fileId", "energy.calibration.file.invalid");
			}
			CalibrationView c = scenarios.calibrate(id, sid, rid, fileId, quantity);
			redirect.addFlashAttribute("flash", text("energy.flash.calibrated"));
			return "redirect:/ateliers/" + id + "/energy/scenarios/" + sid + "/runs/" + rid + "#calibration-" + c.id();
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("calibrationErrors",
					problem.texts(messages, LocaleContextHolder.getLocale()));
			return "redirect:/ateliers/" + id + "/energy/scenarios/" + sid + "/runs/" + rid + "#calibrate";
		}
	}

	/**
	 * Battery size against import cap: every combination simulated (nothing stored), shown as a grid
	 * of the steps over the cap with the smallest battery that avoids congestion for each cap.
	 */
	@GetMapping("/ateliers/{id}/energy/scenarios/{sid}/sweep")
	String sweep(@PathVariable long id, @PathVariable long sid, @ModelAttribute("sweepForm") SweepForm form,
			@RequestParam(required = false) @Nullable String run, Model model) {
		atelier(id, model);
		ScenarioView s = scenarios.get(id, sid);
		model.addAttribute("scenario", s);
		model.addAttribute("strategies", options("energy.strategy.", STRATEGIES));
		Scenario.Grid grid = s.scenario().grid();
		if (form.getCapFrom() == null && form.getCapTo() == null && grid != null && grid.importCapKw() != null) {
			form.setCapFrom((int) Math.round(grid.importCapKw() * 0.75));
			form.setCapTo((int) Math.round(grid.importCapKw() * 1.25));
		}
		if (run != null && form.ready()) {
			try {
				ScenarioSweep.Result result = scenarios.sweep(id, sid, form.request());
				model.addAttribute("sweep", SweepGrid.of(result));
			}
			catch (InvalidScenarioException e) {
				model.addAttribute("sweepErrors", e.problems().stream().map(ScenarioProblem::toString).toList());
			}
		}
		return "energy/sweep";
	}

	@GetMapping("/ateliers/{id}/energy/compare")
	String compare(@PathVariable long id, @RequestParam(name = "scenario", required = false) @Nullable List<Long> chosen,
			Model model, RedirectAttributes redirect) {
		atelier(id, model);
		List<Long> ids = chosen == null ? List.of() : chosen.stream().distinct().toList();
		if (ids.size() < 2 || ids.size() > COMPARE_MAX) {
			redirect.addFlashAttribute("compareError", text("energy.compare.count", COMPARE_MAX));
			return "redirect:/ateliers/" + id + "/energy";
		}
		for (long sid : ids) {
			scenarios.get(id, sid);
		}
		List<RunSummary> runs = scenarios.latestRuns(id, ids);
		model.addAttribute("runs", runs);
		model.addAttribute("notRun", ids.size() - runs.size());
		List<String> names = runs.stream().map(RunSummary::scenarioName).toList();
		Map<String, List<Double>> energy = new LinkedHashMap<>();
		energy.put(text("energy.kpi.gridImportKwh"), runs.stream().map(r -> r.kpis().gridImportKwh()).toList());
		energy.put(text("energy.kpi.gridExportKwh"), runs.stream().map(r -> r.kpis().gridExportKwh()).toList());
		energy.put(text("energy.kpi.curtailedKwh"), runs.stream().map(r -> r.kpis().curtailedKwh()).toList());
		energy.put(text("energy.kpi.energyImportOverCapKwh"),
				runs.stream().map(r -> r.kpis().energyImportOverCapKwh()).toList());
		model.addAttribute("energyChart", ResultCharts.bars(names, energy, "kWh"));
		Map<String, List<Double>> ratios = new LinkedHashMap<>();
		ratios.put(text("energy.kpi.selfConsumptionRatio"),
				runs.stream().map(r -> r.kpis().selfConsumptionRatio() * 100).toList());
		ratios.put(text("energy.kpi.selfSufficiencyRatio"),
				runs.stream().map(r -> r.kpis().selfSufficiencyRatio() * 100).toList());
		model.addAttribute("ratioChart", ResultCharts.bars(names, ratios, "%"));
		return "energy/compare";
	}

	private String form(long id, Model model, ScenarioForm form, @Nullable ScenarioView stored) {
		atelier(id, model);
		model.addAttribute("scenarioForm", form);
		model.addAttribute("stored", stored);
		List<String> unplaced = new ArrayList<>();
		if (stored != null) {
			for (ScenarioProblem p : stored.problems()) {
				if (ScenarioForm.fieldOf(p.path()) == null) {
					unplaced.add(p.toString());
				}
			}
			model.addAttribute("fieldProblems", fieldProblems(stored.problems()));
		}
		else {
			model.addAttribute("fieldProblems", Map.of());
		}
		model.addAttribute("unplacedProblems", unplaced);
		model.addAttribute("strategies", options("energy.strategy.", STRATEGIES));
		model.addAttribute("sharingKeys", options("energy.sharing.", KEYS));
		model.addAttribute("categories", options("energy.category.", CATEGORIES));
		model.addAttribute("loadTypes", options("energy.loadType.", LOAD_TYPES));
		model.addAttribute("profiles", options("energy.profile.", PROFILES));
		model.addAttribute("pvSources", options("energy.pvSource.", PV_SOURCES));
		model.addAttribute("steps", Map.of("60", text("energy.step.60"), "15", text("energy.step.15")));
		model.addAttribute("climates", options("energy.climate.", List.of("", "amsterdam", "bilbao")));
		return "energy/form";
	}

	private String jsonPage(long id, Model model, JsonForm form, ScenarioView stored) {
		atelier(id, model);
		model.addAttribute("jsonForm", form);
		model.addAttribute("scenario", stored);
		return "energy/json";
	}

	/** The stored scenario's problems per form field, in the engine's words. */
	private static Map<String, List<String>> fieldProblems(List<ScenarioProblem> problems) {
		Map<String, List<String>> out = new LinkedHashMap<>();
		for (ScenarioProblem p : problems) {
			String field = ScenarioForm.fieldOf(p.path());
			if (field != null) {
				out.computeIfAbsent(field, k -> new ArrayList<>()).add(p.message());
			}
		}
		return out;
	}

	/** "Add a PV array" and "Add a member" re-show the form with one more row; nothing is saved. */
	private static boolean addRow(ScenarioForm form, @Nullable String add) {
		if ("pv".equals(add)) {
			var row = new ScenarioForm.PvRow();
			row.setName("PV " + (form.getPv().size() + 1));
			form.getPv().add(row);
			return true;
		}
		if ("member".equals(add)) {
			form.getMembers().add(new ScenarioForm.MemberRow());
			return true;
		}
		return false;
	}

	private void flashSaved(ScenarioView s, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", s.runnable() ? text("energy.flash.saved")
				: text("energy.flash.savedWithProblems", s.problems().size()));
	}

	private String monthlyChart(SimulationResult r, Locale locale) {
		Map<String, List<Double>> values = new LinkedHashMap<>();
		values.put(text("energy.series.load"), r.monthly().stream().map(m -> m.loadKwh()).toList());
		values.put(text("energy.series.pv"), r.monthly().stream().map(m -> m.pvKwh()).toList());
		values.put(text("energy.series.import"), r.monthly().stream().map(m -> m.gridImportKwh()).toList());
		values.put(text("energy.series.export"), r.monthly().stream().map(m -> m.gridExportKwh()).toList());
		return ResultCharts.bars(r.monthly().stream().map(m -> monthName(m.month(), locale)).toList(), values, "kWh");
	}

	private String membersChart(SimulationResult r) {
		Map<String, List<Double>> values = new LinkedHashMap<>();
		values.put(text("energy.member.allocatedKwh"), r.members().stream().map(m -> m.allocatedKwh()).toList());
		values.put(text("energy.member.gridImportKwh"), r.members().stream().map(m -> m.gridImportKwh()).toList());
		return ResultCharts.bars(r.members().stream().map(SimulationResult.MemberResult::name).toList(), values, "kWh");
	}

	private static Map<Integer, String> monthNames(Locale locale) {
		Map<Integer, String> out = new LinkedHashMap<>();
		for (int m = 1; m <= 12; m++) {
			out.put(m, monthName(m, locale));
		}
		return out;
	}

	private static String monthName(int month, Locale locale) {
		return Month.of(month).getDisplayName(TextStyle.SHORT, locale);
	}

	private Map<String, String> seriesLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String k : List.of("load", "pv", "grid", "battery", "importCap", "exportCap", "import", "modelled",
				"measured")) {
			labels.put(k, text("energy.series." + k));
		}
		return labels;
	}

	private Map<String, String> options(String prefix, List<String> keys) {
		Map<String, String> out = new LinkedHashMap<>();
		keys.forEach(k -> out.put(k, text(prefix + (k.isEmpty() ? "none" : k))));
		return out;
	}

	private AtelierView atelier(long id, Model model) {
		AtelierView atelier = ateliers.view(id);
		model.addAttribute("atelier", atelier);
		model.addAttribute("canWrite", !atelier.archived() && atelier.hasRole(AtelierRole.PARTNER));
		return atelier;
	}

	private static void bind(FieldProblem problem, BindingResult result) {
		problem.violations().forEach(v -> {
			String field = v.field();
			if (field.startsWith("scenario.")) {
				field = ScenarioForm.fieldOf(field.substring("scenario.".length()));
			}
			if (field == null || field.equals("scenario")) {
				result.reject(v.messageKey(), v.args(), v.messageKey());
			}
			else if (result.getFieldErrorCount(field) == 0) {
				result.rejectValue(field, v.messageKey(), v.args(), v.messageKey());
			}
		});
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** The JSON editor's form. */
	public static class JsonForm {
		private String name = "";
		private String description = "";
		private String scenario = "";
		private int version;

		public String getName() { return name; }
		public void setName(String v) { name = v; }
		public String getDescription() { return description; }
		public void setDescription(String v) { description = v; }
		public String getScenario() { return scenario; }
		public void setScenario(String v) { scenario = v; }
		public int getVersion() { return version; }
		public void setVersion(int v) { version = v; }
	}
}
