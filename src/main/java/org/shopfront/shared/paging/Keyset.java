package org.shopfront.shared.paging;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.shopfront.shared.Timestamps;

/**
 * The SQL of a keyset page over columns sorted one way: the condition for the rows after
 * a cursor, the order, and the cursor's values as parameters ({@code :after0},
 * {@code :after1}, …). The last column must be unique (an id), so that rows sharing the
 * leading values are neither shown twice nor skipped. The condition is a row comparison,
 * {@code (placed_at, id) < (:after0, :after1)}, which PostgreSQL and H2 both answer from
 * an index on the same columns in the same order.
 * <p>
 * The first column may be marked {@linkplain #nullable() nullable}: nulls come first in
 * descending order and last in ascending order (PostgreSQL's default, said outright for
 * H2), and a cursor may then sit among them.
 */
public final class Keyset {

	private final List<String> columns;

	private final boolean descending;

	private final boolean nullable;

	private Keyset(List<String> columns, boolean descending, boolean nullable) {
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("A keyset needs at least its unique column");
		}
		this.columns = List.copyOf(columns);
		this.descending = descending;
		this.nullable = nullable;
	}

	public static Keyset ascending(String... columns) {
		return new Keyset(List.of(columns), false, false);
	}

	public static Keyset descending(String... columns) {
		return new Keyset(List.of(columns), true, false);
	}

	/** The same keyset whose first column may hold nulls. */
	public Keyset nullable() {
		if (this.columns.size() < 2) {
			throw new IllegalArgumentException("The unique last column cannot be null");
		}
		return new Keyset(this.columns, this.descending, true);
	}

	/**
	 * {@code and} the condition for the rows after the request's cursor, or nothing for
	 * the first page; to append to a where clause.
	 */
	public String after(PageRequest request) {
		return request.first() ? "" : " and " + condition(request.after());
	}

	/**
	 * {@code and} the condition for the rows from one position to another in the list's
	 * order, both included ({@code :from0}, … and {@code :to0}, …): to read a page's rows
	 * again, along the same index, once its ids were read from the index alone. Not for a
	 * nullable keyset.
	 */
	public String window() {
		if (this.nullable) {
			throw new IllegalStateException("A window over nulls is not one range");
		}
		String after = this.descending ? " <= " : " >= ";
		String before = this.descending ? " >= " : " <= ";
		return " and " + row(0) + after + placeholders("from", 0) + " and " + row(0) + before + placeholders("to", 0);
	}

	/** The values of {@link #window()}'s two positions to bind. */
	public Map<String, Object> windowParams(Cursor from, Cursor to) {
		Map<String, Object> params = new HashMap<>();
		bind(params, "from", from);
		bind(params, "to", to);
		return params;
	}

	/** The order of the page: {@code placed_at desc, id desc}. */
	public String orderBy() {
		return orderBy("");
	}

	/**
	 * The order with the columns of a table alias: {@code o.placed_at desc, o.id desc}.
	 */
	public String orderBy(String alias) {
		String prefix = alias.isEmpty() ? "" : alias + ".";
		String direction = this.descending ? " desc" : "";
		// Said outright, as H2 and PostgreSQL do not agree on where nulls go by default;
		// PostgreSQL's default, so that its indexes serve the order.
		String nulls = !this.nullable ? "" : this.descending ? " nulls first" : " nulls last";
		return this.columns.stream()
			.map(c -> prefix + c + direction + (c.equals(this.columns.get(0)) ? nulls : ""))
			.collect(Collectors.joining(", "));
	}

	/** The cursor's values to bind, instants as the databases take them. */
	public Map<String, Object> params(PageRequest request) {
		Map<String, Object> params = new HashMap<>();
		if (!request.first()) {
			bind(params, "after", request.after());
		}
		return params;
	}

	private void bind(Map<String, Object> params, String name, Cursor position) {
		List<Object> values = position.values();
		if (values.size() != this.columns.size()) {
			throw InvalidCursor.forList();
		}
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			params.put(name + i, (value instanceof Instant instant) ? Timestamps.param(instant) : value);
		}
	}

	private String condition(Cursor after) {
		String comparison = this.descending ? " < " : " > ";
		String all = row(0) + comparison + placeholders("after", 0);
		if (!this.nullable) {
			return all;
		}
		String first = this.columns.get(0);
		String rest = row(1) + comparison + placeholders("after", 1);
		boolean amongNulls = after.values().get(0) == null;
		if (this.descending) {
			// Nulls come first: after one of them come the later nulls, then every value.
			return amongNulls ? "((" + first + " is null and " + rest + ") or " + first + " is not null)" : all;
		}
		// Nulls come last: after a value come the later values, then every null.
		return amongNulls ? "(" + first + " is null and " + rest + ")" : "(" + all + " or " + first + " is null)";
	}

	private String row(int from) {
		List<String> part = this.columns.subList(from, this.columns.size());
		return (part.size() == 1) ? part.get(0) : "(" + String.join(", ", part) + ")";
	}

	private String placeholders(String name, int from) {
		List<String> names = IntStream.range(from, this.columns.size()).mapToObj(i -> ":" + name + i).toList();
		return (names.size() == 1) ? names.get(0) : "(" + String.join(", ", names) + ")";
	}

}
