package org.shopfront.imports;

/**
 * What one batch adds to a running import's counts, and how far into the file the reader
 * had got when it was handed over.
 */
record ImportProgress(long bytesRead, long rowsRead, long rowsImported, long rowsRejected) {

}
