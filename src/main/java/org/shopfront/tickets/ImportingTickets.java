package org.shopfront.tickets;

import java.nio.file.Path;

import org.shopfront.imports.ImportDescription;
import org.shopfront.imports.ImportFormat;
import org.shopfront.imports.ImportJob;
import org.shopfront.imports.ImportRefused;
import org.shopfront.imports.ImportRunId;
import org.shopfront.imports.Importing;

import org.springframework.stereotype.Service;

/**
 * Imports a file of tickets through the import machinery ({@link Importing}): the layout
 * asked for (ServiceNow, Jira, a saved profile, JSON lines) becomes a column mapping, and
 * the rows go to a {@link TicketImport} batch by batch; a profile without a number column
 * numbers tickets by their row. The page's upload runs in the background and the page
 * polls the run; the command line and tests wait for the end.
 */
@Service
class ImportingTickets {

	private final Importing importing;

	private final TicketImports targets;

	private final ImportProfiles profiles;

	ImportingTickets(Importing importing, TicketImports targets, ImportProfiles profiles) {
		this.importing = importing;
		this.targets = targets;
		this.profiles = profiles;
	}

	/**
	 * Checks the file and starts reading it in the background. The file is deleted when
	 * the import ends, or at once when it is refused.
	 * @throws ImportRefused if the file cannot be imported at all
	 */
	ImportRunId start(ImportRequest request, Path file, String startedBy) {
		return this.importing.start(job(request, file, startedBy));
	}

	/**
	 * Like {@link #start} but returns only when the whole file has been read, and leaves
	 * the file where it is.
	 */
	ImportRunId importNow(ImportRequest request, Path file, String startedBy) {
		return this.importing.importNow(job(request, file, startedBy));
	}

	private ImportJob<TicketField, Ticket> job(ImportRequest request, Path file, String startedBy) {
		ImportProfile profile = switch (request.format()) {
			case SERVICENOW -> ImportProfile.SERVICENOW;
			case JIRA -> ImportProfile.JIRA;
			case PROFILE -> this.profiles.require(request.profileId());
			case JSON_LINES, API -> null;
		};
		TicketImport target = this.targets.of(request.source(), (profile != null) ? profile.datePattern() : null);
		ImportDescription description = new ImportDescription(request.source(), request.format().name(),
				(profile != null) ? profile.name() : null, request.fileName(), startedBy);
		if (profile == null) {
			return ImportJob.of(target, ImportFormat.JSON_LINES, JsonTicketFields.MAPPING, file, description);
		}
		return ImportJob.of(target, ImportFormat.CSV, profile.mapping(), file, description)
			.numberingRowsAs(TicketField.NUMBER);
	}

}
