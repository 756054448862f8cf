package org.shopfront.tickets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.shopfront.shared.tabular.DateReader;
import org.shopfront.shared.tabular.FileProblem;
import org.shopfront.shared.tabular.TextFile;
import org.shopfront.shared.tabular.TextInput;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a file of tickets: checks it whole first (a file that is empty, not text, or
 * lacks the columns its layout needs is refused and nothing is stored), records the run,
 * then reads it row by row in batches, keeping good rows and reporting rejected ones, and
 * announces what it stored ({@link TicketsImported}) as the run ends. The page's upload
 * runs in the background and the page polls the run; the command line and tests wait for
 * the end.
 */
@Service
class ImportingTickets {

	private static final Log log = LogFactory.getLog(ImportingTickets.class);

	private final ImportRuns runs;

	private final Tickets tickets;

	private final ImportProfiles profiles;

	private final ImportLimits limits;

	private final ObjectMapper json;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ZoneId zone;

	private final ImportThreads threads;

	private final ImportAnnouncements announcements;

	ImportingTickets(ImportRuns runs, Tickets tickets, ImportProfiles profiles, ImportLimits limits, ObjectMapper json,
			TransactionTemplate transactions, Clock clock, @Value("${shopfront.time-zone:}") String zone,
			ImportThreads threads, ImportAnnouncements announcements) {
		this.runs = runs;
		this.tickets = tickets;
		this.profiles = profiles;
		this.limits = limits;
		this.json = json;
		this.transactions = transactions;
		this.clock = clock;
		this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
		this.threads = threads;
		this.announcements = announcements;
	}

	/**
	 * Checks the file and starts reading it in the background. The file is deleted when
	 * the import ends, or at once when it is refused.
	 * @throws ImportRefused if the file cannot be imported at all
	 */
	ImportRunId start(ImportRequest request, Path file, String startedBy) {
		Plan plan = prepare(request, file, true);
		ImportRunId id = record(request, plan, startedBy);
		this.threads.run(() -> read(id, plan));
		return id;
	}

	/**
	 * Like {@link #start} but returns only when the whole file has been read, and leaves
	 * the file where it is.
	 */
	ImportRunId importNow(ImportRequest request, Path file, String startedBy) {
		Plan plan = prepare(request, file, false);
		ImportRunId id = record(request, plan, startedBy);
		read(id, plan);
		return id;
	}

	private Plan prepare(ImportRequest request, Path path, boolean owned) {
		try {
			ImportProfile profile = profile(request);
			TextFile file = inspect(path);
			TicketRowMapper mapper = new TicketRowMapper(request.source(),
					DateReader.usual(this.zone, (profile != null) ? profile.datePattern() : null),
					this.limits.maxTextLength());
			TicketRows rows = (profile == null) ? new JsonLinesTicketRows(this.json, mapper)
					: new CsvTicketRows(profile, mapper, this.limits.maxRecordLength());
			rows.check(file);
			return new Plan(path, owned, file, rows, (profile != null) ? profile.name() : null, request.source());
		}
		catch (RuntimeException ex) {
			if (owned) {
				delete(path);
			}
			throw ex;
		}
	}

	private static TextFile inspect(Path path) {
		try {
			return TextFile.inspect(path);
		}
		catch (FileProblem ex) {
			throw ImportRefused.of(ex);
		}
	}

	private ImportProfile profile(ImportRequest request) {
		return switch (request.format()) {
			case SERVICENOW -> ImportProfile.SERVICENOW;
			case JIRA -> ImportProfile.JIRA;
			case PROFILE -> this.profiles.require(request.profileId());
			case JSON_LINES, API -> null;
		};
	}

	private ImportRunId record(ImportRequest request, Plan plan, String startedBy) {
		String name = (request.fileName() == null) ? null : abbreviate(request.fileName(), 255);
		return this.runs.start(request.source(), request.format(), plan.profileName(), name, plan.file().size(),
				startedBy, this.clock.instant());
	}

	private void read(ImportRunId id, Plan plan) {
		try (TextInput input = plan.file().open(this.limits.maxRecordLength());
				ImportWriter writer = new ImportWriter(id, this.tickets, this.runs, this.transactions, this.clock,
						this.limits, input::bytesRead)) {
			try {
				plan.rows().read(plan.file(), input, writer::row);
				writer.flush();
				writer.awaitWritten();
				finish(id, plan, ImportStatus.DONE, null, null);
			}
			catch (ImportFailed ex) {
				writer.flush();
				writer.awaitWritten();
				finish(id, plan, ImportStatus.FAILED, ex.messageKey(), String.valueOf(ex.row()));
			}
		}
		catch (RuntimeException ex) {
			log.error("Import " + id + " failed", ex);
			finish(id, plan, ImportStatus.FAILED, "import.failure.unexpected", null);
		}
		finally {
			if (plan.owned()) {
				delete(plan.path());
			}
		}
	}

	/**
	 * Ends the run and, in the same transaction, announces the tickets it stored: also
	 * those a failed run kept.
	 */
	private void finish(ImportRunId id, Plan plan, ImportStatus status, String failureKey, String failureDetail) {
		this.transactions.executeWithoutResult((transaction) -> {
			Instant now = this.clock.instant();
			this.runs.finish(id, status, failureKey, failureDetail, now);
			this.announcements.announce(id, plan.source(), now);
		});
	}

	private static String abbreviate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

	private static void delete(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Could not delete the uploaded file " + path, ex);
		}
	}

	/** A checked file, whether it is ours to delete, and how to read it. */
	private record Plan(Path path, boolean owned, TextFile file, TicketRows rows, String profileName, String source) {
	}

}
