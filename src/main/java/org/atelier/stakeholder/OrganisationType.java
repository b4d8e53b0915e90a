package org.atelier.stakeholder;

/** What kind of organisation a stakeholder is. */
public enum OrganisationType implements Keyed {

	MUNICIPALITY, COMPANY, KNOWLEDGE_INSTITUTION, COMMUNITY_GROUP, UTILITY, HOUSING_CORPORATION, NGO, OTHER
}
