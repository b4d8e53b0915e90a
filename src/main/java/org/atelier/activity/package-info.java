/**
 * Open innovation activities: sessions of an atelier (workshops, co-creation sessions, expert and
 * steering meetings, pilots, site visits) with participants, agenda, minutes through draft,
 * circulated and approved, and typed outcomes that become decisions and follow-up actions; the
 * follow-up actions themselves with owner, due date, reminders and overdue counts; calendar export
 * (RFC 5545) and a secret per-atelier feed. Answers the readiness check {@code session-routine}
 * and offers {@link org.atelier.shared.links.FollowUpActions} to other modules.
 */
@NullMarked
package org.atelier.activity;

import org.jspecify.annotations.NullMarked;
