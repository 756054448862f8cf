package org.shopfront.initiatives;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.shopfront.catalog.ProviderId;
import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;

/**
 * An initiative's promise reached its outcome: kept, broken, renegotiated (a re-plan
 * replaced it) or cancelled (the sponsor stopped the initiative before it was at risk).
 * It names what the track record counts it by: the sponsor's unit, the IT owner's unit
 * (the team), the store provider doing the work.
 *
 * @param team the IT owner's business unit, or null
 * @param provider the store's provider doing the work, or null
 * @param actual the figure reached, or null when there is none (never delivered)
 * @param due when the promise was to be kept: the end of the promised day for a date; for
 * a budget or a value, the moment it was judged
 * @param warnedAt when the sponsor was told it was at risk, or null if never
 * @param note why: the re-plan's reason, the sponsor's reason for stopping, or their note
 * on the value
 */
public record InitiativePromiseClosed(InitiativePromiseId promiseId, InitiativeId initiativeId, String title,
		PromiseMeasure measure, UnitId unit, UnitId team, ProviderId provider, UserId sponsor,
		InitiativePromiseStatus outcome, InitiativeFigure promised, InitiativeFigure actual, Instant due,
		Instant closedAt, Instant warnedAt, InitiativePromiseId replaces, String note) {

	static InitiativePromiseClosed of(InitiativePromise p, Initiative initiative, ZoneId zone) {
		Decision d = initiative.decision();
		return new InitiativePromiseClosed(p.id(), initiative.id(), d.title(), p.measure(), d.unit(), d.team(),
				d.provider(), d.sponsor(), p.status(), p.promised(), p.actual(), due(p, zone), p.closedAt(),
				p.atRiskAt(), p.replaces(), p.note());
	}

	/** A date is due at the end of its day; a budget or a value when it is judged. */
	static Instant due(InitiativePromise p, ZoneId zone) {
		if (p.measure() == PromiseMeasure.DATE) {
			LocalDate day = p.promised().date();
			return day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
		}
		return p.closedAt();
	}

}
