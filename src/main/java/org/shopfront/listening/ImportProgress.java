package org.shopfront.listening;

/** Counts of a running import, written with each batch. */
record ImportProgress(long bytesRead, long rowsRead, long rowsImported, long rowsRejected) {

}
