/**
 * Keyset paging for every list that can grow: a page ends at its last row's sort key (a
 * {@link org.shopfront.shared.paging.Cursor}), the next page starts after it, and the
 * position travels between requests as a signed token bound to the list and the person
 * asking (decision 0030).
 */
package org.shopfront.shared.paging;
