package org.atelier.shared.archive;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A part's rows as read from an archive, for {@link ArchivePart#check}: per table, the rows as
 * column name to JSON value (text, number, boolean or null), and the attachments by entry name.
 */
public interface ArchiveSection {

	List<Map<String, @Nullable Object>> rows(String table);

	/** The JSON path of a row, for problem locations. */
	String location(String table, int index);

	byte @Nullable [] attachment(String entryName);
}
