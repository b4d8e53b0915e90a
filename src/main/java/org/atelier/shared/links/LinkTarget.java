package org.atelier.shared.links;

/**
 * A record another module's record points at: its kind (for example {@code decision}), id, a
 * title to show, and the path of its page in the application (for example
 * {@code /ateliers/4/decisions/17}).
 */
public record LinkTarget(String kind, long id, String title, String path) {
}
