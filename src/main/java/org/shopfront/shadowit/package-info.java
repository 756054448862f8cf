/**
 * Shadow IT: finds what the business buys outside IT (software and cloud vendors on card
 * and expense lines) so that the store can offer it properly or a better alternative. IT
 * admins import files, review merchants and edit the vendor directory at
 * /admin/shadow-it; people names who did.
 */
@ApplicationModule(allowedDependencies = { "shared", "imports", "catalog", "people", "notify" })
package org.shopfront.shadowit;

import org.springframework.modulith.ApplicationModule;
