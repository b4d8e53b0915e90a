/**
 * The audit history: who changed which record, when, and which fields went from what to what.
 * Every module records its changes through {@link org.atelier.audit.AuditTrail} inside the
 * transaction that makes them, and reads them back per atelier.
 */
@org.jspecify.annotations.NullMarked
package org.atelier.audit;
