package org.shopfront.imports;

/**
 * How the rows of a file are written: CSV with a header line, or one JSON object per
 * line.
 */
public enum ImportFormat {

	CSV, JSON_LINES

}
