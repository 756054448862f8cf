package org.shopfront.shadowit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.shopfront.catalog.Catalog;
import org.shopfront.people.Directory;
import org.shopfront.people.ShopfrontUser;
import org.shopfront.shadowit.BoardQueries.GroupSpend;
import org.shopfront.shadowit.BoardQueries.MonthSpend;
import org.shopfront.shadowit.BoardQueries.VendorSpend;
import org.shopfront.shadowit.matching.Vendor;
import org.shopfront.shadowit.matching.VendorDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the board together from a handful of grouped queries: the reader's scope decides
 * which units' lines are summed, and a vendor's history and the store's equivalent come
 * with it.
 */
@Service
@Transactional(readOnly = true)
class ShadowBoard {

	private final BoardQueries queries;

	private final VendorActions actions;

	private final VendorMatchers matchers;

	private final Catalog catalog;

	private final Directory directory;

	private final Clock clock;

	private final String storeCurrency;

	ShadowBoard(BoardQueries queries, VendorActions actions, VendorMatchers matchers, Catalog catalog,
			Directory directory, Clock clock, @Value("${shopfront.currency:EUR}") String storeCurrency) {
		this.queries = queries;
		this.actions = actions;
		this.matchers = matchers;
		this.catalog = catalog;
		this.directory = directory;
		this.clock = clock;
		this.storeCurrency = storeCurrency;
	}

	BoardScope scope(ShopfrontUser reader) {
		return BoardScope.of(reader, this.directory);
	}

	Board board(ShopfrontUser reader, String unit, String from, String to) {
		BoardScope readable = scope(reader);
		BoardScope scope = readable.narrowedTo(unit);
		BoardPeriod period = BoardPeriod.of(from, to, this.clock);
		List<VendorAction> history = this.actions.all();
		List<Board.VendorRow> vendors = vendors(this.queries.byVendor(scope, period),
				this.queries.paying(scope, period), scope.everyUnit() ? this.queries.signingIn(period) : Map.of(),
				history);
		Spend outside = vendors.stream()
			.filter((v) -> !v.sanctioned())
			.map(Board.VendorRow::spend)
			.reduce(Spend.none(), ShadowBoard::sum);
		return new Board(period, scope.everyUnit() ? null : String.join(", ", scope.units()),
				this.queries.units(readable), readable.itStaff(), outside, vendors, byCategory(vendors),
				groups(this.queries.byUnit(scope, period)), trend(period, this.queries.byMonth(scope, period)));
	}

	/** One vendor's row, within the reader's units, over the period. */
	Board.VendorRow vendor(ShopfrontUser reader, String vendorId, String from, String to) {
		Board board = board(reader, null, from, to);
		return board.vendors().stream().filter((v) -> v.vendor().id().equals(vendorId)).findFirst().orElseGet(() -> {
			Vendor vendor = directory().find(vendorId).orElseThrow(() -> VendorNotFound.forId(vendorId));
			List<VendorAction> history = this.actions.of(vendorId);
			return row(vendor, Spend.none(), 0, 0, 0, history, new StoreEquivalents(this.catalog.needOptions()));
		});
	}

	private List<Board.VendorRow> vendors(List<VendorSpend> spend, Map<String, Long> paying,
			Map<String, Long> signingIn, List<VendorAction> history) {
		Map<String, List<VendorSpend>> byVendor = spend.stream()
			.collect(Collectors.groupingBy(VendorSpend::vendorId, LinkedHashMap::new, Collectors.toList()));
		Set<String> ids = new TreeSet<>(byVendor.keySet());
		ids.addAll(signingIn.keySet());
		Map<String, List<VendorAction>> actionsByVendor = history.stream()
			.collect(Collectors.groupingBy(VendorAction::vendorId));
		StoreEquivalents equivalents = new StoreEquivalents(this.catalog.needOptions());
		List<Board.VendorRow> rows = new ArrayList<>();
		for (String id : ids) {
			directory().find(id).ifPresent((vendor) -> {
				List<VendorSpend> lines = byVendor.getOrDefault(id, List.of());
				Spend total = lines.stream()
					.reduce(Spend.none(), (s, l) -> s.plus(l.currency(), l.spent()), ShadowBoard::sum);
				rows.add(row(vendor, total, lines.stream().mapToLong(VendorSpend::lines).sum(),
						paying.getOrDefault(id, 0L), signingIn.getOrDefault(id, 0L),
						actionsByVendor.getOrDefault(id, List.of()), equivalents));
			});
		}
		rows.sort(Comparator.comparing((Board.VendorRow r) -> r.spend().in(this.storeCurrency))
			.thenComparing(Board.VendorRow::lines)
			.thenComparing(Board.VendorRow::signingIn)
			.reversed());
		return rows;
	}

	private static Board.VendorRow row(Vendor vendor, Spend spend, long lines, long paying, long signingIn,
			List<VendorAction> history, StoreEquivalents equivalents) {
		VendorAction.Kind status = history.isEmpty() ? null : history.get(history.size() - 1).kind();
		if (history.stream().anyMatch((a) -> a.kind() == VendorAction.Kind.SANCTIONED)) {
			status = VendorAction.Kind.SANCTIONED;
		}
		return new Board.VendorRow(vendor, spend, lines, paying, signingIn, status, equivalents.of(vendor).orElse(null),
				history);
	}

	private List<Board.Group> byCategory(List<Board.VendorRow> vendors) {
		Map<String, Spend> sums = new TreeMap<>();
		vendors.stream()
			.filter((v) -> !v.sanctioned() && !v.spend().isEmpty())
			.forEach((v) -> sums.merge(v.vendor().category().slug(), v.spend(), ShadowBoard::sum));
		return sums.entrySet()
			.stream()
			.map((e) -> new Board.Group(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing((Board.Group g) -> g.spend().in(this.storeCurrency)).reversed())
			.toList();
	}

	private static List<Board.Group> groups(List<GroupSpend> rows) {
		Map<String, Spend> sums = new LinkedHashMap<>();
		rows.forEach((r) -> sums.merge(r.group(), Spend.none().plus(r.currency(), r.spent()), ShadowBoard::sum));
		return sums.entrySet().stream().map((e) -> new Board.Group(e.getKey(), e.getValue())).toList();
	}

	private static Board.Trend trend(BoardPeriod period, List<MonthSpend> rows) {
		List<YearMonth> months = period.months();
		Map<String, BigDecimal[]> series = new TreeMap<>();
		for (MonthSpend row : rows) {
			BigDecimal[] values = series.computeIfAbsent(row.currency(), (c) -> zeros(months.size()));
			int at = months.indexOf(row.month());
			if (at >= 0) {
				values[at] = values[at].add(row.spent());
			}
		}
		return new Board.Trend(months.stream().map(YearMonth::toString).toList(),
				series.entrySet().stream().map((e) -> new Board.Series(e.getKey(), List.of(e.getValue()))).toList());
	}

	private static BigDecimal[] zeros(int size) {
		BigDecimal[] values = new BigDecimal[size];
		java.util.Arrays.fill(values, BigDecimal.ZERO);
		return values;
	}

	private static Spend sum(Spend a, Spend b) {
		Spend total = a;
		for (var money : b.amounts()) {
			total = total.plus(money.currency().getCurrencyCode(), money.amount());
		}
		return total;
	}

	private VendorDirectory directory() {
		return this.matchers.directory();
	}

}
