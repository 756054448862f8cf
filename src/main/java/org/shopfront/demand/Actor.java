package org.shopfront.demand;

import org.shopfront.people.UserId;

/** Who made a move, as the timeline names them. */
record Actor(UserId id, String name) {
}
