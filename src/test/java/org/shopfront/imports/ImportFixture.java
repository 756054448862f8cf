package org.shopfront.imports;

import java.time.Clock;

import org.springframework.context.ApplicationContext;

/**
 * Import runs as other modules' page tests want them, such as one still reading its file.
 */
public final class ImportFixture {

	private final ImportRuns runs;

	private final Clock clock;

	public ImportFixture(ApplicationContext context) {
		this.runs = context.getBean(ImportRuns.class);
		this.clock = context.getBean(Clock.class);
	}

	/**
	 * A run of the target that has read {@code bytesRead} of a file of {@code fileSize}
	 * bytes so far.
	 */
	public ImportRunId running(String target, String layout, long fileSize, long bytesRead) {
		ImportRunId id = this.runs.start(target, new ImportDescription("poll", layout, null, "big.csv", "Tester"),
				fileSize, this.clock.instant());
		this.runs.progress(id, new ImportProgress(bytesRead, 10, 9, 1), this.clock.instant());
		return id;
	}

}
