-- A role can be held by a contact person of the stakeholder register. Only the contact's id is
-- kept here; the name is read from the register when shown, so erasing the contact reaches it.
alter table governance_role add column contact_id bigint;
