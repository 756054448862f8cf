/**
 * Listening post: reads the service desk's tickets and finds what hurts the business.
 */
package org.shopfront.listening;
