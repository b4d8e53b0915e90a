package org.atelier.energy;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An energy feasibility scenario as written in scenario JSON: the site, its PV arrays, the
 * community's members with their loads (and optional own PV), a shared battery, the grid
 * connection's caps, the battery strategy and the sharing key with its prices. Every field is
 * optional at this level so that {@link ScenarioReader} can name each missing or wrong field
 * precisely; {@link ScenarioReader#validate} says what is required.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Scenario(@Nullable Site site, @Nullable Integer stepMinutes, @Nullable List<PvArray> pv,
		@Nullable List<Member> members, @Nullable Battery battery, @Nullable Grid grid, @Nullable String strategy,
		@Nullable Sharing sharing) {

	/**
	 * Where and when. {@code climate} (optional, not in the minimal format) picks the built-in
	 * monthly climate for model PV: {@code amsterdam} or {@code bilbao}; without it the nearest
	 * built-in place within 300 km is used.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Site(@Nullable Double latitude, @Nullable Double longitude, @Nullable String timezone,
			@Nullable Integer year, @Nullable Double elevationM, @Nullable String climate) {
	}

	/** A PV array; defaults: tilt 35°, azimuth 180 (south), losses 14%, inverter = kWp. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record PvArray(@Nullable String name, @Nullable Double kwp, @Nullable Double tiltDeg,
			@Nullable Double azimuthDeg, @Nullable Double lossesPercent, @Nullable Double inverterKw,
			@Nullable PvSource source) {
	}

	/**
	 * Where PV production comes from: {@code pvgis} (a PVGIS hourly CSV {@code file}; its peak
	 * power from the header or {@code peakKwp}), {@code model} (the built-in model) or
	 * {@code series} (kW per step, from {@code file} or inline {@code valuesKw}).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record PvSource(@Nullable String type, @Nullable String file, double @Nullable [] valuesKw,
			@Nullable Double peakKwp) {
	}

	/** A member of the energy community: resident, commercial, tenant or other. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Member(@Nullable String name, @Nullable String category, @Nullable Load load, @Nullable Double share,
			@Nullable List<PvArray> pv) {
	}

	/**
	 * A member's load: {@code constant} ({@code kw}), {@code profile} ({@code profile} +
	 * {@code annualKwh}) or {@code series} ({@code file} or {@code valuesKw}).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Load(@Nullable String type, @Nullable Double kw, @Nullable String profile, @Nullable Double annualKwh,
			@Nullable String file, double @Nullable [] valuesKw) {
	}

	/** The shared battery; defaults: η 0.9, state of charge 0..100%, starting at 50%. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Battery(@Nullable Double capacityKwh, @Nullable Double powerKw, @Nullable Double roundTripEfficiency,
			@Nullable Double minSocPercent, @Nullable Double maxSocPercent, @Nullable Double initialSocPercent) {
	}

	/**
	 * The connection to the public grid. A missing cap means no limit. {@code windows}
	 * (optional) set other caps for hours of the day in the site's local time, e.g. a lower
	 * import cap from 16 to 21 h; {@code fromHour} &gt; {@code toHour} wraps past midnight.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Grid(@Nullable Double importCapKw, @Nullable Double exportCapKw, @Nullable List<CapWindow> windows) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record CapWindow(@Nullable Integer fromHour, @Nullable Integer toHour, @Nullable Double importCapKw,
			@Nullable Double exportCapKw) {
	}

	/** Sharing key and prices per kWh; defaults: PROPORTIONAL, all prices 0. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Sharing(@Nullable String key, @Nullable Double internalPricePerKwh, @Nullable Double retailPricePerKwh,
			@Nullable Double feedInPricePerKwh) {
	}
}
