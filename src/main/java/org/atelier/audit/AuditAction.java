package org.atelier.audit;

/** What happened to a record. Archiving and restoring are named apart because people look for them. */
public enum AuditAction {

	CREATED, UPDATED, DELETED, ARCHIVED, RESTORED
}
