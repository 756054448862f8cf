package org.shopfront.listening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a file is before any row is read: its encoding, its delimiter, or why it is
 * refused whole.
 */
class ImportFileTests {

	@TempDir
	Path folder;

	@Test
	void choosesUtf8WhenTheWholeFileDecodesAsUtf8() throws IOException {
		ImportFile file = ImportFile.inspect(write("number,title\n1,Zürich\n".getBytes(StandardCharsets.UTF_8)));
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
		ImportFile file = ImportFile.inspect(write(bytes.toByteArray()));
		assertThat(file.charset().name()).isEqualTo("windows-1252");
	}

	@Test
	void guessesTheDelimiterFromTheHeader() {
		assertThat(CsvTicketRows.delimiter("number;short_description;opened_at")).isEqualTo(';');
		assertThat(CsvTicketRows.delimiter("number\tshort_description")).isEqualTo('\t');
		assertThat(CsvTicketRows.delimiter("number,short_description")).isEqualTo(',');
		assertThat(CsvTicketRows.delimiter("number")).isEqualTo(',');
	}

	@Test
	void refusesPicturesArchivesAndControlCharacters() throws IOException {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
		assertThatThrownBy(() -> ImportFile.inspect(write(png))).isInstanceOf(ImportRefused.class);
		byte[] controls = new byte[1000];
		java.util.Arrays.fill(controls, (byte) 0x07);
		assertThatThrownBy(() -> ImportFile.inspect(write(controls))).isInstanceOf(ImportRefused.class);
		byte[] utf16 = "number,title\n".getBytes(StandardCharsets.UTF_16LE);
		assertThatThrownBy(() -> ImportFile.inspect(write(utf16))).isInstanceOf(ImportRefused.class);
	}

	Path write(byte[] content) throws IOException {
		Path file = Files.createTempFile(this.folder, "import", ".csv");
		Files.write(file, content);
		return file;
	}

}
