package org.shopfront.catalog;

/**
 * The aisles of the store. Labels and descriptions come from the message bundles
 * ({@code category.KEY} and {@code category.KEY.description}).
 */
public enum Category {

	DEVICES("bi-laptop"), SOFTWARE("bi-window-stack"), ACCESS("bi-key"), COLLABORATION("bi-people"),
	DATA("bi-graph-up"), INFRASTRUCTURE("bi-cloud"), BUSINESS_APPS("bi-briefcase");

	private final String icon;

	Category(String icon) {
		this.icon = icon;
	}

	public String icon() {
		return this.icon;
	}

	public String messageKey() {
		return "category." + name();
	}

}
