/**
 * Atelier archives and replicas: an atelier exported as one zip ({@code atelier.json} and its
 * attachments) and imported into any installation, all or nothing; and a new atelier started
 * from the structure of another. The records come from every module's
 * {@link org.atelier.shared.archive.ArchivePart}.
 */
@org.jspecify.annotations.NullMarked
package org.atelier.archive;
