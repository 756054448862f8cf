package org.shopfront.shared;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money and dates as pages show them, in the request's language: formats are kept per
 * language, so switching language switches them.
 */
class FormatsTests {

	final Formats formats = new Formats("Europe/Berlin", "EUR", new StaticMessageSource(),
			Clock.fixed(Instant.parse("2026-03-12T10:00:00Z"), ZoneOffset.UTC));

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void showsWholeAmountsWithoutAndOtherAmountsWithTwoDecimals() {
		LocaleContextHolder.setLocale(Locale.UK);

		assertThat(this.formats.money(new BigDecimal("900.00"))).isEqualTo("€900");
		assertThat(this.formats.money(new BigDecimal("1234.5"))).isEqualTo("€1,234.50");
		assertThat(this.formats.money(null)).isEmpty();
	}

	@Test
	void eachLanguageGetsItsOwnFormats() {
		Instant thursday = Instant.parse("2026-03-12T10:00:00Z");

		LocaleContextHolder.setLocale(Locale.UK);
		assertThat(this.formats.day(thursday)).isEqualTo("Thursday 12 March");
		assertThat(this.formats.money(new BigDecimal("1234.5"))).isEqualTo("€1,234.50");

		LocaleContextHolder.setLocale(Locale.GERMANY);
		assertThat(this.formats.day(thursday)).isEqualTo("Donnerstag 12 März");
		assertThat(this.formats.money(new BigDecimal("1234.5"))).isEqualTo("1.234,50\u00a0€");
		assertThat(this.formats.date(thursday)).isEqualTo("12.03.2026");
	}

}
