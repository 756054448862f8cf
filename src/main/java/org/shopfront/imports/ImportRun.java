package org.shopfront.imports;

import java.time.Duration;
import java.time.Instant;

/**
 * One import as its page shows it: which target and layout it read, how far it got, how
 * many rows were kept and rejected, and why it failed if it did.
 *
 * @param format the layout the file was read with, such as {@code SERVICENOW} (the
 * message key {@code import.format.<format>} names it)
 */
public record ImportRun(ImportRunId id, String target, String source, String format, String profileName,
		String fileName, long fileSize, ImportStatus status, long bytesRead, long rowsRead, long rowsImported,
		long rowsRejected, String failureKey, String failureDetail, String startedBy, Instant createdAt,
		Instant updatedAt, Instant finishedAt) {

	/** A running import that has reported no progress for this long has lost its node. */
	static final Duration STALLED = Duration.ofMinutes(5);

	public boolean running() {
		return this.status == ImportStatus.RUNNING;
	}

	/** Share of the file read so far, 0 to 100. */
	public int percent() {
		if (this.status == ImportStatus.DONE) {
			return 100;
		}
		return (this.fileSize <= 0) ? 0 : (int) Math.min(100, this.bytesRead * 100 / this.fileSize);
	}

	public boolean stalled(Instant now) {
		return running() && this.updatedAt.plus(STALLED).isBefore(now);
	}

	public Duration took() {
		return Duration.between(this.createdAt, (this.finishedAt != null) ? this.finishedAt : this.updatedAt);
	}

}
