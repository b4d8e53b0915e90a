package org.atelier.stakeholder;

/**
 * The lawful basis on which a contact person's data is kept, as listed in Article 6(1) of the
 * General Data Protection Regulation (EU 2016/679).
 */
public enum LegalBasis implements Keyed {

	CONSENT, CONTRACT, LEGAL_OBLIGATION, VITAL_INTEREST, PUBLIC_TASK, LEGITIMATE_INTEREST
}
