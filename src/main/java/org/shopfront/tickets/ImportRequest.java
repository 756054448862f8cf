package org.shopfront.tickets;

import java.util.UUID;

/**
 * What to import: the file's layout (a saved profile's id when the format is
 * {@link TicketFormat#PROFILE}), the service desk the tickets come from, and the file's
 * name as uploaded.
 */
record ImportRequest(TicketFormat format, UUID profileId, String source, String fileName) {

}
