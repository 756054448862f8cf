package org.shopfront.initiatives;

/**
 * Where an initiative stands: running (spend and milestones come in), delivered (the date
 * and budget promises have their outcome; the value is still to be confirmed), closed
 * (the sponsor confirmed the value) or stopped (the sponsor ended it).
 */
enum InitiativeStatus {

	RUNNING, DELIVERED, CLOSED, STOPPED

}
