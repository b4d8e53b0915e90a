/**
 * The atelier's life cycle: its phase timeline, the readiness check for moving to the next phase
 * and the gate reviews that decide it, and the Preconditions workbench. Other modules contribute
 * evidence to the readiness check by implementing {@link org.atelier.lifecycle.ReadinessEvaluator}.
 */
@org.jspecify.annotations.NullMarked
package org.atelier.lifecycle;
