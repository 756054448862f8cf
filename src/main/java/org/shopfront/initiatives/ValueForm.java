package org.shopfront.initiatives;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * The sponsor's confirmation of the value: what was realised (money per year, the
 * target's figure), or that it was not, and a note (required then).
 */
record ValueForm(@Digits(integer = 13, fraction = 4) BigDecimal realisedPerYear,
		@Digits(integer = 13, fraction = 4) BigDecimal realisedFigure, Boolean notRealised,
		@Size(max = 2000) String note) {

	static ValueForm empty() {
		return new ValueForm(null, null, null, null);
	}

	ValueConfirmation confirmation() {
		return new ValueConfirmation(this.realisedPerYear, this.realisedFigure, Boolean.TRUE.equals(this.notRealised),
				(this.note != null && !this.note.isBlank()) ? this.note.strip() : null);
	}

}
