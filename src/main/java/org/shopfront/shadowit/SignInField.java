package org.shopfront.shadowit;

/** The fields of a single-sign-on log line that an import reads. */
enum SignInField {

	AT, PERSON, APPLICATION, OUTCOME, EVENT_TYPE

}
