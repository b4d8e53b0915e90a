/**
 * The contract by which a module takes part in atelier archives (export, import) and in
 * replication: it describes the tables that hold one atelier's records, how their rows refer to
 * each other, to accounts and to records of other modules, and what of them a replica keeps.
 * The {@code archive} module does the rest; adding a module to the archive is one
 * {@link org.atelier.shared.archive.ArchivePart} bean.
 */
@org.jspecify.annotations.NullMarked
package org.atelier.shared.archive;
