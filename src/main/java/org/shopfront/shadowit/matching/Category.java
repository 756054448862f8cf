package org.shopfront.shadowit.matching;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of software or service a vendor sells, as the board groups spend. */
public enum Category {

	AI, ANALYTICS, CLOUD_INFRASTRUCTURE, COLLABORATION, COMMUNICATION, CRM_SALES, CUSTOMER_SUPPORT, DATA, DESIGN,
	DEVELOPER_TOOLS, E_COMMERCE, FINANCE, HR, IT_OPERATIONS, LEARNING, LEGAL, MARKETING, MARKETPLACE, PRODUCTIVITY,
	PROJECT_MANAGEMENT, SECURITY, STORAGE, VIDEO;

	/** The name in the directory file and in JSON: {@code cloud-infrastructure}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The category of a slug, if there is one. */
	public static Optional<Category> ofSlug(String slug) {
		return Arrays.stream(values()).filter((category) -> category.slug().equals(slug)).findFirst();
	}

}
