package org.shopfront.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

	/**
	 * Per locale, currency formats with no and with two decimals, cloned for each use (a
	 * NumberFormat is not thread-safe, and making one looks up the locale's data).
	 */
	private final Map<Locale, NumberFormat[]> moneyFormats = new ConcurrentHashMap<>();

	/** Per locale: date, day, date and time (immutable, so shared). */
	private final Map<Locale, DateTimeFormatter[]> dateFormats = new ConcurrentHashMap<>();

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

	/** The company's currency, the one forms suggest. */
	public Currency currency() {
		return Currency.getInstance(this.currency);
	}

	public String money(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat[] formats = this.moneyFormats.computeIfAbsent(locale(), this::moneyFormats);
		NumberFormat format = formats[(amount.stripTrailingZeros().scale() <= 0) ? 0 : 1];
		return ((NumberFormat) format.clone()).format(amount);
	}

	/**
	 * An amount in its own currency, without decimals when it is whole: €240000 reads
	 * €240,000 and 1200.5 US dollars US$1,200.50.
	 */
	public String amount(Money money) {
		if (money == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale());
		format.setCurrency(money.currency());
		int digits = (money.amount().stripTrailingZeros().scale() <= 0) ? 0
				: Math.max(money.currency().getDefaultFractionDigits(), 0);
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format.format(money.amount());
	}

	private NumberFormat[] moneyFormats(Locale locale) {
		NumberFormat[] formats = new NumberFormat[2];
		for (int decimals = 0; decimals < 2; decimals++) {
			NumberFormat format = NumberFormat.getCurrencyInstance(locale);
			format.setCurrency(Currency.getInstance(this.currency));
			format.setMaximumFractionDigits(decimals * 2);
			format.setMinimumFractionDigits(decimals * 2);
			formats[decimals] = format;
		}
		return formats;
	}

	public String date(Instant instant) {
		return instant == null ? "" : dateFormats()[0].format(instant.atZone(this.zone));
	}

	/** A calendar day such as a delivery date: "14 May 2027". */
	public String calendarDay(LocalDate day) {
		return day == null ? "" : dateFormats()[0].format(day);
	}

	/** "Thursday 12 March": a promised day, in the company's time zone. */
	public String day(Instant instant) {
		return instant == null ? "" : dateFormats()[1].format(instant.atZone(this.zone));
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : dateFormats()[2].format(instant.atZone(this.zone));
	}

	private DateTimeFormatter[] dateFormats() {
		return this.dateFormats.computeIfAbsent(locale(), (locale) -> new DateTimeFormatter[] {
				DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale),
				DateTimeFormatter.ofPattern("EEEE d MMMM", locale),
				DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale) });
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
