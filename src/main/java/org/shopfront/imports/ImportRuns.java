package org.shopfront.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Import runs of every target and their rejected rows. Progress is written once per
 * batch, in the batch's own transaction, so the counts always match what is stored.
 */
@Repository
class ImportRuns {

	private static final String SELECT = """
			select id, target, source, format, profile_name, file_name, file_size, status, bytes_read, rows_read,
			       rows_imported, rows_rejected, failure_key, failure_detail, started_by_name, created_at,
			       updated_at, finished_at
			from import_run
			""";

	private final JdbcClient jdbc;

	ImportRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ImportRunId start(String target, ImportDescription description, long fileSize, Instant now) {
		ImportRunId id = new ImportRunId(UUID.randomUUID());
		this.jdbc.sql("""
				insert into import_run (id, target, source, format, profile_name, file_name, file_size, status,
				                        started_by_name, created_at, updated_at)
				values (:id, :target, :source, :format, :profile, :file, :size, 'RUNNING', :by, :now, :now)
				""")
			.param("id", id.value())
			.param("target", target)
			.param("source", description.source())
			.param("format", description.layout())
			.param("profile", description.profileName())
			.param("file", description.fileName())
			.param("size", fileSize)
			.param("by", description.startedBy())
			.param("now", Timestamps.param(now))
			.update();
		return id;
	}

	/**
	 * Adds a batch's counts to the run's; the bytes read only grow. Batches written at
	 * once each add their own, so the counts match what is committed whatever order they
	 * commit in.
	 */
	void progress(ImportRunId id, ImportProgress progress, Instant now) {
		this.jdbc.sql("""
				update import_run set bytes_read = greatest(bytes_read, :bytes), rows_read = rows_read + :read,
				       rows_imported = rows_imported + :imported, rows_rejected = rows_rejected + :rejected,
				       updated_at = :now
				where id = :id
				""")
			.param("bytes", progress.bytesRead())
			.param("read", progress.rowsRead())
			.param("imported", progress.rowsImported())
			.param("rejected", progress.rowsRejected())
			.param("now", Timestamps.param(now))
			.param("id", id.value())
			.update();
	}

	void reject(ImportRunId id, int firstSeq, List<Rejection> rejections) {
		int seq = firstSeq;
		for (Rejection rejection : rejections) {
			this.jdbc.sql("""
					insert into import_rejection (run_id, seq, row_number, column_name, reason, detail)
					values (:id, :seq, :line, :column, :reason, :detail)
					""")
				.param("id", id.value())
				.param("seq", seq++)
				.param("line", rejection.line())
				.param("column", rejection.column())
				.param("reason", rejection.reason())
				.param("detail", rejection.detail())
				.update();
		}
	}

	void finish(ImportRunId id, ImportStatus status, String failureKey, String failureDetail, Instant now) {
		this.jdbc.sql("""
				update import_run set status = :status, failure_key = :key, failure_detail = :detail,
				       updated_at = :now, finished_at = :now
				where id = :id
				""")
			.param("status", status.name())
			.param("key", failureKey)
			.param("detail", failureDetail)
			.param("now", Timestamps.param(now))
			.param("id", id.value())
			.update();
	}

	Optional<ImportRun> find(ImportRunId id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id.value()).query(ImportRuns::map).optional();
	}

	List<ImportRun> recent(String target, int limit) {
		return this.jdbc.sql(SELECT + " where target = :target order by created_at desc limit " + limit)
			.param("target", target)
			.query(ImportRuns::map)
			.list();
	}

	/**
	 * A target's finished runs that stored something, finished at or after the time,
	 * oldest first.
	 */
	List<ImportRun> finishedSince(String target, Instant since) {
		return this.jdbc.sql(SELECT + """
				 where target = :target and finished_at >= :since and rows_imported > 0 order by finished_at
				""").param("target", target).param("since", Timestamps.param(since)).query(ImportRuns::map).list();
	}

	List<Rejection> rejections(ImportRunId id, int limit) {
		return this.jdbc.sql("""
				select row_number, column_name, reason, detail from import_rejection
				where run_id = :id order by seq limit %d
				""".formatted(limit))
			.param("id", id.value())
			.query((rs, n) -> new Rejection(rs.getLong("row_number"), rs.getString("column_name"),
					rs.getString("reason"), rs.getString("detail")))
			.list();
	}

	private static ImportRun map(ResultSet rs, int row) throws SQLException {
		return new ImportRun(new ImportRunId(rs.getObject("id", UUID.class)), rs.getString("target"),
				rs.getString("source"), rs.getString("format"), rs.getString("profile_name"), rs.getString("file_name"),
				rs.getLong("file_size"), ImportStatus.valueOf(rs.getString("status")), rs.getLong("bytes_read"),
				rs.getLong("rows_read"), rs.getLong("rows_imported"), rs.getLong("rows_rejected"),
				rs.getString("failure_key"), rs.getString("failure_detail"), rs.getString("started_by_name"),
				Timestamps.read(rs, "created_at"), Timestamps.read(rs, "updated_at"),
				Timestamps.read(rs, "finished_at"));
	}

}
