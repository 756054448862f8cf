package org.shopfront.shadowit;

import java.nio.file.Path;
import java.time.Clock;

import org.shopfront.imports.ImportDescription;
import org.shopfront.imports.ImportFormat;
import org.shopfront.imports.ImportJob;
import org.shopfront.imports.ImportRefused;
import org.shopfront.imports.ImportRunId;
import org.shopfront.imports.Importing;
import org.shopfront.shared.tabular.DateReader;

import org.springframework.stereotype.Service;

/**
 * Imports a single-sign-on log (Okta, Entra) through the import machinery, whole or not
 * at all, as who used which application in which month.
 */
@Service
class ImportingSignIns {

	private final Importing importing;

	private final VendorMatchers matchers;

	private final SignInMonths months;

	private final Clock clock;

	ImportingSignIns(Importing importing, VendorMatchers matchers, SignInMonths months, Clock clock) {
		this.importing = importing;
		this.matchers = matchers;
		this.months = months;
		this.clock = clock;
	}

	/**
	 * Checks the file and starts reading it in the background; the file is deleted when
	 * the import ends.
	 * @throws ImportRefused if the file cannot be imported at all
	 */
	ImportRunId start(SignInProfile profile, Path file, String fileName, String startedBy) {
		return this.importing.start(job(profile, file, fileName, startedBy));
	}

	/** Like {@link #start} but returns when the file has been read, leaving the file. */
	ImportRunId importNow(SignInProfile profile, Path file, String fileName, String startedBy) {
		return this.importing.importNow(job(profile, file, fileName, startedBy));
	}

	private ImportJob<SignInField, SignIn> job(SignInProfile profile, Path file, String fileName, String startedBy) {
		SignInImport target = new SignInImport(profile, DateReader.usual(this.clock.getZone(), null),
				this.matchers.current(), this.months, this.clock);
		ImportDescription description = new ImportDescription("sign-in log", profile.name(), null, fileName, startedBy);
		return ImportJob.of(target, ImportFormat.CSV, profile.mapping(), file, description).wholeFileOrNothing();
	}

}
