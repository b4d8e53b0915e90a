package org.atelier.energy;

import java.util.Locale;
import java.util.Optional;

import org.atelier.energy.SimulationResult.StepSeries;

/**
 * What a monitoring series measured, and so which modelled series it is compared with: the
 * site's consumption, its PV production, its demand net of PV before the battery (load − PV, the
 * quantity the calibration fit adjusts) or the power exchanged with the grid (import positive).
 */
public enum MonitoringQuantity {
	LOAD, PV, NET, GRID;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The modelled counterpart of this quantity, per step in kW. */
	public double[] modelled(StepSeries s) {
		return switch (this) {
			case LOAD -> s.loadKw();
			case PV -> s.pvKw();
			case GRID -> s.gridKw();
			case NET -> {
				double[] net = new double[s.loadKw().length];
				for (int i = 0; i < net.length; i++) {
					net[i] = s.loadKw()[i] - s.pvKw()[i];
				}
				yield net;
			}
		};
	}

	/** Whether the load-scale and PV-factor fit applies (it models load − PV). */
	public boolean fits() {
		return this == NET;
	}

	public static Optional<MonitoringQuantity> parse(String value) {
		for (MonitoringQuantity q : values()) {
			if (q.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
				return Optional.of(q);
			}
		}
		return Optional.empty();
	}
}
