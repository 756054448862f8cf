/**
 * People: who uses Shopfront (local accounts, roles, business units and their heads, each
 * user's manager) and how they sign in.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.shopfront.people;

import org.springframework.modulith.ApplicationModule;
