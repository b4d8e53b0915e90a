package org.atelier.governance;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A role as the pages and the API show it. {@code expiring}: the mandate ends within
 * {@link GovernanceRecords#EXPIRY_WARNING_DAYS} days; {@code expired}: it has ended;
 * {@code singlePoint}: nobody else holds this role and there is no deputy. A role held by a contact
 * person of the register carries {@code contactId}; its {@code holderName} is read from the register
 * and is empty once the contact has been erased.
 */
public record GovernanceRole(long id, RoleKind kind, @Nullable String customName, @Nullable Long memberId,
		String holderName, boolean deputy, @Nullable String mandate, @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn, int version, boolean expiring, boolean expired, boolean singlePoint,
		@Nullable Long contactId) {

	/** Whether the holder was a contact person who has since been erased. */
	public boolean holderErased() {
		return contactId != null && holderName.isEmpty();
	}

	/** What identifies the role across holders: the kind, or the custom name for custom roles. */
	public String roleKey() {
		return kind == RoleKind.CUSTOM ? "custom:" + (customName == null ? "" : customName.trim().toLowerCase())
				: kind.key();
	}
}
