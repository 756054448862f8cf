package org.shopfront.imports;

/**
 * Where an import stands; a failed import stored in batches keeps the batches it had
 * stored.
 */
public enum ImportStatus {

	RUNNING, DONE, FAILED

}
