package org.atelier.stakeholder;

/** Why an organisation takes part in the atelier. */
public enum Motivation implements Keyed {

	POLICY_GOALS, BUSINESS_OPPORTUNITY, LEARNING, LEGITIMACY, NETWORK_ACCESS, OTHER
}
