/**
 * Ticket intake: reads the service desk's tickets (CSV through import profiles, JSON
 * lines, the push API, {@code import-tickets}) into the ticket store, lists them for IT
 * staff, and announces each import that commits
 * ({@link org.shopfront.tickets.TicketsImported}).
 */
@ApplicationModule(allowedDependencies = { "shared", "people", "imports" })
package org.shopfront.tickets;

import org.springframework.modulith.ApplicationModule;
