package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.shopfront.initiatives.PortfolioFigures.Measure;
import org.shopfront.initiatives.PortfolioFigures.Totals;
import org.shopfront.initiatives.PortfolioView.Card;
import org.shopfront.initiatives.PortfolioView.Cell;
import org.shopfront.initiatives.PortfolioView.Chart;
import org.shopfront.initiatives.PortfolioView.Row;
import org.shopfront.shared.Formats;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words the portfolio's figures for the page ({@link PortfolioView}) and renders them
 * (the {@code figures} fragment of {@code initiatives/portfolio}) once per figures read,
 * language and money visibility, and hands the same HTML to every reader of that kind
 * until {@link Portfolio} reads new figures: rendering the figures' few hundred
 * expressions was most of a page view's CPU (decision 0041). The page shows money only in
 * the company's totals, so a reader either sees it (IT managers, admins, or everyone
 * where the company allows) or not, and that is part of the key.
 */
@Component
class PortfolioPages {

	/**
	 * Languages kept per figures read: the language comes from the browser, so past this
	 * many a page is worded and rendered for its reader alone.
	 */
	private static final int LANGUAGES_KEPT = 32;

	private final Portfolio portfolio;

	private final MessageSource messages;

	private final InitiativeText text;

	private final Formats formats;

	private final ITemplateEngine templates;

	private final ApplicationContext beans;

	/** The views and their HTML of one figures read, by language and money visibility. */
	private record Worded(PortfolioFigures figures, Map<String, PortfolioView> views, Map<String, String> html) {
	}

	private volatile Worded worded;

	PortfolioPages(Portfolio portfolio, MessageSource messages, InitiativeText text, Formats formats,
			ITemplateEngine templates, ApplicationContext beans) {
		this.portfolio = portfolio;
		this.messages = messages;
		this.text = text;
		this.formats = formats;
		this.templates = templates;
		this.beans = beans;
	}

	/** The figures as the page shows them to this reader, worded. */
	PortfolioView viewFor(Reader reader, Locale locale) {
		Worded current = current();
		boolean money = seesMoney(reader);
		return kept(current.views(), key(locale, money), () -> word(current.figures(), money, locale));
	}

	/** The figures' part of the page for this reader, rendered. */
	String htmlFor(Reader reader, Locale locale) {
		Worded current = current();
		return kept(current.html(), key(locale, seesMoney(reader)), () -> render(viewFor(reader, locale), locale));
	}

	private Worded current() {
		PortfolioFigures figures = this.portfolio.figures();
		Worded current = this.worded;
		if (current == null || current.figures() != figures) {
			current = new Worded(figures, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
			this.worded = current;
		}
		return current;
	}

	private static boolean seesMoney(Reader reader) {
		return reader.itManager() || reader.moneyForEveryone();
	}

	private static String key(Locale locale, boolean money) {
		return locale.toLanguageTag() + " " + money;
	}

	private static <T> T kept(Map<String, T> kept, String key, Supplier<T> make) {
		T value = kept.get(key);
		if (value == null) {
			value = make.get();
			if (kept.size() < LANGUAGES_KEPT * 2) {
				kept.putIfAbsent(key, value);
			}
		}
		return value;
	}

	private String render(PortfolioView view, Locale locale) {
		Context context = new Context(locale);
		// One evaluation context per rendering:
		// Thymeleaf sets its expression objects on it.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.beans, null));
		context.setVariable("portfolio", view);
		return this.templates.process("initiatives/portfolio", Set.of("figures"), context);
	}

	private PortfolioView word(PortfolioFigures figures, boolean withMoney, Locale locale) {
		Totals c = figures.company();
		List<Card> measures = List.of(
				card("budget", "portfolio.overBudget", "portfolio.averageOverrun", "45 %", c.budget(), locale),
				card("date", "portfolio.late", "portfolio.averageOverrun", "7 %", c.date(), locale),
				card("value", "portfolio.shortOfValue", "portfolio.averageShortfall", "56 %", c.value(), locale));
		Card toldEarly = new Card("told-early", message(locale, "portfolio.toldEarly"),
				share(c.toldEarlyPercent(), locale), message(locale, "portfolio.toldEarly.of", c.warned(), c.slipped()),
				null, null);
		String money = withMoney
				? message(locale, "portfolio.money", this.formats.money(c.budgetPromised()),
						this.formats.money(c.budgetSpent()), orDash(c.valuePromised()), orDash(c.valueRealised()))
				: null;
		List<Row> units = figures.units().stream().map((u) -> row(u.unit(), u.totals(), locale)).toList();
		List<Row> trend = figures.trend().stream().map((q) -> row(q.label(), q.totals(), locale)).toList();
		Chart chart = new Chart(figures.trend().stream().map((q) -> q.label()).collect(Collectors.joining(",")),
				series(figures, Totals::budget), series(figures, Totals::date), series(figures, Totals::value));
		return new PortfolioView(message(locale, "portfolio.finished", c.finished(), c.running(), c.atRisk()), measures,
				toldEarly, money, units, trend, chart);
	}

	private Card card(String id, String label, String average, String benchmark, Measure m, Locale locale) {
		return new Card(id, message(locale, label), share(m.missedPercent(), locale),
				message(locale, "portfolio.of", m.missed(), m.counted()),
				message(locale, average, this.text.percent(m.averageOverrun())),
				message(locale, "portfolio.benchmark", benchmark));
	}

	private Row row(String name, Totals t, Locale locale) {
		return new Row(name, List.of(cell(t.budget(), locale), cell(t.date(), locale), cell(t.value(), locale)),
				share(t.toldEarlyPercent(), locale));
	}

	private Cell cell(Measure m, Locale locale) {
		return new Cell(share(m.missedPercent(), locale), this.text.percent(m.averageOverrun()));
	}

	private static String series(PortfolioFigures figures, Function<Totals, Measure> measure) {
		return figures.trend()
			.stream()
			.map((q) -> measure.apply(q.totals()).missedPercent())
			.map((p) -> (p != null) ? p.toString() : "")
			.collect(Collectors.joining(","));
	}

	private String share(Integer percent, Locale locale) {
		return (percent != null) ? message(locale, "portfolio.share", percent) : "–";
	}

	private String orDash(BigDecimal amount) {
		return (amount != null) ? this.formats.money(amount) : "–";
	}

	private String message(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
