/**
 * The one way Shopfront reads tabular files (CSV and JSON lines), for imports and
 * commands alike: encoding, byte order mark, delimiter, records across lines, column
 * mappings, dates, and one wording for what is wrong where.
 */
package org.shopfront.shared.tabular;
