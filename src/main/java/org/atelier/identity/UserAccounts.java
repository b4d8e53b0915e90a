package org.atelier.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** All accounts of the installation. */
interface UserAccounts extends ListCrudRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<UserAccount> findAllByOrderByUsernameAsc();
}
