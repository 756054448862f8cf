package org.shopfront.shadowit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.shopfront.catalog.Catalog;
import org.shopfront.catalog.NeedOption;
import org.shopfront.catalog.ProviderId;
import org.shopfront.people.Directory;
import org.shopfront.people.ShopfrontUser;
import org.shopfront.people.UserId;
import org.shopfront.shadowit.matching.Vendor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What IT does about a vendor found outside the store, each action recorded with who and
 * when: add it to the store as an outside provider's offering, propose the store's
 * alternative to a unit (through notify), or accept it as sanctioned.
 */
@Service
@Transactional
class ActingOnVendors {

	private final ShadowBoard board;

	private final VendorActions actions;

	private final Catalog catalog;

	private final Directory directory;

	private final ProposalNotices notices;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String storeCurrency;

	ActingOnVendors(ShadowBoard board, VendorActions actions, Catalog catalog, Directory directory,
			ProposalNotices notices, JdbcClient jdbc, Clock clock,
			@Value("${shopfront.currency:EUR}") String storeCurrency) {
		this.board = board;
		this.actions = actions;
		this.catalog = catalog;
		this.directory = directory;
		this.notices = notices;
		this.jdbc = jdbc;
		this.clock = clock;
		this.storeCurrency = storeCurrency;
	}

	/**
	 * Makes the vendor an outside provider of the store (with its domain as website),
	 * records the action and returns the path of the need's new-offering form, pre-filled
	 * with the provider, the vendor's name and the monthly price a person pays it.
	 */
	String addToStore(ShopfrontUser by, String vendorId, UUID need) {
		Board.VendorRow row = this.board.vendor(by, vendorId, null, null);
		NeedOption option = need(need);
		Vendor vendor = row.vendor();
		ProviderId provider = this.catalog.externalProvider(vendor.name(), vendor.name() + " (" + vendor.domain() + ")",
				"https://" + vendor.domain());
		record(by, vendorId, VendorAction.Kind.ADDED_TO_STORE, null, need);
		return UriComponentsBuilder.fromPath("/manage/needs/{need}/offerings/new")
			.queryParam("provider", provider.value())
			.queryParam("title", vendor.name())
			.queryParam("summary", vendor.name() + " – https://" + vendor.domain())
			.queryParam("monthlyPrice", monthlyPerPerson(row))
			.buildAndExpand(option.need().value())
			.encode()
			.toUriString();
	}

	/**
	 * Tells the unit's head and the unit's people paying the vendor (those who have an
	 * account) about the store's option, with a link to its comparison.
	 * @return how many people were told
	 */
	int propose(ShopfrontUser by, String vendorId, String unit, UUID need) {
		Board.VendorRow row = this.board.vendor(by, vendorId, null, null);
		NeedOption option = need(need);
		Set<UserId> recipients = new LinkedHashSet<>();
		this.directory.units()
			.stream()
			.filter((u) -> u.name().equals(unit) && u.headId() != null)
			.forEach((u) -> recipients.add(u.headId()));
		List<String> paying = this.jdbc.sql("""
				select distinct employee from expense_line
				where vendor_id = :vendor and business_unit = :unit and employee is not null
				""").param("vendor", vendorId).param("unit", unit).query(String.class).list();
		if (paying.isEmpty() && recipients.isEmpty()) {
			throw InvalidAction.noSuchUnit();
		}
		paying.forEach((p) -> this.directory.findByUsername(p).ifPresent((person) -> recipients.add(person.id())));
		VendorAction action = record(by, vendorId, VendorAction.Kind.ALTERNATIVE_PROPOSED, unit, need);
		recipients.forEach((recipient) -> this.notices.send(action, recipient, row.vendor(), option));
		return recipients.size();
	}

	/** Accepts the vendor: it leaves the outside spend and shows as sanctioned. */
	void sanction(ShopfrontUser by, String vendorId) {
		this.board.vendor(by, vendorId, null, null);
		record(by, vendorId, VendorAction.Kind.SANCTIONED, null, null);
	}

	private VendorAction record(ShopfrontUser by, String vendorId, VendorAction.Kind kind, String unit, UUID need) {
		VendorAction action = new VendorAction(UUID.randomUUID(), vendorId, kind, unit, need, by.id(), by.displayName(),
				this.clock.instant());
		this.actions.add(action);
		return action;
	}

	private NeedOption need(UUID need) {
		return this.catalog.needOptions()
			.stream()
			.filter((o) -> o.need().value().equals(need))
			.findFirst()
			.orElseThrow(InvalidAction::noSuchNeed);
	}

	/** What one person pays the vendor a month in the store's currency, over the year. */
	private BigDecimal monthlyPerPerson(Board.VendorRow row) {
		BigDecimal spent = row.spend().in(this.storeCurrency);
		long months = BoardPeriod.DEFAULT_MONTHS;
		return spent.divide(BigDecimal.valueOf(months * Math.max(1, row.paying())), 2, RoundingMode.HALF_UP);
	}

}
