package org.atelier.stakeholder;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The organisations of every atelier's stakeholder register, with their commitment histories. */
interface Stakeholders extends ListCrudRepository<Stakeholder, Long> {

	List<Stakeholder> findByAtelierIdOrderByNameAsc(long atelierId);
}
