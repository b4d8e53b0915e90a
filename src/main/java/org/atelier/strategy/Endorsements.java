package org.atelier.strategy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The endorsements given to statement revisions. */
interface Endorsements extends ListCrudRepository<Endorsement, Long> {

	List<Endorsement> findByStatementIdIn(Collection<Long> statementIds);

	Optional<Endorsement> findByStatementIdAndUserId(long statementId, long userId);
}
