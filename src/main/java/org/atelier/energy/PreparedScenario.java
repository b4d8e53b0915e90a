package org.atelier.energy;

import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.atelier.energy.engine.Battery;
import org.atelier.energy.engine.Climate;
import org.atelier.energy.engine.LoadCsv;
import org.atelier.energy.engine.LoadProfile;
import org.atelier.energy.engine.PvArray;
import org.atelier.energy.engine.PvModel;
import org.atelier.energy.engine.PvgisCsv;
import org.atelier.energy.engine.SeriesFormatException;
import org.atelier.energy.engine.SharingKey;
import org.atelier.energy.engine.Strategy;
import org.atelier.energy.engine.SunPath;
import org.atelier.energy.engine.Tariff;
import org.atelier.energy.engine.TimeGrid;
import org.jspecify.annotations.Nullable;

/**
 * A validated scenario turned into the engine's inputs: the time grid, per-member load and own
 * PV series, shared PV, caps per step, battery, strategy, sharing key and tariff. Validation
 * collects every problem with its field path before giving up, so that one run of the command
 * (or one API call) shows all of them.
 */
public final class PreparedScenario {

	static final Set<String> CATEGORIES = Set.of("resident", "commercial", "tenant", "other");
	private static final double MAX_CLIMATE_KM = 300;

	final TimeGrid grid;
	final List<String> memberNames;
	final List<String> categories;
	final double[][] memberLoadKw;
	final double[][] memberPvKw;
	final double[] shares;
	final double[] siteLoadKw;
	final double[] sitePvKw;
	final double[] importCapKw;
	final double[] exportCapKw;
	final Battery battery;
	final Strategy strategy;
	final SharingKey sharingKey;
	final Tariff tariff;

	private PreparedScenario(Builder b) {
		this.grid = b.grid;
		this.memberNames = List.copyOf(b.names);
		this.categories = List.copyOf(b.categories);
		this.memberLoadKw = b.loads.toArray(new double[0][]);
		this.memberPvKw = b.memberPv.toArray(new double[0][]);
		this.shares = b.shares;
		int n = grid.steps();
		this.siteLoadKw = new double[n];
		this.sitePvKw = b.sharedPv.clone();
		for (double[] l : memberLoadKw) {
			for (int i = 0; i < n; i++) {
				siteLoadKw[i] += l[i];
			}
		}
		for (double[] p : memberPvKw) {
			if (p != null) {
				for (int i = 0; i < n; i++) {
					sitePvKw[i] += p[i];
				}
			}
		}
		this.importCapKw = b.importCap;
		this.exportCapKw = b.exportCap;
		this.battery = b.battery;
		this.strategy = b.strategy;
		this.sharingKey = b.key;
		this.tariff = b.tariff;
	}

	public TimeGrid grid() {
		return grid;
	}

	public Battery battery() {
		return battery;
	}

	public Strategy strategy() {
		return strategy;
	}

	/**
	 * Validates a scenario and reads the files it names.
	 *
	 * @throws InvalidScenarioException listing every problem found
	 */
	public static PreparedScenario of(Scenario s, SeriesFiles files) {
		Builder b = new Builder(files);
		b.build(s);
		if (!b.problems.isEmpty()) {
			throw new InvalidScenarioException(b.problems);
		}
		return new PreparedScenario(b);
	}

	private static final class Builder {
		final SeriesFiles files;
		final List<ScenarioProblem> problems = new ArrayList<>();
		TimeGrid grid;
		@Nullable Climate climate;
		double latitude;
		double longitude;
		double elevation;
		@Nullable SunPath sun;
		double @Nullable [] ghi;
		final List<String> names = new ArrayList<>();
		final List<String> categories = new ArrayList<>();
		final List<double[]> loads = new ArrayList<>();
		final List<double @Nullable []> memberPv = new ArrayList<>();
		double[] shares = new double[0];
		double[] sharedPv = new double[0];
		double[] importCap = new double[0];
		double[] exportCap = new double[0];
		Battery battery = Battery.NONE;
		Strategy strategy = Strategy.NONE;
		SharingKey key = SharingKey.PROPORTIONAL;
		Tariff tariff = new Tariff(0, 0, 0);
		@Nullable String climateName;

		Builder(SeriesFiles files) {
			this.files = files;
		}

		void problem(String path, String message) {
			problems.add(new ScenarioProblem(path, message));
		}

		void build(Scenario s) {
			int step = s.stepMinutes() == null ? 60 : s.stepMinutes();
			if (step != 15 && step != 60) {
				problem("stepMinutes", "must be 15 or 60");
				step = 60;
			}
			Scenario.Site site = s.site();
			ZoneId zone = ZoneId.of("UTC");
			int year = 2025;
			if (site == null) {
				problem("site", "is required (latitude, longitude, timezone, year)");
			} else {
				latitude = require(site.latitude(), "site.latitude", -90, 90);
				longitude = require(site.longitude(), "site.longitude", -180, 180);
				elevation = site.elevationM() == null ? 0 : range(site.elevationM(), "site.elevationM", -500, 9000);
				if (site.timezone() == null || site.timezone().isBlank()) {
					problem("site.timezone", "is required, e.g. Europe/Amsterdam");
				} else {
					try {
						zone = ZoneId.of(site.timezone().strip());
					} catch (DateTimeException e) {
						problem("site.timezone", "unknown time zone '" + site.timezone() + "' (use a name like Europe/Madrid)");
					}
				}
				if (site.year() == null) {
					problem("site.year", "is required");
				} else if (site.year() < 1900 || site.year() > 2200) {
					problem("site.year", "must be between 1900 and 2200");
				} else {
					year = site.year();
				}
				climateName = site.climate();
				if (climateName != null && Climate.builtIn(climateName).isEmpty()) {
					problem("site.climate", "unknown climate '" + climateName + "' (known: amsterdam, bilbao)");
				}
			}
			grid = new TimeGrid(year, step, zone);
			int n = grid.steps();
			sharedPv = new double[n];

			List<Scenario.PvArray> pv = s.pv() == null ? List.of() : s.pv();
			for (int i = 0; i < pv.size(); i++) {
				add(sharedPv, pvArray(pv.get(i), "pv[" + i + "]"));
			}

			List<Scenario.Member> members = s.members() == null ? List.of() : s.members();
			if (members.isEmpty()) {
				problem("members", "at least one member is required");
			}
			shares = new double[members.size()];
			for (int j = 0; j < members.size(); j++) {
				member(members.get(j), "members[" + j + "]", j);
			}
			battery(s.battery());
			grid(s.grid());
			strategy = strategy(s.strategy(), s.battery() != null);
			sharing(s.sharing(), members);
		}

		private void member(Scenario.@Nullable Member m, String path, int j) {
			if (m == null) {
				problem(path, "must be an object");
				names.add("");
				categories.add("other");
				loads.add(new double[grid.steps()]);
				memberPv.add(null);
				return;
			}
			names.add(m.name() == null || m.name().isBlank() ? "member " + (j + 1) : m.name().strip());
			String category = m.category() == null ? "other" : m.category().strip().toLowerCase(Locale.ROOT);
			if (!CATEGORIES.contains(category)) {
				problem(path + ".category", "must be one of resident, commercial, tenant, other");
			}
			categories.add(category);
			loads.add(load(m.load(), path + ".load"));
			if (m.share() != null) {
				shares[j] = range(m.share(), path + ".share", 0, 1);
			} else {
				shares[j] = Double.NaN;
			}
			List<Scenario.PvArray> own = m.pv() == null ? List.of() : m.pv();
			double[] sum = null;
			for (int i = 0; i < own.size(); i++) {
				double[] p = pvArray(own.get(i), path + ".pv[" + i + "]");
				if (sum == null) {
					sum = new double[grid.steps()];
				}
				add(sum, p);
			}
			memberPv.add(sum);
		}

		private double[] load(Scenario.@Nullable Load l, String path) {
			int n = grid.steps();
			if (l == null) {
				problem(path, "is required");
				return new double[n];
			}
			String type = l.type() == null ? "" : l.type().strip().toLowerCase(Locale.ROOT);
			switch (type) {
				case "constant" -> {
					if (l.kw() == null) {
						problem(path + ".kw", "is required for a constant load");
						return new double[n];
					}
					return grid.constant(range(l.kw(), path + ".kw", 0, 1e7));
				}
				case "profile" -> {
					LoadProfile profile = null;
					if (l.profile() == null) {
						problem(path + ".profile", "is required: residential, office, retail, ev-charging or heat-pump");
					} else {
						profile = LoadProfile.fromKey(l.profile()).orElse(null);
						if (profile == null) {
							problem(path + ".profile", "unknown profile '" + l.profile()
								+ "' (residential, office, retail, ev-charging, heat-pump)");
						}
					}
					if (l.annualKwh() == null) {
						problem(path + ".annualKwh", "is required for a profile load");
					} else if (!(l.annualKwh() > 0) || l.annualKwh() > 1e10) {
						problem(path + ".annualKwh", "must be positive");
					} else if (profile != null) {
						return profile.generate(grid, l.annualKwh());
					}
					return new double[n];
				}
				case "series" -> {
					return series(l.file(), l.valuesKw(), path);
				}
				default -> {
					problem(path + ".type", l.type() == null ? "is required: constant, profile or series"
						: "must be constant, profile or series");
					return new double[n];
				}
			}
		}

		private double[] series(@Nullable String file, double @Nullable [] values, String path) {
			int n = grid.steps();
			if ((file == null) == (values == null)) {
				problem(path, "give either file or valuesKw");
				return new double[n];
			}
			double[] raw;
			String where;
			if (values != null) {
				where = path + ".valuesKw";
				for (int i = 0; i < values.length; i++) {
					if (!(values[i] >= 0) || Double.isInfinite(values[i])) {
						problem(where + "[" + i + "]", "must be zero or positive");
						return new double[n];
					}
				}
				if (values.length != n) {
					problem(where, "must have one value per step: " + n + " values, found " + values.length);
					return new double[n];
				}
				return values.clone();
			}
			where = path + ".file";
			try (Reader r = files.open(file)) {
				raw = LoadCsv.parse(r);
			} catch (SeriesFormatException e) {
				problem(where, file + " " + e.getMessage());
				return new double[n];
			} catch (IOException | RuntimeException e) {
				problem(where, "cannot read '" + file + "': " + reason(e));
				return new double[n];
			}
			try {
				return grid.fit(raw);
			} catch (IllegalArgumentException e) {
				problem(where, file + ": " + e.getMessage());
				return new double[n];
			}
		}

		private double[] pvArray(Scenario.@Nullable PvArray a, String path) {
			int n = grid.steps();
			if (a == null) {
				problem(path, "must be an object");
				return new double[n];
			}
			int before = problems.size();
			double kwp = a.kwp() == null ? missing(path + ".kwp") : range(a.kwp(), path + ".kwp", 0, 1e6);
			double tilt = a.tiltDeg() == null ? 35 : range(a.tiltDeg(), path + ".tiltDeg", 0, 90);
			double azimuth = a.azimuthDeg() == null ? 180 : range(a.azimuthDeg(), path + ".azimuthDeg", 0, 360);
			double losses = a.lossesPercent() == null ? 14 : range(a.lossesPercent(), path + ".lossesPercent", 0, 99);
			double inverter = a.inverterKw() == null ? kwp : range(a.inverterKw(), path + ".inverterKw", 0, 1e6);
			if (a.inverterKw() != null && !(inverter > 0)) {
				problem(path + ".inverterKw", "must be positive");
			}
			Scenario.PvSource src = a.source();
			if (src == null) {
				problem(path + ".source", "is required: {\"type\": \"pvgis\" | \"model\" | \"series\", ...}");
				return new double[n];
			}
			if (problems.size() > before || !(kwp > 0)) {
				return new double[n];
			}
			PvArray array = new PvArray(kwp, tilt, azimuth, losses, inverter);
			String type = src.type() == null ? "" : src.type().strip().toLowerCase(Locale.ROOT);
			switch (type) {
				case "model" -> {
					Climate c = climate(path);
					if (c == null) {
						return new double[n];
					}
					if (sun == null) {
						sun = SunPath.of(grid, latitude, longitude, elevation);
						ghi = PvModel.globalHorizontal(grid, sun, c);
					}
					return PvModel.production(grid, sun, c, array, ghi);
				}
				case "pvgis" -> {
					if (src.file() == null) {
						problem(path + ".source.file", "is required for a PVGIS source");
						return new double[n];
					}
					PvgisCsv.Series series;
					try (Reader r = files.open(src.file())) {
						series = PvgisCsv.parse(r);
					} catch (SeriesFormatException e) {
						problem(path + ".source.file", src.file() + " " + e.getMessage());
						return new double[n];
					} catch (IOException | RuntimeException e) {
						problem(path + ".source.file", "cannot read '" + src.file() + "': " + reason(e));
						return new double[n];
					}
					double fileKwp = src.peakKwp() != null ? src.peakKwp() : series.peakKwp();
					if (!(fileKwp > 0)) {
						problem(path + ".source.peakKwp", "the PVGIS file states no peak power: give the kWp it was made for");
						return new double[n];
					}
					return array.clipToInverter(series.kwFor(grid, kwp, fileKwp));
				}
				case "series" -> {
					return array.clipToInverter(series(src.file(), src.valuesKw(), path + ".source"));
				}
				default -> {
					problem(path + ".source.type", src.type() == null ? "is required: pvgis, model or series"
						: "must be pvgis, model or series");
					return new double[n];
				}
			}
		}

		private @Nullable Climate climate(String path) {
			if (climate != null) {
				return climate;
			}
			Climate c = climateName != null ? Climate.builtIn(climateName).orElse(null)
				: Climate.nearest(latitude, longitude, MAX_CLIMATE_KM).orElse(null);
			if (c == null) {
				if (climateName == null) {
					problem(path + ".source.type", "the built-in model has monthly climate data only for Amsterdam and Bilbao"
						+ " (within 300 km): set site.climate or use a PVGIS file");
				}
				return null;
			}
			climate = c.at(latitude, longitude, elevation);
			return climate;
		}

		private void battery(Scenario.@Nullable Battery b) {
			if (b == null) {
				return;
			}
			int before = problems.size();
			double cap = b.capacityKwh() == null ? missing("battery.capacityKwh") : range(b.capacityKwh(), "battery.capacityKwh", 0, 1e7);
			double power = b.powerKw() == null ? missing("battery.powerKw") : range(b.powerKw(), "battery.powerKw", 0, 1e7);
			double eta = 0.9;
			if (b.roundTripEfficiency() != null) {
				eta = b.roundTripEfficiency();
				if (eta > 1 && eta <= 100) {
					problem("battery.roundTripEfficiency", "must be a fraction between 0 and 1 (e.g. 0.9), not a percentage");
				} else if (!(eta > 0 && eta <= 1)) {
					problem("battery.roundTripEfficiency", "must be above 0 and at most 1");
				}
			}
			double min = b.minSocPercent() == null ? 0 : range(b.minSocPercent(), "battery.minSocPercent", 0, 100);
			double max = b.maxSocPercent() == null ? 100 : range(b.maxSocPercent(), "battery.maxSocPercent", 0, 100);
			double start = b.initialSocPercent() == null ? 50 : range(b.initialSocPercent(), "battery.initialSocPercent", 0, 100);
			if (problems.size() == before) {
				if (min > max) {
					problem("battery.minSocPercent", "must not be above maxSocPercent");
				} else if (start < min || start > max) {
					problem("battery.initialSocPercent", "must lie between minSocPercent and maxSocPercent");
				} else {
					battery = new Battery(cap, power, eta, min / 100, max / 100, start / 100);
				}
			}
		}

		private void grid(Scenario.@Nullable Grid g) {
			double inf = Double.POSITIVE_INFINITY;
			double imp = g == null || g.importCapKw() == null ? inf : range(g.importCapKw(), "grid.importCapKw", 0, 1e7);
			double exp = g == null || g.exportCapKw() == null ? inf : range(g.exportCapKw(), "grid.exportCapKw", 0, 1e7);
			importCap = grid.constant(imp);
			exportCap = grid.constant(exp);
			List<Scenario.CapWindow> windows = g == null || g.windows() == null ? List.of() : g.windows();
			for (int w = 0; w < windows.size(); w++) {
				Scenario.CapWindow win = windows.get(w);
				String path = "grid.windows[" + w + "]";
				if (win == null) {
					problem(path, "must be an object");
					continue;
				}
				int before = problems.size();
				int from = win.fromHour() == null ? (int) missing(path + ".fromHour") : (int) range(win.fromHour(), path + ".fromHour", 0, 23);
				int to = win.toHour() == null ? (int) missing(path + ".toHour") : (int) range(win.toHour(), path + ".toHour", 0, 24);
				if (win.importCapKw() == null && win.exportCapKw() == null) {
					problem(path, "set importCapKw, exportCapKw or both");
				}
				double wi = win.importCapKw() == null ? Double.NaN : range(win.importCapKw(), path + ".importCapKw", 0, 1e7);
				double we = win.exportCapKw() == null ? Double.NaN : range(win.exportCapKw(), path + ".exportCapKw", 0, 1e7);
				if (problems.size() > before) {
					continue;
				}
				for (int i = 0; i < grid.steps(); i++) {
					int h = grid.localHour(i);
					boolean inside = from <= to ? h >= from && h < to : h >= from || h < to;
					if (inside) {
						if (!Double.isNaN(wi)) {
							importCap[i] = wi;
						}
						if (!Double.isNaN(we)) {
							exportCap[i] = we;
						}
					}
				}
			}
		}

		private Strategy strategy(@Nullable String name, boolean hasBattery) {
			if (name == null) {
				return hasBattery ? Strategy.SELF_CONSUMPTION : Strategy.NONE;
			}
			try {
				return Strategy.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
			} catch (IllegalArgumentException e) {
				problem("strategy", "must be NONE, SELF_CONSUMPTION, PEAK_SHAVING or SELF_CONSUMPTION_WITH_CAP");
				return Strategy.NONE;
			}
		}

		private void sharing(Scenario.@Nullable Sharing s, List<Scenario.Member> members) {
			if (s != null) {
				if (s.key() != null) {
					try {
						key = SharingKey.valueOf(s.key().strip().toUpperCase(Locale.ROOT));
					} catch (IllegalArgumentException e) {
						problem("sharing.key", "must be STATIC, PROPORTIONAL or HYBRID");
					}
				}
				tariff = new Tariff(price(s.internalPricePerKwh(), "sharing.internalPricePerKwh"),
					price(s.retailPricePerKwh(), "sharing.retailPricePerKwh"),
					price(s.feedInPricePerKwh(), "sharing.feedInPricePerKwh"));
			}
			if (key == SharingKey.PROPORTIONAL) {
				for (int j = 0; j < shares.length; j++) {
					shares[j] = Double.isNaN(shares[j]) ? 0 : shares[j];
				}
				return;
			}
			double sum = 0;
			boolean complete = true;
			for (int j = 0; j < shares.length; j++) {
				if (Double.isNaN(shares[j]) && members.get(j) != null) {
					problem("members[" + j + "].share", "is required with the " + key + " sharing key");
					complete = false;
				}
				sum += Double.isNaN(shares[j]) ? 0 : shares[j];
			}
			if (complete && shares.length > 0 && Math.abs(sum - 1) > 1e-6) {
				problem("members", "the shares must add up to 1 with the " + key + " sharing key, they add up to " + sum);
			}
		}

		private double price(@Nullable Double v, String path) {
			return v == null ? 0 : range(v, path, -1e4, 1e4);
		}

		private double require(@Nullable Double v, String path, double min, double max) {
			return v == null ? missing(path) : range(v, path, min, max);
		}

		private double missing(String path) {
			problem(path, "is required");
			return Double.NaN;
		}

		private double range(double v, String path, double min, double max) {
			if (Double.isNaN(v) || v < min || v > max) {
				problem(path, min == 0 && max >= 1e6 ? "must be zero or positive" : "must be between " + fmt(min) + " and " + fmt(max));
				return Double.NaN;
			}
			return v;
		}

		private static String fmt(double v) {
			return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
		}

		private static void add(double[] sum, double[] values) {
			for (int i = 0; i < sum.length; i++) {
				sum[i] += values[i];
			}
		}

		private static String reason(Exception e) {
			if (e instanceof java.nio.file.NoSuchFileException) {
				return "no such file";
			}
			return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		}
	}
}
