package org.shopfront.tickets;

/** Where an import stands; a failed import keeps the tickets it had stored. */
enum ImportStatus {

	RUNNING, DONE, FAILED

}
