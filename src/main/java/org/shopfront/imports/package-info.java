/**
 * Imports: the machinery every import of a file uses (reading it row by row through a
 * column mapping, a per-row report, the background run whose progress a page polls, the
 * upload's handling, batches or all-or-nothing); a module imports by implementing
 * {@link org.shopfront.imports.ImportTarget}.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.shopfront.imports;

import org.springframework.modulith.ApplicationModule;
