package org.shopfront.promises.backtest;

import java.time.Instant;
import java.util.List;

/**
 * One ticket of the history: when it opened, when it was resolved (null if never), the
 * segment keys known when it opened (most specific first) and, for ServiceNow logs,
 * whether the company met its own SLA.
 */
record Ticket(String id, Instant opened, Instant resolved, List<String> segments, Boolean madeSla) {

}
