package org.atelier.stakeholder;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The contact persons of every organisation in every register. */
interface Contacts extends ListCrudRepository<Contact, Long> {

	List<Contact> findByStakeholderIdOrderByIdAsc(long stakeholderId);
}
