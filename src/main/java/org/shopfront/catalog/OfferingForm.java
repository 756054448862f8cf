package org.shopfront.catalog;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A service owner's form for an offering. Pros, cons and order fields are one per line.
 */
record OfferingForm(@NotNull UUID providerId, @NotBlank @Size(max = 200) String title,
		@NotBlank @Size(max = 2000) String summary,
		@NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal oneOffPrice,
		@NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal monthlyPrice,
		@Min(0) @Max(365) int deliveryDays, boolean physical, @Min(0) @Max(1_000_000) Integer stock,
		@Min(0) @Max(365) Integer restockDays, @NotBlank @Size(max = 120) String supportHours,
		@Size(max = 2000) String pros, @Size(max = 2000) String cons, boolean recommended,
		@Size(max = 1000) String recommendationReason, @Size(max = 1000) String orderFields, boolean active,
		int version) {

	static OfferingForm empty() {
		return new OfferingForm(null, "", "", BigDecimal.ZERO, BigDecimal.ZERO, 5, false, null, null,
				"Mon–Fri 08:00–18:00", "", "", false, "", "", true, 0);
	}

	/** An empty form with what a link gives: each of them may be null. */
	static OfferingForm prefilled(UUID providerId, String title, String summary, BigDecimal monthlyPrice) {
		OfferingForm empty = empty();
		return new OfferingForm(providerId, (title != null) ? title : "", (summary != null) ? summary : "",
				BigDecimal.ZERO, (monthlyPrice != null && monthlyPrice.signum() >= 0) ? monthlyPrice : BigDecimal.ZERO,
				empty.deliveryDays(), false, null, null, empty.supportHours(), "", "", false, "", "", true, 0);
	}

	static OfferingForm of(Offering o) {
		return new OfferingForm(o.providerId().value(), o.title(), o.summary(), o.oneOffPrice(), o.monthlyPrice(),
				o.deliveryDays(), o.physical(), o.stock(), o.restockDays(), o.supportHours(), o.pros(), o.cons(),
				o.recommended(), o.recommendationReason() == null ? "" : o.recommendationReason(), o.orderFields(),
				o.active(), o.version());
	}

	Offering toOffering(OfferingId id, NeedId need) {
		return new Offering(id, need, new ProviderId(this.providerId), this.title.trim(), this.summary.trim(),
				this.oneOffPrice, this.monthlyPrice, this.deliveryDays, this.physical,
				this.physical ? this.stock : null, this.physical ? this.restockDays : null, this.supportHours.trim(),
				blankToEmpty(this.pros), blankToEmpty(this.cons), this.recommended,
				this.recommended ? this.recommendationReason.trim() : null, blankToEmpty(this.orderFields), this.active,
				this.version);
	}

	private static String blankToEmpty(String text) {
		return text == null ? "" : text.trim();
	}

}
