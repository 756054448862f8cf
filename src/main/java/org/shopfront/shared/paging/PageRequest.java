package org.shopfront.shared.paging;

/**
 * What a list is asked for: the rows after a position (none for the first page), at most
 * {@code size} of them. {@link Paging} makes it from a request's cursor token and
 * remembers what the token was bound to, so that the next page's token is bound the same.
 *
 * @param after where the previous page ended, or null for the first page
 */
public record PageRequest(Cursor after, int size, String scope) {

	public PageRequest {
		if (size < 1) {
			throw new IllegalArgumentException("A page holds at least one row");
		}
	}

	/** The first page of a list that is not shown to anyone (tests, commands). */
	public static PageRequest first(int size) {
		return new PageRequest(null, size, "");
	}

	/** The page after the given position, for the same list. */
	public PageRequest after(Cursor position) {
		return new PageRequest(position, this.size, this.scope);
	}

	public boolean first() {
		return this.after == null;
	}

	/**
	 * How many rows to read: one more than the page shows, which tells whether another
	 * page follows.
	 */
	public int rows() {
		return this.size + 1;
	}

}
