package org.atelier.energy;

import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded series file holds. PVGIS and load files are inputs that a scenario names in a
 * {@code file} field; monitoring files hold measured values that a run is calibrated against.
 */
public enum ScenarioFileKind {
	/** A PVGIS hourly time series with PV power. */
	PVGIS,
	/** A load (or PV) series in kW, one value per step. */
	LOAD,
	/** Measured values in kW, one per step; may be negative (net grid power). */
	MONITORING;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ScenarioFileKind> parse(String value) {
		for (ScenarioFileKind k : values()) {
			if (k.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
				return Optional.of(k);
			}
		}
		return Optional.empty();
	}
}
