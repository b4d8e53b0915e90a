package org.atelier.energy.web;

import java.util.Locale;

import org.atelier.energy.SweepRequest;
import org.jspecify.annotations.Nullable;

/**
 * The sweep's query: battery capacities (whole kWh) and import caps (whole kW) as evenly spaced
 * ranges (ends included), and the strategy. Empty until the planner asks; defaults suggest a first grid.
 */
public class SweepForm {

	private @Nullable Integer capacityFrom = 0;
	private @Nullable Integer capacityTo = 1000;
	private @Nullable Integer capacityCount = 11;
	private @Nullable Integer capFrom;
	private @Nullable Integer capTo;
	private @Nullable Integer capCount = 5;
	private String strategy = "PEAK_SHAVING";

	/** Whether both ranges are given, so that the sweep can run. */
	boolean ready() {
		return capacityFrom != null && capacityTo != null && capacityCount != null && capFrom != null && capTo != null
				&& capCount != null;
	}

	SweepRequest request() {
		return new SweepRequest(null, new SweepRequest.Range(null, (double) capacityFrom, (double) capacityTo, capacityCount),
				new SweepRequest.Range(null, (double) capFrom, (double) capTo, capCount), null,
				strategy.toUpperCase(Locale.ROOT));
	}

	public @Nullable Integer getCapacityFrom() { return capacityFrom; }
	public void setCapacityFrom(@Nullable Integer v) { capacityFrom = v; }
	public @Nullable Integer getCapacityTo() { return capacityTo; }
	public void setCapacityTo(@Nullable Integer v) { capacityTo = v; }
	public @Nullable Integer getCapacityCount() { return capacityCount; }
	public void setCapacityCount(@Nullable Integer v) { capacityCount = v; }
	public @Nullable Integer getCapFrom() { return capFrom; }
	public void setCapFrom(@Nullable Integer v) { capFrom = v; }
	public @Nullable Integer getCapTo() { return capTo; }
	public void setCapTo(@Nullable Integer v) { capTo = v; }
	public @Nullable Integer getCapCount() { return capCount; }
	public void setCapCount(@Nullable Integer v) { capCount = v; }
	public String getStrategy() { return strategy; }
	public void setStrategy(String v) { strategy = v; }
}
