package org.shopfront.imports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the import runs of a target say: one run, the latest ones, a run's rejected rows,
 * and the runs that finished since a moment and stored something.
 */
@Service
@Transactional(readOnly = true)
public class ImportLog {

	private final ImportRuns runs;

	ImportLog(ImportRuns runs) {
		this.runs = runs;
	}

	public Optional<ImportRun> find(ImportRunId id) {
		return this.runs.find(id);
	}

	/** The target's latest runs, newest first. */
	public List<ImportRun> recent(String target, int limit) {
		return this.runs.recent(target, limit);
	}

	/** The first rejected rows of a run, in the order of the file. */
	public List<Rejection> rejections(ImportRunId id, int limit) {
		return this.runs.rejections(id, limit);
	}

	/**
	 * The target's runs that finished at or after the time and stored something, oldest
	 * first.
	 */
	public List<ImportRun> finishedSince(String target, Instant since) {
		return this.runs.finishedSince(target, since);
	}

}
