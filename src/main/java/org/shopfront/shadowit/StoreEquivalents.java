package org.shopfront.shadowit;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.shopfront.catalog.Category;
import org.shopfront.catalog.NeedOption;
import org.shopfront.shadowit.matching.Vendor;

/**
 * What the store already has for a vendor's kind of software: the need whose title names
 * what the vendor sells (a CRM, video conferencing, a password vault), else the cheapest
 * option of the store's aisle for that kind.
 */
final class StoreEquivalents {

	private static final Map<org.shopfront.shadowit.matching.Category, Kind> KINDS = new EnumMap<>(
			org.shopfront.shadowit.matching.Category.class);

	static {
		kind("AI", Category.SOFTWARE);
		kind("ANALYTICS", Category.DATA, "dashboard", "report");
		kind("CLOUD_INFRASTRUCTURE", Category.INFRASTRUCTURE, "server", "virtual machine", "environment");
		kind("COLLABORATION", Category.COLLABORATION, "team space", "whiteboard");
		kind("COMMUNICATION", Category.COLLABORATION, "team space", "video");
		kind("CRM_SALES", Category.BUSINESS_APPS, "crm");
		kind("CUSTOMER_SUPPORT", Category.BUSINESS_APPS, "crm");
		kind("DATA", Category.DATA, "data feed", "customer lists");
		kind("DESIGN", Category.SOFTWARE, "design");
		kind("DEVELOPER_TOOLS", Category.SOFTWARE, "developer", "test environment");
		kind("E_COMMERCE", Category.INFRASTRUCTURE, "website");
		kind("FINANCE", Category.BUSINESS_APPS, "expense");
		kind("HR", Category.BUSINESS_APPS);
		kind("IT_OPERATIONS", Category.INFRASTRUCTURE, "backup");
		kind("LEARNING", Category.SOFTWARE, "training");
		kind("LEGAL", Category.SOFTWARE, "pdf", "sign");
		kind("MARKETING", Category.COLLABORATION, "webinar", "website");
		kind("MARKETPLACE", Category.SOFTWARE);
		kind("PRODUCTIVITY", Category.SOFTWARE, "office", "pdf");
		kind("PROJECT_MANAGEMENT", Category.BUSINESS_APPS, "project management");
		kind("SECURITY", Category.ACCESS, "password", "security key");
		kind("STORAGE", Category.INFRASTRUCTURE, "storage", "backup");
		kind("VIDEO", Category.COLLABORATION, "video", "webinar");
	}

	private final List<NeedOption> options;

	StoreEquivalents(List<NeedOption> options) {
		this.options = List.copyOf(options);
	}

	Optional<NeedOption> of(Vendor vendor) {
		Kind kind = KINDS.get(vendor.category());
		if (kind == null) {
			return Optional.empty();
		}
		for (String word : kind.words()) {
			Optional<NeedOption> named = this.options.stream()
				.filter((o) -> o.needTitle().toLowerCase(Locale.ROOT).contains(word))
				.findFirst();
			if (named.isPresent()) {
				return named;
			}
		}
		return this.options.stream().filter((o) -> o.category() == kind.aisle()).findFirst();
	}

	private static void kind(String category, Category aisle, String... words) {
		KINDS.put(org.shopfront.shadowit.matching.Category.valueOf(category), new Kind(aisle, List.of(words)));
	}

	private record Kind(Category aisle, List<String> words) {

	}

}
