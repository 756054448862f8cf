package org.shopfront.shared.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Records of CSV and JSON lines files as every reader gets them: byte order mark, CRLF,
 * values across lines, the line each record starts on, columns mapped to fields, and the
 * wording of what is wrong where.
 */
class CsvTableTests {

	@TempDir
	Path folder;

	enum Field {

		NUMBER, TITLE, OPENED

	}

	@Test
	void acceptsAByteOrderMarkBeforeTheHeader() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		bytes.writeBytes("SR Number,Title\r\nSR-1,Printer\r\n".getBytes(StandardCharsets.UTF_8));
		List<CsvTable.CsvRow> rows = new ArrayList<>();
		Header header = read(bytes.toByteArray(), rows);
		assertThat(header.names()).containsExactly("SR Number", "Title");
		assertThat(header.require(List.of("sr number"))).containsExactly(0);
		assertThat(rows).extracting((r) -> r.get(0), (r) -> r.get(1)).containsExactly(tuple("SR-1", "Printer"));
	}

	@Test
	void readsValuesAcrossLinesAndTellsTheLineEachRecordStartsOn() throws IOException {
		String csv = "number,title\r\n" + "1,\"two\r\nlines\"\r\n" + "\r\n" + "2,\"three\nmore\nlines\"\n"
				+ "3,last without a line break";
		List<CsvTable.CsvRow> rows = new ArrayList<>();
		read(csv.getBytes(StandardCharsets.UTF_8), rows);
		assertThat(rows).extracting(CsvTable.CsvRow::number, CsvTable.CsvRow::line, (r) -> r.get(1))
			.containsExactly(tuple(2L, 2L, "two\r\nlines"), tuple(3L, 5L, "three\nmore\nlines"),
					tuple(4L, 8L, "last without a line break"));
	}

	@Test
	void namesTheLineWhereAQuoteNeverCloses() throws IOException {
		String csv = "number,title\n1,fine\n2,\"never closed\n3,more\n";
		assertThatThrownBy(() -> read(csv.getBytes(StandardCharsets.UTF_8), new ArrayList<>()))
			.isInstanceOf(FileProblem.class)
			.hasFieldOrPropertyWithValue("kind", FileProblem.Kind.MALFORMED)
			.hasFieldOrPropertyWithValue("line", 3L)
			.hasMessageStartingWith("line 3: ");
	}

	@Test
	void stopsAtARecordLongerThanTheLimit() throws IOException {
		String csv = "number,title\n1,fine\n2,\"" + "x".repeat(100_000) + "\n";
		Path path = Files.write(this.folder.resolve("long.csv"), csv.getBytes(StandardCharsets.UTF_8));
		TextFile file = TextFile.inspect(path);
		try (TextInput input = file.open(30_000); CsvTable table = CsvTable.open(file, input)) {
			table.header();
			assertThat(table.next().get(1)).isEqualTo("fine");
			assertThatThrownBy(table::next).hasFieldOrPropertyWithValue("kind", FileProblem.Kind.RECORD_TOO_LONG)
				.hasFieldOrPropertyWithValue("line", 3L);
		}
	}

	@Test
	void readsColumnsInPartsAsInOnePieceWhereverTheCutsFall() throws IOException {
		StringBuilder lines = new StringBuilder("\uFEFFnumber,body,label\n");
		StringBuilder quoted = new StringBuilder("\uFEFFnumber,body,label\n");
		for (int i = 0; i < 2000; i++) {
			lines.append(i).append(",plain text ").append(i).append(",l").append(i % 7).append('\n');
			quoted.append(i)
				.append(",\"first line\n")
				.append("second line ".repeat(i % 5))
				.append("\n\"\"end\"\"\",l")
				.append(i % 7)
				.append('\n');
		}
		for (StringBuilder content : List.of(lines, quoted)) {
			Path path = Files.writeString(this.folder.resolve("parts" + content.length() + ".csv"), content);
			TextFile file = TextFile.inspect(path);
			List<String[]> whole = CsvColumns.read(file, 1, (header) -> header.require(List.of("label", "body")));
			for (int parts = 2; parts <= 7; parts++) {
				assertThat(CsvColumns.read(file, parts, (header) -> header.require(List.of("label", "body"))))
					.as(parts + " parts")
					.containsExactlyElementsOf(whole);
			}
			assertThat(whole).hasSize(2000);
			assertThat(whole.get(1999)[0]).isEqualTo("l4");
		}
	}

	@Test
	void mapsColumnsToFieldsAndNamesTheMissingOnes() throws IOException {
		ColumnMapping<Field> mapping = new ColumnMapping<>(
				Field.class, Map.of(Field.NUMBER, List.of("number", "id"), Field.TITLE,
						List.of("short_description", "title"), Field.OPENED, List.of("opened_at")),
				Set.of(Field.NUMBER));
		List<CsvTable.CsvRow> rows = new ArrayList<>();
		Header header = read("ID;Title;Extra\nA-1;Printer;x\nA-2\n".getBytes(StandardCharsets.UTF_8), rows);
		ColumnMapping.Columns<Field> columns = mapping.bind(header);
		assertThat(columns.names()).containsExactly("ID", "Title", "opened_at");
		assertThat(columns.has(Field.OPENED)).isFalse();
		assertThat(columns.values(rows.get(0))).containsExactly("A-1", "Printer", null);
		assertThat(columns.values(rows.get(1))).as("a short row").containsExactly("A-2", null, null);

		ColumnMapping<Field> strict = new ColumnMapping<>(Field.class,
				Map.of(Field.NUMBER, List.of("number"), Field.OPENED, List.of("opened_at")),
				Set.of(Field.NUMBER, Field.OPENED));
		assertThatThrownBy(() -> strict.bind(header)).isInstanceOf(FileProblem.class)
			.hasMessage("line 1: unknown columns 'number', 'opened_at'; the file has: ID, Title, Extra");
	}

	@Test
	void readsJsonLinesPropertiesInCamelOrSnakeCase() throws IOException {
		ColumnMapping<Field> mapping = new ColumnMapping<>(Field.class,
				Map.of(Field.NUMBER, List.of("number"), Field.OPENED, List.of("openedAt")), Set.of());
		Path path = Files.writeString(this.folder.resolve("t.jsonl"),
				"{\"number\":\"J-1\",\"opened_at\":\"2024-01-01\"}\n\nnot json\n{\"Number\":7,\"openedAt\":null}\n");
		TextFile file = TextFile.inspect(path);
		List<JsonLines.JsonRow> rows = new ArrayList<>();
		try (JsonLines lines = JsonLines.open(file.open(1000), JsonMapper.builder().build())) {
			for (JsonLines.JsonRow row = lines.next(); row != null; row = lines.next()) {
				rows.add(row);
			}
		}
		assertThat(rows).extracting(JsonLines.JsonRow::line).containsExactly(1L, 3L, 4L);
		assertThat(mapping.values(rows.get(0).object())).containsExactly("J-1", null, "2024-01-01");
		assertThat(rows.get(1).object()).isNull();
		assertThatThrownBy(() -> rows.get(1).requireObject()).hasMessageStartingWith("line 3: not a JSON object");
		assertThat(mapping.values(rows.get(2).object())).containsExactly("7", null, null);
	}

	Header read(byte[] content, List<CsvTable.CsvRow> rows) throws IOException {
		Path path = Files.write(this.folder.resolve("t" + rows.size() + System.nanoTime() + ".csv"), content);
		TextFile file = TextFile.inspect(path);
		try (TextInput input = file.open(1_000_000); CsvTable table = CsvTable.open(file, input)) {
			Header header = table.header();
			for (CsvTable.CsvRow row = table.next(); row != null; row = table.next()) {
				rows.add(row);
			}
			return header;
		}
	}

}
