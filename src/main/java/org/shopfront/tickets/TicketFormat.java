package org.shopfront.tickets;

/**
 * Where an import's tickets come from: a known service desk's CSV export, JSON lines, a
 * CSV read through a saved profile, or a push to the API.
 */
enum TicketFormat {

	SERVICENOW, JIRA, JSON_LINES, PROFILE, API

}
