package org.shopfront.ordering;

import org.shopfront.people.Role;
import org.shopfront.people.ShopfrontUser;
import org.shopfront.people.UserId;

/**
 * Who is looking at orders, and therefore which ones they may see: their own, those of
 * the people they manage, or (fulfillers, service owners, admins) all of them.
 */
record Viewer(UserId id, String name, boolean seesAll, boolean fulfiller) {

	static Viewer of(ShopfrontUser user) {
		boolean all = user.hasRole(Role.FULFILLER) || user.hasRole(Role.SERVICE_OWNER) || user.hasRole(Role.ADMIN);
		return new Viewer(user.id(), user.displayName(), all, user.hasRole(Role.FULFILLER));
	}

	public boolean maySee(Order order) {
		return this.seesAll || order.customerId().equals(this.id) || this.id.equals(order.managerId());
	}

	public boolean isCustomerOf(Order order) {
		return order.customerId().equals(this.id);
	}

	public boolean isApproverOf(Order order) {
		return this.id.equals(order.managerId());
	}

}
