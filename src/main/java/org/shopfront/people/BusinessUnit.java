package org.shopfront.people;

/**
 * A part of the business (sales, finance, operations…) with its head.
 */
record BusinessUnit(UnitId id, String name, UserId headId, String headName, long members, int version) {

}
