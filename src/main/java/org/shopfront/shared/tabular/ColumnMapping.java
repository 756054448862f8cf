package org.shopfront.shared.tabular;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Which column of a file holds which of a reader's named fields ({@code F}, an enum): for
 * each field the header names that may hold it, first match wins, found without regard to
 * case. In JSON lines a field is a property named like one of its names, without regard
 * to case or underscores ({@code assignmentGroup}, {@code assignment_group}). Fields the
 * reader cannot do without are {@code required}: a file without them is refused before
 * any row is read.
 *
 * @param <F> the fields a row is read into
 */
public final class ColumnMapping<F extends Enum<F>> {

	private final F[] fields;

	private final Map<F, List<String>> candidates;

	private final Set<F> required;

	private final Map<String, F> properties = new HashMap<>();

	public ColumnMapping(Class<F> type, Map<F, List<String>> candidates, Set<F> required) {
		this.fields = type.getEnumConstants();
		this.candidates = candidates.isEmpty() ? new EnumMap<>(type) : new EnumMap<>(candidates);
		this.required = required.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(required);
		this.candidates
			.forEach((field, names) -> names.forEach((name) -> this.properties.putIfAbsent(property(name), field)));
	}

	/** Every field, by {@code ordinal()}. */
	public F[] fields() {
		return this.fields.clone();
	}

	/** Whether the mapping names a column for the field at all. */
	public boolean maps(F field) {
		List<String> names = this.candidates.get(field);
		return names != null && !names.isEmpty();
	}

	/** The names that may hold the field, in the order they are tried. */
	public List<String> candidates(F field) {
		return this.candidates.getOrDefault(field, List.of());
	}

	/**
	 * How a report names the field's column when the file does not say: its first name.
	 */
	public String name(F field) {
		List<String> names = candidates(field);
		return names.isEmpty() ? null : names.get(0);
	}

	/**
	 * Finds each field's column in a CSV header.
	 * @throws FileProblem naming the required fields' columns the file lacks
	 */
	public Columns<F> bind(Header header) {
		int[] indexes = new int[this.fields.length];
		String[] names = new String[this.fields.length];
		List<String> missing = new ArrayList<>();
		for (F field : this.fields) {
			indexes[field.ordinal()] = -1;
			names[field.ordinal()] = name(field);
			for (String candidate : candidates(field)) {
				int index = header.indexOf(candidate);
				if (index >= 0) {
					indexes[field.ordinal()] = index;
					names[field.ordinal()] = header.names().get(index);
					break;
				}
			}
			if (indexes[field.ordinal()] < 0 && this.required.contains(field) && maps(field)) {
				missing.add(name(field));
			}
		}
		if (!missing.isEmpty()) {
			throw FileProblem.unknownColumns(missing, header.names());
		}
		return new Columns<>(header.size(), indexes, names);
	}

	/**
	 * A JSON object's values, by field ({@code ordinal()}), {@code null} where the object
	 * has none; objects and arrays are kept as JSON text.
	 */
	public String[] values(JsonNode object) {
		String[] values = new String[this.fields.length];
		for (Map.Entry<String, JsonNode> property : object.properties()) {
			F field = this.properties.get(property(property.getKey()));
			JsonNode value = property.getValue();
			if (field != null && !value.isNull()) {
				values[field.ordinal()] = value.isValueNode() ? value.asString() : value.toString();
			}
		}
		return values;
	}

	private static String property(String name) {
		return name.replace("_", "").toLowerCase(Locale.ROOT);
	}

	/**
	 * Where each field sits in one file's rows, and what its column is called.
	 *
	 * @param <F> the fields
	 */
	public static final class Columns<F extends Enum<F>> {

		private final int size;

		private final int[] indexes;

		private final String[] names;

		Columns(int size, int[] indexes, String[] names) {
			this.size = size;
			this.indexes = indexes;
			this.names = names;
		}

		/** The number of columns in the header. */
		public int size() {
			return this.size;
		}

		/** Whether the file has a column for the field. */
		public boolean has(F field) {
			return this.indexes[field.ordinal()] >= 0;
		}

		/** The field's column as the header spells it, or the mapping's name for it. */
		public String name(F field) {
			return this.names[field.ordinal()];
		}

		/** Every field's column name, by {@code ordinal()}. */
		public String[] names() {
			return this.names.clone();
		}

		/**
		 * A row's values, by field ({@code ordinal()}), {@code null} where the file has
		 * no column for the field or the row is too short.
		 */
		public String[] values(CsvTable.CsvRow row) {
			String[] values = new String[this.indexes.length];
			for (int i = 0; i < values.length; i++) {
				values[i] = row.get(this.indexes[i], null);
			}
			return values;
		}

	}

}
