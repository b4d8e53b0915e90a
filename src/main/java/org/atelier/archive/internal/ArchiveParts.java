package org.atelier.archive.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atelier.shared.archive.ArchivePart;
import org.atelier.shared.archive.ArchiveTable;
import org.springframework.stereotype.Component;

/** Every {@link ArchivePart} of the application, in order, with their tables and link kinds. */
@Component
class ArchiveParts {

	record Entry(ArchivePart part, ArchiveTable table) {
	}

	private final List<ArchivePart> parts;
	private final Map<String, Entry> tables = new HashMap<>();
	private final Map<String, String> linkKinds = new HashMap<>();

	ArchiveParts(List<ArchivePart> contributed) {
		this.parts = contributed.stream().sorted(Comparator.comparingInt(ArchivePart::order)
			.thenComparing(ArchivePart::name)).toList();
		for (ArchivePart part : parts) {
			for (ArchiveTable table : part.tables()) {
				if (tables.put(table.name(), new Entry(part, table)) != null) {
					throw new IllegalStateException("Table " + table.name() + " is in two archive parts");
				}
			}
			linkKinds.putAll(part.linkKinds());
		}
	}

	List<ArchivePart> all() {
		return parts;
	}

	Optional<ArchivePart> part(String name) {
		return parts.stream().filter(p -> p.name().equals(name)).findFirst();
	}

	Entry table(String name) {
		Entry entry = tables.get(name);
		if (entry == null) {
			throw new IllegalStateException("No archive part has table " + name);
		}
		return entry;
	}

	/** The table holding the targets of a link kind, if an archived module owns them. */
	Optional<String> tableOfKind(String kind) {
		return Optional.ofNullable(linkKinds.get(kind));
	}

	/** Every table in writing order: keyed tables of all parts first, then the tables without key. */
	List<Entry> writingOrder() {
		List<Entry> keyed = new ArrayList<>();
		List<Entry> rest = new ArrayList<>();
		for (ArchivePart part : parts) {
			for (ArchiveTable table : part.tables()) {
				(table.key() != null ? keyed : rest).add(new Entry(part, table));
			}
		}
		keyed.addAll(rest);
		return keyed;
	}
}
