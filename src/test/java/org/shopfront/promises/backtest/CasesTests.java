package org.shopfront.promises.backtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopfront.shared.tabular.CsvTable;
import org.shopfront.shared.tabular.CsvTable.CsvRow;
import org.shopfront.shared.tabular.DateReader;
import org.shopfront.shared.tabular.Header;
import org.shopfront.shared.tabular.TextFile;
import org.shopfront.shared.tabular.TextInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tickets assembled from rows as the shared reading path parses them: opening and
 * resolution from columns or from the events of a case, segment values from its first
 * row.
 */
class CasesTests {

	static final ZoneId UTC = ZoneId.of("UTC");

	static final List<String> HEADER = List.of("case", "activity", "at", "team");

	static Layout events(Set<String> opening, Set<String> resolving) {
		return new Layout("case", null, List.of(), "at", "activity", opening, resolving, List.of("team"), null);
	}

	@TempDir
	Path folder;

	/**
	 * The tickets of a file with this header and lines, read as the backtest reads it.
	 */
	List<Ticket> read(Layout layout, List<String> header, String... lines) throws IOException {
		List<String> text = new ArrayList<>(List.of(String.join(",", header)));
		text.addAll(List.of(lines));
		TextFile file = TextFile.inspect(Files.write(this.folder.resolve("cases.csv"), text));
		try (TextInput input = file.open(TextFile.UNBOUNDED); CsvTable table = CsvTable.open(file, input)) {
			Columns columns = new Columns(table.header(), layout);
			Cases cases = new Cases(layout, columns, DateReader.exactly(UTC, layout.datePattern()));
			for (CsvRow row = table.next(); row != null; row = table.next()) {
				cases.add(new Row(row, columns));
			}
			return cases.tickets();
		}
	}

	Header header(String... names) throws IOException {
		TextFile file = TextFile.inspect(Files.writeString(this.folder.resolve("header.csv"), String.join(",", names)));
		try (TextInput input = file.open(TextFile.UNBOUNDED); CsvTable table = CsvTable.open(file, input)) {
			return table.header();
		}
	}

	@Test
	void theNamedActivitiesOpenAndResolveACaseAndItsLastResolutionCounts() throws IOException {
		List<Ticket> tickets = read(events(Set.of("Insert ticket"), Set.of("Resolve ticket")), HEADER,
				"A,Assign seriousness,2026-01-05T08:00,desk", "A,Insert ticket,2026-01-05T09:00,field",
				"A,Resolve ticket,2026-01-05T11:00,field", "A,Resolve ticket,2026-01-06T10:00,field",
				"A,Closed,2026-02-05T10:00,field");

		assertThat(tickets).singleElement().satisfies((ticket) -> {
			assertThat(ticket.opened()).isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
			assertThat(ticket.resolved()).isEqualTo(Instant.parse("2026-01-06T10:00:00Z"));
			assertThat(ticket.segments()).containsExactly("team=desk|", "everything");
		});
	}

	@Test
	void withoutNamedActivitiesTheFirstEventOpensAndTheLastResolves() throws IOException {
		List<Ticket> tickets = read(events(Set.of(), Set.of()), HEADER, "A,x,2026-01-05T10:00,desk",
				"A,y,2026-01-05T08:00,desk", "A,z,2026-01-07T08:00,desk");

		assertThat(tickets).singleElement().satisfies((ticket) -> {
			assertThat(ticket.opened()).isEqualTo(Instant.parse("2026-01-05T08:00:00Z"));
			assertThat(ticket.resolved()).isEqualTo(Instant.parse("2026-01-07T08:00:00Z"));
		});
	}

	@Test
	void aCaseWithoutItsResolvingActivityStaysOpenAndOneWithoutItsOpeningOneIsLeftOut() throws IOException {
		List<Ticket> tickets = read(events(Set.of("Insert ticket"), Set.of("Resolve ticket")), HEADER,
				"A,Insert ticket,2026-01-05T09:00,desk", "A,Wait,2026-01-05T11:00,desk",
				"B,Resolve ticket,2026-01-05T11:00,desk");

		assertThat(tickets).singleElement().satisfies((ticket) -> {
			assertThat(ticket.id()).isEqualTo("A");
			assertThat(ticket.resolved()).isNull();
		});
	}

	@Test
	void readsTheResolutionFromTheFirstOfItsColumnsThatTheLastRowFills() throws IOException {
		List<String> header = List.of("number", "opened_at", "resolved_at", "closed_at");
		Layout layout = new Layout("number", "opened_at", List.of("resolved_at", "closed_at"), null, "activity",
				Set.of(), Set.of(), List.of(), null);

		List<Ticket> tickets = read(layout, header, "INC1,2026-01-05T09:00,2026-01-05T10:00,",
				"INC1,2026-01-05T09:00,?,2026-01-09T10:00", "INC2,2026-01-05T09:00,2026-01-06T10:00,2026-01-09T10:00");

		assertThat(tickets).extracting(Ticket::resolved)
			.containsExactly(Instant.parse("2026-01-09T10:00:00Z"), Instant.parse("2026-01-06T10:00:00Z"));
	}

	@Test
	void aFallbackResolutionColumnMayBeMissingFromTheFileButTheFirstMayNot() throws IOException {
		Layout layout = new Layout("number", "opened_at", List.of("resolved_at", "closed_at"), null, "activity",
				Set.of(), Set.of(), List.of(), null);

		assertThat(new Columns(header("number", "opened_at", "resolved_at"), layout).resolved)
			.containsExactly("resolved_at");
		Header withoutFirst = header("number", "opened_at", "closed_at");
		assertThatThrownBy(() -> new Columns(withoutFirst, layout))
			.hasMessageContaining("unknown column 'resolved_at'");
	}

	@Test
	void namesTheLineOfACaseWithoutId() {
		assertThatThrownBy(
				() -> read(events(Set.of(), Set.of()), HEADER, "A,x,2026-01-05T10:00,desk", ",y,2026-01-05T08:00,desk"))
			.hasMessage("line 3, column 'case': the ticket id is missing");
	}

}
