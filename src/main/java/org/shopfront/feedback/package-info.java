/**
 * Feedback: asks each customer after delivery whether we kept our promise and how
 * satisfied they are, and asks business unit heads every quarter how much they trust IT,
 * with signed one-click links that work once and expire.
 */
@ApplicationModule(allowedDependencies = { "shared", "people", "ordering", "promises", "notify" })
package org.shopfront.feedback;

import org.springframework.modulith.ApplicationModule;
