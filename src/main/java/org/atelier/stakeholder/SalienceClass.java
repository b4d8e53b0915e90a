package org.atelier.stakeholder;

/**
 * The stakeholder salience model of Mitchell, Agle &amp; Wood (1997), "Toward a theory of
 * stakeholder identification and salience", Academy of Management Review 22(4): which of the
 * attributes power, legitimacy and urgency an organisation has gives one of seven classes; one
 * with none of them is not a stakeholder.
 */
public enum SalienceClass implements Keyed {

	// latent stakeholders: one attribute
	DORMANT, DISCRETIONARY, DEMANDING,
	// expectant stakeholders: two attributes
	DOMINANT, DANGEROUS, DEPENDENT,
	// all three
	DEFINITIVE,
	NON_STAKEHOLDER;

	public static SalienceClass of(boolean power, boolean legitimacy, boolean urgency) {
		if (power && legitimacy && urgency) {
			return DEFINITIVE;
		}
		if (power && legitimacy) {
			return DOMINANT;
		}
		if (power && urgency) {
			return DANGEROUS;
		}
		if (legitimacy && urgency) {
			return DEPENDENT;
		}
		if (power) {
			return DORMANT;
		}
		if (legitimacy) {
			return DISCRETIONARY;
		}
		if (urgency) {
			return DEMANDING;
		}
		return NON_STAKEHOLDER;
	}
}
