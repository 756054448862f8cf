package org.shopfront.demand;

import java.math.BigDecimal;
import java.util.Locale;

import org.shopfront.estimates.Measure;
import org.shopfront.estimates.WidenedEstimate;
import org.shopfront.shared.Formats;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one sentence that says what an option's budget or date rests on, or that there was
 * nothing to compare it with. For example: Budget €240,000: 8 in 10 of the 37 comparable
 * projects (all past projects) stayed within their estimate plus 32 %.
 */
@Component
class EvidenceSentences {

	private final MessageSource messages;

	private final Formats formats;

	EvidenceSentences(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	String budget(WidenedFigures figures) {
		WidenedEstimate e = figures.budgetEvidence();
		String amount = this.formats.amount(figures.budget());
		if (!e.evidence()) {
			return message("demand.evidence.budget.none", amount);
		}
		String key = (e.measure() == Measure.EFFORT) ? "demand.evidence.budget.fromEffort" : "demand.evidence.budget";
		return message(key, amount, tenths(e), e.comparable(), segment(e.segment()), percent(e.uplift()));
	}

	/** The date's sentence, or null for an option with no date (doing nothing). */
	String date(WidenedFigures figures) {
		WidenedEstimate e = figures.dueEvidence();
		if (e == null) {
			return null;
		}
		String day = this.formats.calendarDay(figures.due());
		if (!e.evidence()) {
			return message("demand.evidence.date.none", day);
		}
		return message("demand.evidence.date", day, tenths(e), e.comparable(), segment(e.segment()),
				percent(e.uplift()));
	}

	/**
	 * The segment in words, from the estimates module's names for it (provider Acme, kind
	 * build, all).
	 */
	private String segment(String segment) {
		if (segment == null || segment.equals("all")) {
			return message("demand.evidence.segment.all");
		}
		int space = segment.indexOf(' ');
		String kind = (space < 0) ? "" : segment.substring(0, space);
		if (kind.equals("provider") || kind.equals("kind")) {
			return message("demand.evidence.segment." + kind, segment.substring(space + 1));
		}
		return segment;
	}

	private static long tenths(WidenedEstimate e) {
		return Math.round(e.shareWithin() * 10);
	}

	private static long percent(BigDecimal uplift) {
		return Math.max(Math.round(uplift.doubleValue() * 100), 0);
	}

	private String message(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, locale);
	}

}
