package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.shopfront.shared.Formats;
import org.shopfront.shared.Money;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How initiatives' figures read, as {@code ${@initiativeText.figure(…)}} in templates and
 * in notices: money in its currency, days as dates, a value as money per year and/or a
 * target figure with its unit, overruns as signed percentages.
 */
@Component("initiativeText")
class InitiativeText {

	private final Formats formats;

	private final MessageSource messages;

	private final String companyCurrency;

	InitiativeText(Formats formats, MessageSource messages, @Value("${shopfront.currency:EUR}") String currency) {
		this.formats = formats;
		this.messages = messages;
		this.companyCurrency = currency;
	}

	/** In the company's currency as pages show money; in another, with its code. */
	public String money(Money money) {
		if (money == null) {
			return "";
		}
		if (money.currency().getCurrencyCode().equals(this.companyCurrency)) {
			return this.formats.money(money.amount());
		}
		return money.amount().toPlainString() + " " + money.currency().getCurrencyCode();
	}

	public String day(LocalDate day) {
		return (day == null) ? "" : this.formats.date(instant(day));
	}

	/** A day as notices take dates: its start in the company's time zone. */
	Instant instant(LocalDate day) {
		return day.atStartOfDay(this.formats.zone()).toInstant();
	}

	/** A figure in words: the money, the day, or the value per year and its target. */
	public String figure(InitiativeFigure f) {
		if (f == null || f.isEmpty()) {
			return message("initiatives.figure.nothing");
		}
		if (f.date() != null) {
			return day(f.date());
		}
		List<String> parts = new ArrayList<>();
		if (f.money() != null) {
			parts.add(message("initiatives.figure.perYear", money(f.money())));
		}
		if (f.figure() != null) {
			parts.add(message("initiatives.figure.target", f.figure().stripTrailingZeros().toPlainString(),
					(f.unit() != null) ? f.unit() : "", (f.target() != null) ? f.target() : ""));
		}
		return String.join(message("initiatives.figure.and"), parts);
	}

	/**
	 * A promise's figure: a budget as money, a day, a value as money a year and/or its
	 * target; money left out for a reader who may not see it.
	 */
	public String figure(PromiseMeasure measure, InitiativeFigure f, boolean showMoney) {
		if (measure == PromiseMeasure.BUDGET && !showMoney) {
			return message("initiatives.money.hidden");
		}
		if (measure == PromiseMeasure.BUDGET && f != null && f.money() != null) {
			return money(f.money());
		}
		return figure(f, showMoney);
	}

	/** A figure the reader may not see in money: the money is left out. */
	public String figure(InitiativeFigure f, boolean showMoney) {
		if (showMoney || f == null || f.money() == null) {
			return figure(f);
		}
		if (f.figure() == null) {
			return message("initiatives.money.hidden");
		}
		return figure(InitiativeFigure.value(null, f.target(), f.figure(), f.unit()));
	}

	/** A share as a signed percentage, or a dash for none. */
	public String percent(BigDecimal ratio) {
		if (ratio == null) {
			return "–";
		}
		int percent = ratio.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
		return message("initiatives.percent.signed",
				(percent > 0 ? "+" : (percent < 0 ? "−" : "")) + Math.abs(percent));
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
