package org.shopfront.shadowit;

import java.math.BigDecimal;
import java.util.List;

import org.shopfront.catalog.NeedOption;
import org.shopfront.shadowit.matching.Vendor;

/**
 * What the shadow IT board shows a reader: spend outside IT by vendor, category, unit and
 * month, within the reader's units and the period.
 *
 * @param unit the unit the reader narrowed the board to, or null
 * @param units the units the reader may pick
 * @param outside the spend on vendors not accepted as sanctioned
 */
record Board(BoardPeriod period, String unit, List<String> units, boolean itStaff, Spend outside,
		List<VendorRow> vendors, List<Group> byCategory, List<Group> byUnit, Trend trend) {

	/**
	 * One vendor: its spend, lines, people paying and signing in (counts only), what the
	 * store has instead and what IT did about it.
	 *
	 * @param status the latest action's kind, or null while nobody acted
	 * @param equivalent the store's option for what the vendor sells, or null
	 */
	record VendorRow(Vendor vendor, Spend spend, long lines, long paying, long signingIn, VendorAction.Kind status,
			NeedOption equivalent, List<VendorAction> history) {

		public boolean sanctioned() {
			return this.status == VendorAction.Kind.SANCTIONED;
		}

	}

	/** Spend of a category or a unit. */
	record Group(String name, Spend spend) {

	}

	/** The monthly trend: one series per currency, one value per month. */
	record Trend(List<String> months, List<Series> series) {

	}

	record Series(String currency, List<BigDecimal> amounts) {

	}

}
