package org.atelier.shared.archive;

/**
 * What an import does with a column that names an account (by e-mail in the archive) when the
 * installation has no account with that e-mail.
 */
public enum UserPolicy {
	/** The column stays empty. */
	CLEAR,
	/** The importing person takes the account's place (for required owners and authors). */
	IMPORTER,
	/** The row is left out (for rows that mean nothing without their person, such as answers). */
	DROP_ROW
}
