package org.shopfront.estimates;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Currency;

import org.shopfront.imports.ImportDescription;
import org.shopfront.imports.ImportFormat;
import org.shopfront.imports.ImportJob;
import org.shopfront.imports.ImportRefused;
import org.shopfront.imports.ImportRunId;
import org.shopfront.imports.Importing;
import org.shopfront.shared.tabular.ColumnMapping;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Imports a CSV file of past projects through the import machinery, stored whole or not
 * at all, dates read in the company's time zone.
 */
@Service
class ImportingProjects {

	private final Importing importing;

	private final StoredProjects projects;

	private final Clock clock;

	private final ZoneId zone;

	ImportingProjects(Importing importing, StoredProjects projects, Clock clock,
			@Value("${shopfront.time-zone:}") String zone) {
		this.importing = importing;
		this.projects = projects;
		this.clock = clock;
		this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
	}

	/**
	 * What to import: the file's layout name for the log, its column mapping, and what
	 * the file does not say (where its projects come from, the unit of its effort, the
	 * currency of its costs without a currency column).
	 */
	record Request(String layout, ColumnMapping<ProjectField> mapping, String source, EffortUnit unit,
			Currency currency, String fileName) {
	}

	/**
	 * Starts importing; the file is deleted when the import ends.
	 * @throws ImportRefused if the file cannot be imported at all
	 */
	ImportRunId start(Request request, Path file, String startedBy) {
		return this.importing.start(job(request, file, startedBy));
	}

	/** Imports the file before returning (for the demo and tests). */
	ImportRunId importNow(Request request, Path file, String startedBy) {
		return this.importing.importNow(job(request, file, startedBy));
	}

	private ImportJob<ProjectField, PastProject> job(Request request, Path file, String startedBy) {
		ProjectImport target = new ProjectImport(request.source(), request.unit(), request.currency(), startedBy,
				this.zone, this.projects, this.clock);
		return ImportJob
			.of(target, ImportFormat.CSV, request.mapping(), file,
					new ImportDescription(request.source(), request.layout(), null, request.fileName(), startedBy))
			.wholeFileOrNothing();
	}

}
