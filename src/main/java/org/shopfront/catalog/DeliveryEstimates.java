package org.shopfront.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The one place a delivery date is quoted: every page, mail and API answer that shows a
 * date for an offering asks here, so they all show the same date for the same instant.
 * The date counts what makes the offering differ: its stock (the restock time when it is
 * sold out, or no date at all when that time is unknown) and whether the order will wait
 * for a manager's approval (its first-year value above
 * {@code shopfront.ordering.approval-threshold}). It is quoted from evidence when a
 * {@link DeliveryQuotes} implementation is present, otherwise from the offering's
 * configured number of business days (weekdays, ending at 17:00 in the clock's zone).
 */
@Service
public class DeliveryEstimates {

	private static final double HOURS_PER_DAY = 9;

	private final ObjectProvider<DeliveryQuotes> quotes;

	private final Clock clock;

	private final BigDecimal approvalThreshold;

	DeliveryEstimates(ObjectProvider<DeliveryQuotes> quotes, Clock clock,
			@Value("${shopfront.ordering.approval-threshold:1000}") BigDecimal approvalThreshold) {
		this.quotes = quotes;
		this.clock = clock;
		this.approvalThreshold = approvalThreshold;
	}

	/** The date for an order of one placed now. */
	public DeliveryQuote now(OrderableOffering offering) {
		return quote(offering, 1, this.clock.instant());
	}

	/** The date for an order of {@code quantity} placed at {@code at}. */
	public DeliveryQuote quote(OrderableOffering o, int quantity, Instant at) {
		BigDecimal value = firstYearCost(o.oneOffPrice(), o.monthlyPrice()).multiply(BigDecimal.valueOf(quantity));
		return quote(o.id(), o.needId(), o.providerId(), o.deliveryDays(), o.outOfStock(), o.restockDays(), value, at);
	}

	/** The date the store shows for an order of one placed at {@code at}. */
	DeliveryQuote quote(Offering o, Instant at) {
		return quote(o.id(), o.needId(), o.providerId(), o.deliveryDays(), o.outOfStock(), o.restockDays(),
				o.firstYearCost(), at);
	}

	private DeliveryQuote quote(OfferingId offering, NeedId need, ProviderId provider, int configuredDays,
			boolean outOfStock, Integer restockDays, BigDecimal value, Instant at) {
		if (outOfStock && restockDays == null) {
			return DeliveryQuote.outOfStock();
		}
		QuoteRequest request = new QuoteRequest(offering, need, provider, configuredDays, outOfStock,
				outOfStock ? restockDays : 0, value.compareTo(this.approvalThreshold) > 0, at);
		DeliveryQuotes evidence = this.quotes.getIfAvailable();
		if (evidence != null) {
			return evidence.quote(request);
		}
		return configured(configuredDays + request.restockDays(), at).including(request.restockDays(), 0);
	}

	static BigDecimal firstYearCost(BigDecimal oneOff, BigDecimal monthly) {
		return oneOff.add(monthly.multiply(BigDecimal.valueOf(12)));
	}

	private DeliveryQuote configured(int days, Instant at) {
		ZonedDateTime day = at.atZone(this.clock.getZone());
		int left = Math.max(days, 0);
		while (left > 0 || isWeekend(day)) {
			day = day.plusDays(1);
			if (!isWeekend(day)) {
				left--;
			}
		}
		Instant due = day.with(LocalTime.of(17, 0)).toInstant();
		return new DeliveryQuote(due, days * HOURS_PER_DAY, 0, 0, "", false);
	}

	private static boolean isWeekend(ZonedDateTime day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
