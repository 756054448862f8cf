package org.shopfront.listening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;

/**
 * Imports tickets for tests the way the import page does, but waits for the end. Each
 * call may get a source of its own so that tests sharing a context never see each other's
 * tickets.
 */
public final class ListeningFixture {

	private static final AtomicInteger sequence = new AtomicInteger();

	private final ImportingTickets importing;

	private final ManagingImportProfiles profiles;

	public ListeningFixture(ApplicationContext context) {
		this.importing = context.getBean(ImportingTickets.class);
		this.profiles = context.getBean(ManagingImportProfiles.class);
	}

	/** A source name no other test uses. */
	public static String uniqueSource(String name) {
		return name + "-" + sequence.incrementAndGet();
	}

	/** Imports a small ServiceNow file and returns the run's id. */
	public UUID importedRun() {
		return importNow(TicketFormat.SERVICENOW, null, uniqueSource("fixture"),
				"number,short_description\nINC1,Printer jams\n".getBytes(StandardCharsets.UTF_8))
			.value();
	}

	/** A saved profile that reads a file with columns {@code title} and {@code body}. */
	public UUID profile() {
		return this.profiles.create(new ImportProfileForm("Fixture profile " + sequence.incrementAndGet(), "", "title",
				"body", "", "", "", "", "", "", "", "", "", 0));
	}

	ImportRunId importNow(TicketFormat format, UUID profile, String source, byte[] content) {
		try {
			Path file = Files.createTempFile("listening-test-", ".csv");
			try {
				Files.write(file, content);
				return this.importing.importNow(new ImportRequest(format, profile, source, "test.csv"), file, "Tester");
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	ImportRunId importNow(TicketFormat format, UUID profile, String source, Path file) {
		return this.importing.importNow(new ImportRequest(format, profile, source, file.getFileName().toString()), file,
				"Tester");
	}

}
