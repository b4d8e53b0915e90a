package org.atelier.stakeholder;

/** What a document attached to an organisation is: a signed letter of commitment, an agreement or something else. */
public enum DocumentKind implements Keyed {
	LETTER_OF_COMMITMENT, AGREEMENT, OTHER
}
