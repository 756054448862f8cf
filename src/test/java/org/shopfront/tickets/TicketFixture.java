package org.shopfront.tickets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.shopfront.imports.ImportRunId;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports tickets for tests the way the import page does, but waits for the end, or
 * stores them as other modules' tests want them. Each call may get a source of its own so
 * that tests sharing a context never see each other's tickets.
 */
public final class TicketFixture {

	private static final AtomicInteger sequence = new AtomicInteger();

	private final ImportingTickets importing;

	private final ManagingImportProfiles profiles;

	private final Tickets tickets;

	private final JdbcClient jdbc;

	public TicketFixture(ApplicationContext context) {
		this.importing = context.getBean(ImportingTickets.class);
		this.profiles = context.getBean(ManagingImportProfiles.class);
		this.tickets = context.getBean(Tickets.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	/**
	 * Stores the tickets as an import would, but announces nothing, so that no listener
	 * places them while a test builds a mining run by hand; returns their ids in order.
	 */
	public long[] storeQuietly(List<Ticket> stored) {
		this.tickets.upsert(stored, null, Instant.now());
		return stored.stream().mapToLong((t) -> id(t.source(), t.number())).toArray();
	}

	/** The id of a stored ticket. */
	public long id(String source, String number) {
		return this.jdbc.sql("select id from ticket where source = :source and ticket_number = :number")
			.param("source", source)
			.param("number", number)
			.query(Long.class)
			.single();
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
			Path file = Files.createTempFile("tickets-test-", ".csv");
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
