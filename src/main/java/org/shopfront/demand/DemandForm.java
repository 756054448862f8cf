package org.shopfront.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The demand form: the problem, the outcome wanted, what it is worth (money per year, a
 * measurable target, or both), the date that matters and why, who is affected, and links
 * (one web address a line). {@link DemandRules} checks what one field cannot say alone.
 *
 * @param leaderId the unit's leader it is submitted for, or null for the submitter (if
 * they lead the unit) or else the unit's head
 */
record DemandForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String problem,
		@NotBlank @Size(max = 4000) String outcome,
		@DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal valuePerYear, @Size(max = 3) String currency,
		@Size(max = 200) String target, @Size(max = 60) String targetUnit,
		@Digits(integer = 13, fraction = 4) BigDecimal targetToday,
		@Digits(integer = 13, fraction = 4) BigDecimal targetWanted, LocalDate neededBy,
		@Size(max = 1000) String neededByWhy, @NotBlank @Size(max = 1000) String affected,
		@Size(max = 4000) String links, UUID leaderId) {

	static DemandForm empty(String currency) {
		return new DemandForm("", "", "", null, currency, "", "", null, null, null, "", "", "", null);
	}

}
