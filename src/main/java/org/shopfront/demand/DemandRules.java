package org.shopfront.demand;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.shopfront.shared.Money;

import org.springframework.validation.Errors;

/**
 * The demand form's rules across fields: it says what it is worth (money a year with its
 * currency, or a target with its unit and today's figure), a date that matters comes with
 * why and lies ahead, and every link is a web address. Each problem is written beside its
 * field.
 */
final class DemandRules {

	static final int MAX_LINKS = 10;

	private DemandRules() {
	}

	/** The demand's content, or null when the form broke a rule (written into errors). */
	static DemandContent check(DemandForm form, LocalDate today, Errors errors) {
		ExpectedValue value = value(form, errors);
		checkDate(form, today, errors);
		List<String> links = links(form.links(), errors);
		if (errors.hasErrors()) {
			return null;
		}
		return new DemandContent(form.title().strip(), form.problem().strip(), form.outcome().strip(), value,
				form.neededBy(), blankToNull(form.neededByWhy()), form.affected().strip(), links);
	}

	private static ExpectedValue value(DemandForm form, Errors errors) {
		boolean money = form.valuePerYear() != null;
		boolean target = !isBlank(form.target());
		if (!money && !target) {
			reject(errors, "valuePerYear", "demand.value.required");
			return null;
		}
		Money perYear = null;
		if (money) {
			Currency currency = currency(form.currency());
			if (currency == null) {
				reject(errors, "currency", "demand.currency.unknown");
			}
			else {
				perYear = Money.of(form.valuePerYear(), currency);
			}
		}
		if (target && isBlank(form.targetUnit())) {
			reject(errors, "targetUnit", "demand.target.unit.required");
		}
		if (target && form.targetToday() == null) {
			reject(errors, "targetToday", "demand.target.today.required");
		}
		return new ExpectedValue(perYear, blankToNull(form.target()), blankToNull(form.targetUnit()),
				form.targetToday(), form.targetWanted());
	}

	private static void checkDate(DemandForm form, LocalDate today, Errors errors) {
		if (form.neededBy() == null) {
			if (!isBlank(form.neededByWhy())) {
				reject(errors, "neededBy", "demand.neededBy.missing");
			}
			return;
		}
		if (!form.neededBy().isAfter(today)) {
			reject(errors, "neededBy", "demand.neededBy.future");
		}
		if (isBlank(form.neededByWhy())) {
			reject(errors, "neededByWhy", "demand.neededBy.why");
		}
	}

	/** One web address a line; blank lines are ignored. */
	static List<String> links(String text, Errors errors) {
		List<String> links = new ArrayList<>();
		if (text == null) {
			return links;
		}
		for (String line : text.split("\\R")) {
			String link = line.strip();
			if (link.isEmpty()) {
				continue;
			}
			if (!isWebAddress(link)) {
				errors.rejectValue("links", "demand.links.invalid", new Object[] { link }, null);
				return links;
			}
			links.add(link);
		}
		if (links.size() > MAX_LINKS) {
			errors.rejectValue("links", "demand.links.tooMany", new Object[] { MAX_LINKS }, null);
		}
		return links;
	}

	static boolean isWebAddress(String link) {
		try {
			URI uri = new URI(link);
			String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && link.length() <= 2000;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/** The ISO 4217 currency of the code, or null when there is none. */
	static Currency currency(String code) {
		if (isBlank(code)) {
			return null;
		}
		try {
			return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static void reject(Errors errors, String field, String key) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, key);
		}
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	static String blankToNull(String text) {
		return isBlank(text) ? null : text.strip();
	}

}
