/**
 * The vendor recognition engine, plain Java: the vendor directory shipped with Shopfront,
 * the normalisation of merchant text from card and bank statements, and the matcher that
 * names the vendor a line means (or none) with a confidence. Start at
 * {@link org.shopfront.shadowit.matching.VendorMatcher}.
 */
package org.shopfront.shadowit.matching;
