package org.shopfront.painpoints.mining;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TicketFileTests {

	@TempDir
	Path folder;

	private TicketFile.Rows read(String csv) throws IOException {
		Path file = Files.writeString(this.folder.resolve("tickets.csv"), csv, StandardCharsets.UTF_8);
		return TicketFile.read(file, TicketFile.Format.CSV, List.of("title", "body"), "label");
	}

	@Test
	void readsQuotedFieldsWithDelimitersDoubledQuotesAndLineBreaks() throws IOException {
		TicketFile.Rows rows = read("""
				title,body,label
				"VPN, again","Hi,
				the ""tunnel"" drops
				every hour",network
				plain title,plain body,desk
				""");

		assertThat(rows.tickets()).containsExactly(TicketText.of("VPN, again", "Hi,\nthe \"tunnel\" drops\nevery hour"),
				TicketText.of("plain title", "plain body"));
		assertThat(rows.labels()).containsExactly("network", "desk");
	}

	@Test
	void keepsAQuoteInsideAnUnquotedFieldAndReadsCrLfAndEmptyFields() throws IOException {
		TicketFile.Rows rows = read("title,body,label\r\n" + "6\" monitor,,hardware\r\n" + ",\"\",\r\n"
				+ "\"\"\"quoted\"\" start\",end\"\"s,x");

		assertThat(rows.tickets()).containsExactly(TicketText.of("6\" monitor", ""), TicketText.of("", ""),
				TicketText.of("\"quoted\" start", "end\"\"s"));
		assertThat(rows.labels()).containsExactly("hardware", "", "x");
	}

	@Test
	void readsSemicolonSeparatedLatin1() throws IOException {
		Path file = Files.write(this.folder.resolve("latin1.csv"),
				"title;body;label\nDrucker kaputt;Gr\u00fc\u00dfe aus M\u00fcnchen;hw\n"
					.getBytes(StandardCharsets.ISO_8859_1));

		TicketFile.Rows rows = TicketFile.read(file, TicketFile.Format.CSV, List.of("title", "body"), "label");

		assertThat(rows.tickets()).containsExactly(TicketText.of("Drucker kaputt", "Gr\u00fc\u00dfe aus M\u00fcnchen"));
	}

}
