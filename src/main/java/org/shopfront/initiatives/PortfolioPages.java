package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shopfront.initiatives.PortfolioFigures.Measure;
import org.shopfront.initiatives.PortfolioFigures.Totals;
import org.shopfront.initiatives.PortfolioView.Card;
import org.shopfront.initiatives.PortfolioView.Cell;
import org.shopfront.initiatives.PortfolioView.Chart;
import org.shopfront.initiatives.PortfolioView.Row;
import org.shopfront.shared.Formats;
import org.shopfront.shared.Kept;
import org.shopfront.shared.RenderedOnce;

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
	 * Languages kept: the language comes from the browser, so past this many the views
	 * asked for least (those of older reads first) are let go.
	 */
	private static final int LANGUAGES_KEPT = 32;

	private final Portfolio portfolio;

	private final MessageSource messages;

	private final InitiativeText text;

	private final Formats formats;

	private final RenderedOnce renders;

	/** What decides a view and its HTML: the figures read, the language, the money. */
	private record Key(PortfolioFigures figures, Locale locale, boolean money) {
	}

	private final Kept<Key, PortfolioView> views;

	private final Kept<Key, String> html;

	PortfolioPages(Portfolio portfolio, MessageSource messages, InitiativeText text, Formats formats,
			RenderedOnce renders) {
		this.portfolio = portfolio;
		this.messages = messages;
		this.text = text;
		this.formats = formats;
		this.renders = renders;
		this.views = renders.keep("portfolio-views", LANGUAGES_KEPT * 2);
		this.html = renders.keep("portfolio-figures", LANGUAGES_KEPT * 2);
	}

	/** The figures as the page shows them to this reader, worded. */
	PortfolioView viewFor(Reader reader, Locale locale) {
		return view(key(reader, locale));
	}

	/** The figures' part of the page for this reader, rendered. */
	String htmlFor(Reader reader, Locale locale) {
		return this.html.get(key(reader, locale), (key) -> this.renders.render("initiatives/portfolio",
				Set.of("figures"), locale, Map.of("portfolio", view(key))));
	}

	private PortfolioView view(Key key) {
		return this.views.get(key, (k) -> word(k.figures(), k.money(), k.locale()));
	}

	private Key key(Reader reader, Locale locale) {
		return new Key(this.portfolio.figures(), locale, reader.itManager() || reader.moneyForEveryone());
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
