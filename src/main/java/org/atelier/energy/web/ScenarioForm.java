package org.atelier.energy.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.energy.Scenario;
import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The scenario editor's form: every field a planner usually changes, as text so that what was typed
 * comes back with its error. Parts the form does not show (time windows for the caps, members' own
 * PV, inline series, a PVGIS file's peak power) are kept from the stored scenario: rows remember the
 * index they came from ({@code origin}).
 */
public class ScenarioForm {

	private String name = "";
	private String description = "";
	private int version;
	private String latitude = "";
	private String longitude = "";
	private String timezone = "Europe/Amsterdam";
	private String year = "2025";
	private String stepMinutes = "60";
	private String climate = "";
	private List<PvRow> pv = new ArrayList<>();
	private List<MemberRow> members = new ArrayList<>();
	private String batteryCapacityKwh = "";
	private String batteryPowerKw = "";
	private String roundTripEfficiency = "";
	private String minSocPercent = "";
	private String maxSocPercent = "";
	private String initialSocPercent = "";
	private String importCapKw = "";
	private String exportCapKw = "";
	private String strategy = "NONE";
	private String sharingKey = "PROPORTIONAL";
	private String internalPricePerKwh = "";
	private String retailPricePerKwh = "";
	private String feedInPricePerKwh = "";

	/** A PV array row. */
	public static class PvRow {
		private String name = "";
		private String kwp = "";
		private String tiltDeg = "";
		private String azimuthDeg = "";
		private String lossesPercent = "";
		private String inverterKw = "";
		private String sourceType = "model";
		private String file = "";
		private boolean remove;
		private @Nullable Integer origin;

		public String getName() { return name; }
		public void setName(String v) { name = v; }
		public String getKwp() { return kwp; }
		public void setKwp(String v) { kwp = v; }
		public String getTiltDeg() { return tiltDeg; }
		public void setTiltDeg(String v) { tiltDeg = v; }
		public String getAzimuthDeg() { return azimuthDeg; }
		public void setAzimuthDeg(String v) { azimuthDeg = v; }
		public String getLossesPercent() { return lossesPercent; }
		public void setLossesPercent(String v) { lossesPercent = v; }
		public String getInverterKw() { return inverterKw; }
		public void setInverterKw(String v) { inverterKw = v; }
		public String getSourceType() { return sourceType; }
		public void setSourceType(String v) { sourceType = v; }
		public String getFile() { return file; }
		public void setFile(String v) { file = v; }
		public boolean isRemove() { return remove; }
		public void setRemove(boolean v) { remove = v; }
		public @Nullable Integer getOrigin() { return origin; }
		public void setOrigin(@Nullable Integer v) { origin = v; }
	}

	/** A community member row with its load. */
	public static class MemberRow {
		private String name = "";
		private String category = "resident";
		private String loadType = "profile";
		private String kw = "";
		private String profile = "residential";
		private String annualKwh = "";
		private String file = "";
		private String share = "";
		private boolean remove;
		private @Nullable Integer origin;

		public String getName() { return name; }
		public void setName(String v) { name = v; }
		public String getCategory() { return category; }
		public void setCategory(String v) { category = v; }
		public String getLoadType() { return loadType; }
		public void setLoadType(String v) { loadType = v; }
		public String getKw() { return kw; }
		public void setKw(String v) { kw = v; }
		public String getProfile() { return profile; }
		public void setProfile(String v) { profile = v; }
		public String getAnnualKwh() { return annualKwh; }
		public void setAnnualKwh(String v) { annualKwh = v; }
		public String getFile() { return file; }
		public void setFile(String v) { file = v; }
		public String getShare() { return share; }
		public void setShare(String v) { share = v; }
		public boolean isRemove() { return remove; }
		public void setRemove(boolean v) { remove = v; }
		public @Nullable Integer getOrigin() { return origin; }
		public void setOrigin(@Nullable Integer v) { origin = v; }
	}

	/** A new scenario's form: one PV array and one member, so that the rows show what to fill in. */
	static ScenarioForm blank() {
		ScenarioForm f = new ScenarioForm();
		f.latitude = "52.37";
		f.longitude = "4.90";
		PvRow roof = new PvRow();
		roof.name = "Roof";
		f.pv.add(roof);
		MemberRow m = new MemberRow();
		f.members.add(m);
		return f;
	}

	/** The form showing a stored scenario. */
	static ScenarioForm of(String name, @Nullable String description, int version, Scenario s) {
		ScenarioForm f = new ScenarioForm();
		f.name = name;
		f.description = description == null ? "" : description;
		f.version = version;
		if (s.site() != null) {
			f.latitude = text(s.site().latitude());
			f.longitude = text(s.site().longitude());
			f.timezone = s.site().timezone() == null ? "" : s.site().timezone();
			f.year = s.site().year() == null ? "" : String.valueOf(s.site().year());
			f.climate = s.site().climate() == null ? "" : s.site().climate();
		}
		f.stepMinutes = s.stepMinutes() == null ? "" : String.valueOf(s.stepMinutes());
		List<Scenario.PvArray> arrays = s.pv() == null ? List.of() : s.pv();
		for (int i = 0; i < arrays.size(); i++) {
			Scenario.PvArray a = arrays.get(i);
			PvRow r = new PvRow();
			r.origin = i;
			r.name = a.name() == null ? "" : a.name();
			r.kwp = text(a.kwp());
			r.tiltDeg = text(a.tiltDeg());
			r.azimuthDeg = text(a.azimuthDeg());
			r.lossesPercent = text(a.lossesPercent());
			r.inverterKw = text(a.inverterKw());
			if (a.source() != null) {
				r.sourceType = a.source().type() == null ? "" : a.source().type();
				r.file = a.source().file() == null ? "" : a.source().file();
			}
			f.pv.add(r);
		}
		List<Scenario.Member> ms = s.members() == null ? List.of() : s.members();
		for (int i = 0; i < ms.size(); i++) {
			Scenario.Member m = ms.get(i);
			MemberRow r = new MemberRow();
			r.origin = i;
			r.name = m.name() == null ? "" : m.name();
			r.category = m.category() == null ? "" : m.category();
			r.share = text(m.share());
			if (m.load() != null) {
				r.loadType = m.load().type() == null ? "" : m.load().type();
				r.kw = text(m.load().kw());
				r.profile = m.load().profile() == null ? "" : m.load().profile();
				r.annualKwh = text(m.load().annualKwh());
				r.file = m.load().file() == null ? "" : m.load().file();
			}
			f.members.add(r);
		}
		if (s.battery() != null) {
			f.batteryCapacityKwh = text(s.battery().capacityKwh());
			f.batteryPowerKw = text(s.battery().powerKw());
			f.roundTripEfficiency = text(s.battery().roundTripEfficiency());
			f.minSocPercent = text(s.battery().minSocPercent());
			f.maxSocPercent = text(s.battery().maxSocPercent());
			f.initialSocPercent = text(s.battery().initialSocPercent());
		}
		if (s.grid() != null) {
			f.importCapKw = text(s.grid().importCapKw());
			f.exportCapKw = text(s.grid().exportCapKw());
		}
		f.strategy = s.strategy() == null ? "NONE" : s.strategy().toUpperCase(Locale.ROOT);
		if (s.sharing() != null) {
			f.sharingKey = s.sharing().key() == null ? "PROPORTIONAL" : s.sharing().key().toUpperCase(Locale.ROOT);
			f.internalPricePerKwh = text(s.sharing().internalPricePerKwh());
			f.retailPricePerKwh = text(s.sharing().retailPricePerKwh());
			f.feedInPricePerKwh = text(s.sharing().feedInPricePerKwh());
		}
		return f;
	}

	/**
	 * The scenario this form describes, keeping from {@code stored} what the form does not show.
	 *
	 * @throws FieldProblem naming every field that is not a number where one is needed
	 */
	Scenario toScenario(@Nullable Scenario stored) {
		List<FieldProblem.Violation> problems = new ArrayList<>();
		Numbers n = new Numbers(problems);
		var site = new Scenario.Site(n.decimal("latitude", latitude), n.decimal("longitude", longitude), blank(timezone),
				n.integer("year", year), stored == null || stored.site() == null ? null : stored.site().elevationM(),
				blank(climate));
		List<Scenario.PvArray> arrays = new ArrayList<>();
		for (int i = 0; i < pv.size(); i++) {
			PvRow r = pv.get(i);
			if (r.remove) {
				continue;
			}
			String p = "pv[" + i + "].";
			Scenario.PvSource kept = keptPv(stored, r.origin);
			var source = new Scenario.PvSource(blank(r.sourceType), blank(r.file),
					blank(r.file) == null && kept != null && "series".equals(r.sourceType) ? kept.valuesKw() : null,
					kept == null ? null : kept.peakKwp());
			arrays.add(new Scenario.PvArray(blank(r.name), n.decimal(p + "kwp", r.kwp), n.decimal(p + "tiltDeg", r.tiltDeg),
					n.decimal(p + "azimuthDeg", r.azimuthDeg), n.decimal(p + "lossesPercent", r.lossesPercent),
					n.decimal(p + "inverterKw", r.inverterKw), source));
		}
		List<Scenario.Member> people = new ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			MemberRow r = members.get(i);
			if (r.remove) {
				continue;
			}
			String p = "members[" + i + "].";
			Scenario.Member kept = keptMember(stored, r.origin);
			double[] inline = kept != null && kept.load() != null && blank(r.file) == null && "series".equals(r.loadType)
					? kept.load().valuesKw() : null;
			var load = new Scenario.Load(blank(r.loadType), "constant".equals(r.loadType) ? n.decimal(p + "kw", r.kw) : null,
					"profile".equals(r.loadType) ? blank(r.profile) : null,
					"profile".equals(r.loadType) ? n.decimal(p + "annualKwh", r.annualKwh) : null,
					"series".equals(r.loadType) ? blank(r.file) : null, inline);
			people.add(new Scenario.Member(blank(r.name), blank(r.category), load, n.decimal(p + "share", r.share),
					kept == null ? null : kept.pv()));
		}
		Double capacity = n.decimal("batteryCapacityKwh", batteryCapacityKwh);
		Scenario.Battery battery = capacity == null && blank(batteryPowerKw) == null ? null
				: new Scenario.Battery(capacity, n.decimal("batteryPowerKw", batteryPowerKw),
						n.decimal("roundTripEfficiency", roundTripEfficiency), n.decimal("minSocPercent", minSocPercent),
						n.decimal("maxSocPercent", maxSocPercent), n.decimal("initialSocPercent", initialSocPercent));
		var grid = new Scenario.Grid(n.decimal("importCapKw", importCapKw), n.decimal("exportCapKw", exportCapKw),
				stored == null || stored.grid() == null ? null : stored.grid().windows());
		var sharing = new Scenario.Sharing(blank(sharingKey), n.decimal("internalPricePerKwh", internalPricePerKwh),
				n.decimal("retailPricePerKwh", retailPricePerKwh), n.decimal("feedInPricePerKwh", feedInPricePerKwh));
		Integer step = n.integer("stepMinutes", stepMinutes);
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return new Scenario(site, step, arrays, people, battery, grid, blank(strategy), sharing);
	}

	private static final Map<String, String> TOP_LEVEL = Map.ofEntries(Map.entry("site.latitude", "latitude"),
			Map.entry("site.longitude", "longitude"), Map.entry("site.timezone", "timezone"), Map.entry("site.year", "year"),
			Map.entry("site.climate", "climate"), Map.entry("site", "latitude"), Map.entry("stepMinutes", "stepMinutes"),
			Map.entry("battery.capacityKwh", "batteryCapacityKwh"), Map.entry("battery.powerKw", "batteryPowerKw"),
			Map.entry("battery.roundTripEfficiency", "roundTripEfficiency"),
			Map.entry("battery.minSocPercent", "minSocPercent"), Map.entry("battery.maxSocPercent", "maxSocPercent"),
			Map.entry("battery.initialSocPercent", "initialSocPercent"), Map.entry("battery", "batteryCapacityKwh"),
			Map.entry("grid.importCapKw", "importCapKw"), Map.entry("grid.exportCapKw", "exportCapKw"),
			Map.entry("strategy", "strategy"), Map.entry("sharing.key", "sharingKey"),
			Map.entry("sharing.internalPricePerKwh", "internalPricePerKwh"),
			Map.entry("sharing.retailPricePerKwh", "retailPricePerKwh"),
			Map.entry("sharing.feedInPricePerKwh", "feedInPricePerKwh"), Map.entry("pv", "pv"),
			Map.entry("members", "members"));
	private static final Pattern ROW = Pattern.compile("(pv|members)\\[(\\d+)\\](?:\\.(.*))?");

	/**
	 * The form field that shows a problem of the scenario at {@code path} (as the engine names it),
	 * or {@code null} when the form has no such field (the problem is then shown above the form).
	 * Row indexes are the stored scenario's; rows keep their order in the form.
	 */
	static @Nullable String fieldOf(String path) {
		String direct = TOP_LEVEL.get(path);
		if (direct != null) {
			return direct;
		}
		Matcher m = ROW.matcher(path);
		if (!m.matches()) {
			return null;
		}
		String row = m.group(1) + "[" + m.group(2) + "]";
		String rest = m.group(3) == null ? "name" : m.group(3);
		Function<String, String> at = f -> row + "." + f;
		return switch (rest) {
			case "name", "kwp", "tiltDeg", "azimuthDeg", "lossesPercent", "inverterKw", "category", "share" -> at.apply(rest);
			case "source", "source.type" -> at.apply("sourceType");
			case "source.file", "source.valuesKw", "load.file", "load.valuesKw" -> at.apply("file");
			case "load", "load.type" -> at.apply("loadType");
			case "load.kw" -> at.apply("kw");
			case "load.profile" -> at.apply("profile");
			case "load.annualKwh" -> at.apply("annualKwh");
			default -> null;
		};
	}

	private static Scenario.@Nullable PvSource keptPv(@Nullable Scenario stored, @Nullable Integer origin) {
		if (stored == null || stored.pv() == null || origin == null || origin < 0 || origin >= stored.pv().size()) {
			return null;
		}
		return stored.pv().get(origin).source();
	}

	private static Scenario.@Nullable Member keptMember(@Nullable Scenario stored, @Nullable Integer origin) {
		if (stored == null || stored.members() == null || origin == null || origin < 0
				|| origin >= stored.members().size()) {
			return null;
		}
		return stored.members().get(origin);
	}

	/** Parses numbers typed with a decimal point or comma, collecting a problem per field that is not one. */
	private record Numbers(List<FieldProblem.Violation> problems) {

		@Nullable Double decimal(String field, @Nullable String value) {
			String v = blank(value);
			if (v == null) {
				return null;
			}
			try {
				double d = Double.parseDouble(v.replace(',', '.'));
				if (Double.isFinite(d)) {
					return d;
				}
			}
			catch (NumberFormatException e) {
				// reported below
			}
			problems.add(new FieldProblem.Violation(field, "energy.form.number"));
			return null;
		}

		@Nullable Integer integer(String field, @Nullable String value) {
			String v = blank(value);
			if (v == null) {
				return null;
			}
			try {
				return Integer.parseInt(v);
			}
			catch (NumberFormatException e) {
				problems.add(new FieldProblem.Violation(field, "energy.form.integer"));
				return null;
			}
		}
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static String text(@Nullable Double d) {
		if (d == null) {
			return "";
		}
		return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
	}

	public String getName() { return name; }
	public void setName(String v) { name = v; }
	public String getDescription() { return description; }
	public void setDescription(String v) { description = v; }
	public int getVersion() { return version; }
	public void setVersion(int v) { version = v; }
	public String getLatitude() { return latitude; }
	public void setLatitude(String v) { latitude = v; }
	public String getLongitude() { return longitude; }
	public void setLongitude(String v) { longitude = v; }
	public String getTimezone() { return timezone; }
	public void setTimezone(String v) { timezone = v; }
	public String getYear() { return year; }
	public void setYear(String v) { year = v; }
	public String getStepMinutes() { return stepMinutes; }
	public void setStepMinutes(String v) { stepMinutes = v; }
	public String getClimate() { return climate; }
	public void setClimate(String v) { climate = v; }
	public List<PvRow> getPv() { return pv; }
	public void setPv(List<PvRow> v) { pv = v; }
	public List<MemberRow> getMembers() { return members; }
	public void setMembers(List<MemberRow> v) { members = v; }
	public String getBatteryCapacityKwh() { return batteryCapacityKwh; }
	public void setBatteryCapacityKwh(String v) { batteryCapacityKwh = v; }
	public String getBatteryPowerKw() { return batteryPowerKw; }
	public void setBatteryPowerKw(String v) { batteryPowerKw = v; }
	public String getRoundTripEfficiency() { return roundTripEfficiency; }
	public void setRoundTripEfficiency(String v) { roundTripEfficiency = v; }
	public String getMinSocPercent() { return minSocPercent; }
	public void setMinSocPercent(String v) { minSocPercent = v; }
	public String getMaxSocPercent() { return maxSocPercent; }
	public void setMaxSocPercent(String v) { maxSocPercent = v; }
	public String getInitialSocPercent() { return initialSocPercent; }
	public void setInitialSocPercent(String v) { initialSocPercent = v; }
	public String getImportCapKw() { return importCapKw; }
	public void setImportCapKw(String v) { importCapKw = v; }
	public String getExportCapKw() { return exportCapKw; }
	public void setExportCapKw(String v) { exportCapKw = v; }
	public String getStrategy() { return strategy; }
	public void setStrategy(String v) { strategy = v; }
	public String getSharingKey() { return sharingKey; }
	public void setSharingKey(String v) { sharingKey = v; }
	public String getInternalPricePerKwh() { return internalPricePerKwh; }
	public void setInternalPricePerKwh(String v) { internalPricePerKwh = v; }
	public String getRetailPricePerKwh() { return retailPricePerKwh; }
	public void setRetailPricePerKwh(String v) { retailPricePerKwh = v; }
	public String getFeedInPricePerKwh() { return feedInPricePerKwh; }
	public void setFeedInPricePerKwh(String v) { feedInPricePerKwh = v; }
}
