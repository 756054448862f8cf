package org.shopfront.shared;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How pages show money, dates and ages, as {@code ${@fmt.money(x)}} in templates: in the
 * company's time zone and currency, with words from the message bundles.
 */
@Component("fmt")
public class Formats {

	private final ZoneId zone;

	private final String currency;

	private final MessageSource messages;

	private final Clock clock;

	Formats(@Value("${shopfront.time-zone:}") String zone, @Value("${shopfront.currency:EUR}") String currency,
			MessageSource messages, Clock clock) {
		this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
		this.currency = currency;
		this.messages = messages;
		this.clock = clock;
	}

	/** The company's time zone, in which days and weeks begin. */
	public ZoneId zone() {
		return this.zone;
	}

	public String money(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(locale());
		format.setCurrency(java.util.Currency.getInstance(this.currency));
		format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() <= 0 ? 0 : 2);
		format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() <= 0 ? 0 : 2);
		return format.format(amount);
	}

	public String date(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
					.withLocale(locale())
					.format(instant.atZone(this.zone));
	}

	/** "Thursday 12 March": a promised day, in the company's time zone. */
	public String day(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofPattern("EEEE d MMMM", locale()).format(instant.atZone(this.zone));
	}

	public String dateTime(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(locale())
					.format(instant.atZone(this.zone));
	}

	/** "3 days ago", "2 hours ago", "just now". */
	public String ago(Instant instant) {
		if (instant == null) {
			return "";
		}
		Duration age = Duration.between(instant, this.clock.instant());
		if (age.toDays() >= 1) {
			return this.messages.getMessage("ago.days", new Object[] { age.toDays() }, locale());
		}
		if (age.toHours() >= 1) {
			return this.messages.getMessage("ago.hours", new Object[] { age.toHours() }, locale());
		}
		return this.messages.getMessage("ago.now", null, locale());
	}

	/** "5 h" under two days, "3.5 days" above; empty for null. */
	public String hours(Double hours) {
		if (hours == null) {
			return "";
		}
		if (hours < 48) {
			return this.messages.getMessage("duration.hours", new Object[] { Math.round(hours) }, locale());
		}
		return this.messages.getMessage("duration.days", new Object[] { Math.round(hours / 2.4) / 10.0 }, locale());
	}

	public String iso(Instant instant) {
		return instant == null ? "" : instant.toString();
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
