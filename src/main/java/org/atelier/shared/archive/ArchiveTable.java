package org.atelier.shared.archive;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * How one table takes part in an archive. A row belongs to the atelier either through its own
 * atelier column or through a parent row (a column referring to a table of the archive that does).
 * Every column not named here is copied as it is; columns named here are translated:
 * <ul>
 * <li>{@link Builder#ref} a database id of a row of another table of the archive (or of this one),
 * written as the archive-local reference of that row; a reference to a row that no longer exists
 * (columns without a foreign key) is written as {@code "table#gone-n"} and imported as the
 * negative number {@code -n}, so that rows that shared it still share it;</li>
 * <li>{@link Builder#link} an id whose table is named by a kind column (the shared link kinds);</li>
 * <li>{@link Builder#user} an account, written as its e-mail;</li>
 * <li>{@link Builder#fresh} a value unique in the installation (a calendar uid, a file name),
 * left out of the archive and generated anew on import;</li>
 * <li>{@link Builder#skip} columns the database computes or that make no sense elsewhere.</li>
 * </ul>
 * Binary columns become attachment files. {@link #structure()} says what a replica keeps of a row
 * (null: the table is not copied into a replica).
 */
public record ArchiveTable(String name, @Nullable String key, @Nullable String atelierColumn,
		@Nullable String parentColumn, String orderBy, Map<String, String> refs, Map<String, String> links,
		Map<String, UserPolicy> users, Map<String, Supplier<String>> fresh, Set<String> skipped,
		@Nullable UnaryOperator<Map<String, @Nullable Object>> structure, Map<String, Set<String>> allowed) {

	public static Builder of(String name) {
		return new Builder(name);
	}

	/** The columns that are not copied as they are. */
	public boolean translated(String column) {
		return column.equals(key) || column.equals(atelierColumn) || refs.containsKey(column)
				|| links.containsKey(column) || users.containsKey(column) || fresh.containsKey(column)
				|| skipped.contains(column);
	}

	public static final class Builder {

		private final String name;
		private @Nullable String key;
		private @Nullable String atelierColumn;
		private @Nullable String parentColumn;
		private @Nullable String orderBy;
		private final Map<String, String> refs = new LinkedHashMap<>();
		private final Map<String, String> links = new LinkedHashMap<>();
		private final Map<String, UserPolicy> users = new LinkedHashMap<>();
		private final Map<String, Supplier<String>> fresh = new LinkedHashMap<>();
		private final Set<String> skipped = new TreeSet<>();
		private @Nullable UnaryOperator<Map<String, @Nullable Object>> structure;
		private final Map<String, Set<String>> allowed = new LinkedHashMap<>();

		private Builder(String name) {
			this.name = name;
		}

		/** The generated id column; rows of a table without one are written after all others. */
		public Builder key(String column) {
			this.key = column;
			return this;
		}

		public Builder atelier(String column) {
			this.atelierColumn = column;
			return this;
		}

		/** The column that refers to the parent row this row belongs to. */
		public Builder parent(String column, String table) {
			this.parentColumn = column;
			refs.put(column, table);
			return this;
		}

		/** The SQL order of the rows (default: the key); must give the same order after an import. */
		public Builder orderBy(String columns) {
			this.orderBy = columns;
			return this;
		}

		public Builder ref(String column, String table) {
			refs.put(column, table);
			return this;
		}

		public Builder link(String column, String kindColumn) {
			links.put(column, kindColumn);
			return this;
		}

		public Builder user(String column, UserPolicy policy) {
			users.put(column, policy);
			return this;
		}

		public Builder fresh(String column, Supplier<String> generator) {
			fresh.put(column, generator);
			return this;
		}

		public Builder skip(String... columns) {
			skipped.addAll(Set.of(columns));
			return this;
		}

		/** What a replica keeps of a row (a changed copy, or null to leave the row out). */
		public Builder structure(UnaryOperator<Map<String, @Nullable Object>> rule) {
			this.structure = rule;
			return this;
		}

		/** Rows are copied into a replica as they are. */
		public Builder structureAsIs() {
			return structure(row -> row);
		}

		/**
		 * The column holds the name of one of the enum's constants (as the module reads it back with
		 * {@code valueOf}); an archive with any other value is refused with its location.
		 */
		public Builder values(String column, Class<? extends Enum<?>> type) {
			Set<String> names = new TreeSet<>();
			for (Enum<?> constant : type.getEnumConstants()) {
				names.add(constant.name());
			}
			allowed.put(column, Set.copyOf(names));
			return this;
		}

		public ArchiveTable build() {
			if ((atelierColumn == null) == (parentColumn == null)) {
				throw new IllegalStateException(name + ": an atelier column or a parent, exactly one");
			}
			String order = orderBy != null ? orderBy : key;
			if (order == null) {
				throw new IllegalStateException(name + ": a table without key needs an order");
			}
			return new ArchiveTable(name, key, atelierColumn, parentColumn, order, Map.copyOf(refs),
					Map.copyOf(links), Map.copyOf(users), Map.copyOf(fresh), Set.copyOf(skipped), structure,
					Map.copyOf(allowed));
		}
	}
}
