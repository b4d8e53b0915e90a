package org.atelier.stakeholder;

/**
 * The sector of the quadruple helix an organisation belongs to (Carayannis &amp; Campbell 2009:
 * government, industry, academia and civil society).
 */
public enum HelixSector implements Keyed {

	GOVERNMENT, INDUSTRY, ACADEMIA, CIVIL_SOCIETY
}
