package org.atelier.demo;

import org.atelier.energy.EnergyScenarios;
import org.springframework.stereotype.Component;

/**
 * Republica's energy scenarios: the complex as planned, whose evening peaks of about 460 kW break
 * the 400 kW connection limit in winter; the 200 kWh battery of the pilot decision, which shaves
 * most but not all of them; and a 500 kWh battery with peak shaving that keeps every quarter-hour
 * under the limit. Each is run once so that the results and the comparison can be opened at once.
 */
@Component
class DemoEnergy {

	/** Four members, two PV roofs and a 400 kW connection; the battery part is filled in per variant. */
	static final String REPUBLICA = """
			{"site":{"latitude":52.39,"longitude":4.92,"timezone":"Europe/Amsterdam","year":2025},"stepMinutes":15,
			 "pv":[{"name":"Office roofs","kwp":350,"tiltDeg":15,"azimuthDeg":180,"source":{"type":"model"}},
			       {"name":"Housing roofs east-west","kwp":150,"tiltDeg":10,"azimuthDeg":90,"source":{"type":"model"}}],
			 "members":[
			   {"name":"Offices","category":"commercial","share":0.4,
			    "load":{"type":"profile","profile":"office","annualKwh":1200000}},
			   {"name":"Residents","category":"resident","share":0.3,
			    "load":{"type":"profile","profile":"residential","annualKwh":400000}},
			   {"name":"Shops and café","category":"tenant","share":0.15,
			    "load":{"type":"profile","profile":"retail","annualKwh":270000}},
			   {"name":"Parking garage chargers","category":"other","share":0.15,
			    "load":{"type":"profile","profile":"ev-charging","annualKwh":330000}}],
			 %s
			 "grid":{"importCapKw":400,"exportCapKw":350},
			 "sharing":{"key":"HYBRID","internalPricePerKwh":0.18,"retailPricePerKwh":0.32,"feedInPricePerKwh":0.06}}""";

	private final EnergyScenarios scenarios;
	private final DemoUsers users;

	DemoEnergy(EnergyScenarios scenarios, DemoUsers users) {
		this.scenarios = scenarios;
		this.users = users;
	}

	void record(long republica) {
		users.as("tom.bakker", () -> {
			variant(republica, "Republica as planned",
					"Two PV roofs and four members behind the 400 kW connection, without storage.",
					"\"strategy\":\"NONE\",");
			variant(republica, "Pilot battery 200 kWh",
					"The battery of the pilot decision, used only to keep import under the limit.",
					"\"battery\":{\"capacityKwh\":200,\"powerKw\":100},\"strategy\":\"PEAK_SHAVING\",");
			variant(republica, "Battery 500 kWh with peak shaving",
					"A larger battery in the parking garage, recharged from PV surplus and off-peak import.",
					"\"battery\":{\"capacityKwh\":500,\"powerKw\":150},\"strategy\":\"PEAK_SHAVING\",");
			return null;
		});
	}

	private void variant(long atelier, String name, String description, String battery) {
		long id = scenarios.create(atelier, name, description, REPUBLICA.formatted(battery)).id();
		scenarios.run(atelier, id);
	}
}
