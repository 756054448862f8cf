/**
 * Notify: tells people what happened, in business language, in their in-app inbox, by
 * email and on team webhooks, from a transactional outbox so that nothing is lost when a
 * channel is down and each notice goes out once even with several application nodes.
 */
@ApplicationModule(allowedDependencies = { "shared", "people", "ordering", "catalog", "promises" })
package org.shopfront.notify;

import org.springframework.modulith.ApplicationModule;
