package org.atelier.learning;

/**
 * Who may read a lesson: the members of its atelier only, everyone signed in on this installation,
 * or everyone signed in plus its summary (title, summary, city, theme) on the public lessons page.
 */
public enum Visibility {

	MEMBERS, INSTALLATION, PUBLIC
}
