package org.shopfront.initiatives;

import java.math.BigDecimal;

/**
 * The sponsor's word on the value an initiative brought: the money per year and/or the
 * target's figure reached, or that it was not realised, with a note (required then).
 */
record ValueConfirmation(BigDecimal realisedPerYear, BigDecimal realisedFigure, boolean notRealised, String note) {

}
