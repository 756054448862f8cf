package org.shopfront.shared.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and where the next one starts.
 *
 * @param next the position after the last row, or null when this is the last page
 */
public record Page<T>(List<T> items, Cursor next) {

	public Page {
		items = List.copyOf(items);
	}

	/**
	 * The page made of rows read with {@link PageRequest#rows()}: the extra row, if it
	 * came, is left for the next page, which starts after this page's last row.
	 */
	public static <T> Page<T> of(List<T> rows, PageRequest request, Function<T, Cursor> position) {
		if (rows.size() <= request.size()) {
			return new Page<>(rows, null);
		}
		List<T> items = rows.subList(0, request.size());
		return new Page<>(items, position.apply(items.get(items.size() - 1)));
	}

	public boolean more() {
		return this.next != null;
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.next);
	}

}
