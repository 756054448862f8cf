package org.shopfront.demand;

import java.time.Instant;
import java.util.UUID;

/**
 * A question about a demand or its proposal, or IT's answer to one, in the demand's
 * thread.
 *
 * @param fromIt whether IT wrote it (an answer) rather than the business (a question)
 */
record ThreadMessage(UUID id, Actor author, boolean fromIt, String text, Instant postedAt) {
}
