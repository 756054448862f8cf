package org.shopfront.catalog;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The delivery date the store shows for an offering: quoted from evidence when a
 * {@link DeliveryQuotes} implementation is present, otherwise the offering's configured
 * number of business days (weekdays, ending at 17:00 in the clock's zone).
 */
@Service
public class DeliveryEstimates {

	private static final double HOURS_PER_DAY = 9;

	private final ObjectProvider<DeliveryQuotes> quotes;

	private final Clock clock;

	DeliveryEstimates(ObjectProvider<DeliveryQuotes> quotes, Clock clock) {
		this.quotes = quotes;
		this.clock = clock;
	}

	/** The date for an order placed now. */
	public DeliveryQuote now(OrderableOffering offering) {
		return quote(offering.id(), offering.needId(), offering.providerId(), offering.deliveryDays(),
				this.clock.instant());
	}

	public DeliveryQuote quote(OfferingId offering, NeedId need, ProviderId provider, int configuredDays, Instant at) {
		DeliveryQuotes evidence = this.quotes.getIfAvailable();
		if (evidence != null) {
			return evidence.quote(offering, need, provider, configuredDays, at);
		}
		return configured(configuredDays, at);
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
