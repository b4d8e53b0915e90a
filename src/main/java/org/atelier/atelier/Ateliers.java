package org.atelier.atelier;

import org.springframework.data.repository.ListCrudRepository;

/** All ateliers of the installation, with their members. */
interface Ateliers extends ListCrudRepository<Atelier, Long> {
}
