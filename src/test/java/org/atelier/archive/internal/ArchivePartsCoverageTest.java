package org.atelier.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.atelier.shared.archive.ArchivePart;
import org.atelier.shared.archive.ArchiveTable;
import org.atelier.testsupport.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Guards the archive against the schema moving on: every table holding an atelier's records is in
 * an archive part or left out on purpose, and no archived column that looks like an id is copied
 * as a plain number (it would point at a row of the source installation).
 */
@DatabaseTest
@SpringBootTest
class ArchivePartsCoverageTest {

	/** Tables with an atelier column that no part describes, and why (see decision 0008). */
	private static final Set<String> LEFT_OUT = Set.of(
			"atelier_member", // the archive's "members" section, matched by e-mail through AtelierMembers
			"audit_entry", // the history of the source; the new atelier gets a note of its origin
			"calendar_feed", // a secret of the source installation
			"lesson_applied"); // names ateliers of the source installation

	@Autowired
	List<ArchivePart> parts;

	@Autowired
	TableColumns columns;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyTableWithAnAtelierColumnIsArchivedOrLeftOutOnPurpose() {
		List<String> archived = parts.stream().flatMap(p -> p.tables().stream()).map(ArchiveTable::name).toList();
		List<String> withAtelier = jdbc.sql("""
				select lower(table_name) from information_schema.columns
				where lower(column_name) = 'atelier_id' and lower(table_schema) = 'public'""")
			.query(String.class).list();
		assertThat(withAtelier).isNotEmpty();
		assertThat(withAtelier.stream().filter(t -> !t.equals("atelier"))
			.filter(t -> !archived.contains(t) && !LEFT_OUT.contains(t)).toList())
			.as("tables of an atelier that no ArchivePart describes").isEmpty();
	}

	@Test
	void noIdLikeColumnIsCopiedAsAPlainNumber() {
		List<String> untranslated = new ArrayList<>();
		for (ArchivePart part : parts) {
			for (ArchiveTable table : part.tables()) {
				columns.of(table.name()).values().forEach(column -> {
					String name = column.name().toLowerCase(Locale.ROOT);
					boolean idLike = name.endsWith("_id") || name.endsWith("_by") || name.equals("id");
					if (idLike && column.kind() == TableColumns.Kind.NUMBER && !table.translated(name)) {
						untranslated.add(table.name() + "." + name);
					}
				});
			}
		}
		assertThat(untranslated).isEmpty();
	}
}
