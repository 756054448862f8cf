package org.shopfront.people;

/**
 * What a person may do in Shopfront. Everyone is a customer; the other roles add duties.
 */
public enum Role {

	CUSTOMER, BUSINESS_LEADER, FULFILLER, SERVICE_OWNER, ADMIN;

	/** The Spring Security authority name of this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
