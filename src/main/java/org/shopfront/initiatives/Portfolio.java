package org.shopfront.initiatives;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.shopfront.initiatives.PortfolioFigures.QuarterTotals;
import org.shopfront.initiatives.PortfolioFigures.UnitTotals;
import org.shopfront.people.UnitId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the portfolio from its read model ({@code portfolio_entry}, one row per finished
 * initiative and measure) in one grouped query, plus the running initiatives and those at
 * risk now. The figures are served from memory until an initiative's promise is made,
 * falls at risk or closes on this node (the only moments they change), and at most for
 * {@code shopfront.initiatives.portfolio-cache-for} (10 s, for other nodes' changes and a
 * new quarter); one reader reads them again while the others are served the last figures,
 * so many readers share one read and none waits for it. Money sums count the company's
 * currency only.
 */
@Service
@Transactional(readOnly = true)
class Portfolio {

	/** How many quarters the trend shows, the current one last. */
	static final int TREND_QUARTERS = 8;

	private static final String ROLLUP = """
			select unit_id, quarter, measure,
			    sum(case when counted then 1 else 0 end) as counted,
			    sum(case when missed then 1 else 0 end) as missed,
			    sum(case when counted and overrun is not null then overrun else 0 end) as overrun_sum,
			    sum(case when counted and overrun is not null then 1 else 0 end) as overrun_n,
			    sum(case when replanned then 1 else 0 end) as replanned,
			    sum(case when slipped then 1 else 0 end) as slipped,
			    sum(case when slipped and warned then 1 else 0 end) as warned,
			    sum(case when currency = :currency then promised_amount else 0 end) as promised,
			    sum(case when currency = :currency then actual_amount else 0 end) as actual,
			    count(*) as entries
			from portfolio_entry group by unit_id, quarter, measure
			""";

	private static final String RUNNING = """
			select i.unit_id, count(distinct i.id) as running, count(distinct r.initiative_id) as at_risk
			from initiative i left join initiative_promise r on r.initiative_id = i.id and r.status = 'AT_RISK'
			where i.status = 'RUNNING' group by i.unit_id
			""";

	private final JdbcClient jdbc;

	private final InitiativeQueries queries;

	private final Projector projector;

	private final Clock clock;

	private final String currency;

	private final long cacheNanos;

	/**
	 * The figures as read at {@code at} (System.nanoTime) after {@code changes} changes.
	 */
	private record Read(PortfolioFigures figures, long at, long changes) {
	}

	private volatile Read last;

	/** How many changes this node has committed; a read counts those it has seen. */
	private final AtomicLong changes = new AtomicLong();

	private final ReentrantLock reading = new ReentrantLock();

	Portfolio(JdbcClient jdbc, InitiativeQueries queries, Projector projector, Clock clock,
			InitiativesProperties properties, @Value("${shopfront.currency:EUR}") String currency) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.projector = projector;
		this.clock = clock;
		this.currency = currency;
		this.cacheNanos = properties.portfolioCacheFor().toNanos();
	}

	/**
	 * Every reader's figures, money included (redact with
	 * {@link PortfolioFigures#forReader}).
	 */
	PortfolioFigures figures() {
		if (this.cacheNanos <= 0) {
			return read();
		}
		Read read = this.last;
		if (fresh(read)) {
			return read.figures();
		}
		if (read != null && !this.reading.tryLock()) {
			return read.figures();
		}
		if (read == null) {
			this.reading.lock();
		}
		try {
			read = this.last;
			if (!fresh(read)) {
				long seen = this.changes.get();
				long at = System.nanoTime();
				read = new Read(read(), at, seen);
				this.last = read;
			}
			return read.figures();
		}
		finally {
			this.reading.unlock();
		}
	}

	/** The figures change: read them again at the next view. */
	void changed() {
		this.changes.incrementAndGet();
	}

	private boolean fresh(Read read) {
		return read != null && read.changes() == this.changes.get() && System.nanoTime() - read.at() <= this.cacheNanos;
	}

	/** The figures with money only where the reader may see it. */
	PortfolioFigures figuresFor(Reader reader) {
		return figures().forReader((unit) -> reader.seesMoneyOf(new UnitId(unit)),
				reader.itManager() || reader.moneyForEveryone());
	}

	private PortfolioFigures read() {
		LocalDate current = Quarters.first(this.projector.today(this.clock.instant()));
		List<LocalDate> quarters = new ArrayList<>();
		for (int q = TREND_QUARTERS - 1; q >= 0; q--) {
			quarters.add(current.minusMonths(3L * q));
		}
		PortfolioTally company = new PortfolioTally();
		Map<UUID, PortfolioTally> units = new HashMap<>();
		Map<LocalDate, PortfolioTally> trend = new HashMap<>();
		this.jdbc.sql(ROLLUP).param("currency", this.currency).query((RowCallbackHandler) (rs) -> {
			company.add(rs);
			units.computeIfAbsent(rs.getObject("unit_id", UUID.class), (u) -> new PortfolioTally()).add(rs);
			LocalDate quarter = rs.getObject("quarter", LocalDate.class);
			if (!quarter.isBefore(quarters.get(0))) {
				trend.computeIfAbsent(quarter, (q) -> new PortfolioTally()).add(rs);
			}
		});
		this.jdbc.sql(RUNNING).query((RowCallbackHandler) (rs) -> {
			int running = rs.getInt("running");
			int atRisk = rs.getInt("at_risk");
			company.running(running, atRisk);
			units.computeIfAbsent(rs.getObject("unit_id", UUID.class), (u) -> new PortfolioTally())
				.running(running, atRisk);
		});
		Map<UUID, String> names = this.queries.unitNames();
		List<UnitTotals> byUnit = new ArrayList<>();
		units.forEach((id, tally) -> byUnit.add(new UnitTotals(id, names.getOrDefault(id, "?"), tally.totals())));
		byUnit.sort(Comparator.comparing(UnitTotals::unit));
		List<QuarterTotals> byQuarter = quarters.stream()
			.map((q) -> new QuarterTotals(q, Quarters.label(q), trend.getOrDefault(q, new PortfolioTally()).totals()))
			.toList();
		return new PortfolioFigures(company.totals(), byUnit, byQuarter);
	}

}
