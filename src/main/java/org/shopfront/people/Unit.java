package org.shopfront.people;

/**
 * What other modules may know about a business unit: its name and its head, if it has
 * one.
 */
public record Unit(UnitId id, String name, UserId headId) {

}
