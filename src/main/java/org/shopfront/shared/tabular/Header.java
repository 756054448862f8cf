package org.shopfront.shared.tabular;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column names of a CSV file's first line. Names are found without regard to case,
 * surrounding blanks or a byte order mark, and the first of two equal names wins.
 */
public final class Header {

	private final List<String> names;

	private final Map<String, Integer> positions = new HashMap<>();

	Header(List<String> names) {
		List<String> stripped = new ArrayList<>(names.size());
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i).replace("\uFEFF", "").strip();
			stripped.add(name);
			this.positions.putIfAbsent(normalise(name), i);
		}
		this.names = List.copyOf(stripped);
	}

	/** The names as the file spells them, stripped. */
	public List<String> names() {
		return this.names;
	}

	public int size() {
		return this.names.size();
	}

	/** The position of a column, or -1 when the file has none of that name. */
	public int indexOf(String name) {
		Integer index = this.positions.get(normalise(name));
		return (index != null) ? index : -1;
	}

	/**
	 * The positions of the given columns.
	 * @throws FileProblem naming every one the file lacks, and the columns it has
	 */
	public int[] require(List<String> wanted) {
		int[] indexes = new int[wanted.size()];
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < indexes.length; i++) {
			indexes[i] = indexOf(wanted.get(i));
			if (indexes[i] < 0) {
				unknown.add(wanted.get(i));
			}
		}
		if (!unknown.isEmpty()) {
			throw FileProblem.unknownColumns(unknown, this.names);
		}
		return indexes;
	}

	static String normalise(String name) {
		return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
	}

}
