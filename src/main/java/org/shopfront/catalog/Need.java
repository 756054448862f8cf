package org.shopfront.catalog;

/** What a customer wants to achieve, such as "a laptop for a new starter". */
record Need(NeedId id, String title, Category category, String description, int version) {

}
