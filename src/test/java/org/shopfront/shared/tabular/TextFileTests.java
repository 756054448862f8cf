package org.shopfront.shared.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a file is before any row is read: its encoding, its delimiter, or why it is
 * refused whole.
 */
class TextFileTests {

	@TempDir
	Path folder;

	@Test
	void choosesUtf8WhenTheWholeFileDecodesAsUtf8() throws IOException {
		TextFile file = TextFile.inspect(write("number,title\n1,Zürich\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void fallsBackToWindows1252EvenWhenTheOddByteComesLate() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes("number,title\n".getBytes(StandardCharsets.US_ASCII));
		for (int i = 0; i < 20_000; i++) {
			bytes.writeBytes(("A-" + i + ",plain ascii\n").getBytes(StandardCharsets.US_ASCII));
		}
		bytes.writeBytes("Z-1,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		TextFile file = TextFile.inspect(write(bytes.toByteArray()));
		assertThat(file.charset().name()).isEqualTo("windows-1252");
	}

	@Test
	void fallsBackToWindows1252AfterUtf8ThatOnlyLooksValid() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes("number,title\n1,Z\u00fcrich\n".getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes("x".repeat(100_000).getBytes(StandardCharsets.US_ASCII));
		bytes.writeBytes("\n2,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(TextFile.inspect(write(bytes.toByteArray())).charset().name()).isEqualTo("windows-1252");
	}

	@Test
	void skipsAByteOrderMark() throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "number,title\n".getBytes(StandardCharsets.UTF_8);
		byte[] content = Arrays.copyOf(bom, bom.length + text.length);
		System.arraycopy(text, 0, content, bom.length, text.length);
		TextFile file = TextFile.inspect(write(content));
		assertThat(file.firstLine()).isEqualTo("number,title");
		try (TextInput input = file.open(100)) {
			assertThat((char) input.reader().read()).isEqualTo('n');
		}
	}

	@Test
	void guessesTheDelimiterFromTheHeader() {
		assertThat(CsvTable.delimiter("number;short_description;opened_at")).isEqualTo(';');
		assertThat(CsvTable.delimiter("number\tshort_description")).isEqualTo('\t');
		assertThat(CsvTable.delimiter("number|short_description")).isEqualTo('|');
		assertThat(CsvTable.delimiter("number,short_description")).isEqualTo(',');
		assertThat(CsvTable.delimiter("number")).isEqualTo(',');
	}

	@Test
	void refusesPicturesArchivesAndControlCharacters() throws IOException {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
		assertThatThrownBy(() -> TextFile.inspect(write(png))).isInstanceOf(FileProblem.class)
			.hasFieldOrPropertyWithValue("kind", FileProblem.Kind.BINARY)
			.hasMessageContaining("is not a text file");
		byte[] controls = new byte[1000];
		Arrays.fill(controls, (byte) 0x07);
		assertThatThrownBy(() -> TextFile.inspect(write(controls))).isInstanceOf(FileProblem.class);
		byte[] utf16 = "number,title\n".getBytes(StandardCharsets.UTF_16LE);
		assertThatThrownBy(() -> TextFile.inspect(write(utf16))).isInstanceOf(FileProblem.class);
	}

	@Test
	void refusesEmptyAndMissingFilesNamingThem() throws IOException {
		assertThatThrownBy(() -> TextFile.inspect(write(" \r\n\n".getBytes(StandardCharsets.UTF_8))))
			.hasFieldOrPropertyWithValue("kind", FileProblem.Kind.EMPTY)
			.hasMessageEndingWith("is empty: no header row");
		Path missing = this.folder.resolve("missing.csv");
		assertThatThrownBy(() -> TextFile.inspect(missing))
			.hasFieldOrPropertyWithValue("kind", FileProblem.Kind.UNREADABLE)
			.hasMessage("cannot read " + missing + ": no such readable file");
	}

	Path write(byte[] content) throws IOException {
		Path file = Files.createTempFile(this.folder, "import", ".csv");
		Files.write(file, content);
		return file;
	}

}
