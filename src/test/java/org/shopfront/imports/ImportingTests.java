package org.shopfront.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopfront.ShopfrontTest;
import org.shopfront.shared.tabular.ColumnMapping;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The import machinery with a made-up target (parcels with a code and a weight), as the
 * next importers will use it: batches whose later rows win, and files stored whole or not
 * at all, with their per-row report.
 */
@ShopfrontTest
class ImportingTests {

	@TempDir
	Path folder;

	@Autowired
	ImportRuns runs;

	@Autowired
	ImportLog log;

	@Autowired
	ObjectMapper json;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	@Autowired
	ImportThreads threads;

	/** Two rows per batch, two batches written at once. */
	Importing smallBatches() {
		return new Importing(this.runs, new ImportLimits(2, 4_000_000, 1000, 2), this.json, this.transactionManager,
				this.clock, this.threads);
	}

	@Test
	void anItemSeveralTimesInAFileEndsAsItsLastRowThoughBatchesAreWrittenAtOnce() {
		Parcels parcels = new Parcels();
		ImportRunId id = this.runs.start(parcels.name(), description(), 0, this.clock.instant());
		TransactionTemplate transactions = new TransactionTemplate(this.transactionManager);
		try (BatchWriter<Parcel> writer = new BatchWriter<>(id, parcels, this.runs, transactions, this.clock,
				new ImportLimits(2, 4_000_000, 1000, 2), () -> 0L)) {
			for (int round = 1; round <= 20; round++) {
				for (int n = 1; n <= 3; n++) {
					writer.row(new Parcel("P-" + n, BigDecimal.valueOf(round)), List.of());
				}
			}
			writer.finish();
		}
		assertThat(parcels.latest).containsOnly(Map.entry("P-1", BigDecimal.valueOf(20)),
				Map.entry("P-2", BigDecimal.valueOf(20)), Map.entry("P-3", BigDecimal.valueOf(20)));
		assertThat(this.log.find(id).orElseThrow().rowsImported()).isEqualTo(60);
	}

	@Test
	void storesAWholeFileInOneGoAndTellsTheTargetOnce() throws IOException {
		Parcels parcels = new Parcels();
		ImportRunId id = smallBatches().importNow(wholeFile(parcels, "code,weight\nA,1.5\nB,2\nC,0.25\nD,4\nE,5\n"));

		ImportRun run = this.log.find(id).orElseThrow();
		assertThat(run.status()).isEqualTo(ImportStatus.DONE);
		assertThat(run.target()).isEqualTo("parcels");
		assertThat(run.rowsRead()).isEqualTo(5);
		assertThat(run.rowsImported()).isEqualTo(5);
		assertThat(parcels.stored).extracting(Parcel::code).containsExactly("A", "B", "C", "D", "E");
		assertThat(parcels.finished).extracting(ImportRun::id).containsExactly(id);
	}

	@Test
	void aWholeFileIsReadOnAThreadOfItsOwnAheadOfTheTransactionThatWritesIt() throws IOException {
		Parcels parcels = new Parcels();
		smallBatches().importNow(wholeFile(parcels, "code,weight\nA,1\nB,2\nC,3\nD,4\nE,5\n"));

		assertThat(parcels.readOn).hasSize(1).doesNotContainAnyElementsOf(parcels.writtenOn);
		assertThat(parcels.writtenOn).containsExactly(Thread.currentThread().getName());
		assertThat(parcels.stored).extracting(Parcel::code).containsExactly("A", "B", "C", "D", "E");
	}

	@Test
	void aBatchThatFailsToBeWrittenStoresNothingOfTheFileReadAtMostAFewBatchesAhead() throws IOException {
		Parcels parcels = new Parcels();
		parcels.failOnBatch = 2;
		StringBuilder csv = new StringBuilder("code,weight\n");
		for (int n = 0; n < 100; n++) {
			csv.append("P-").append(n).append(",1\n");
		}
		ImportRunId id = smallBatches().importNow(wholeFile(parcels, csv.toString()));

		ImportRun run = this.log.find(id).orElseThrow();
		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.failureKey()).isEqualTo("import.failure.unexpected.nothingKept");
		assertThat(parcels.stored).isEmpty();
		assertThat(parcels.rowsRead.get()).as("rows read ahead of the failed batch: two batches waiting, one in hand")
			.isLessThanOrEqualTo(2 * (2 + WholeFileImport.BATCHES_AHEAD + 1));
	}

	@Test
	void aRejectedRowStoresNothingOfTheFileAndTheReportSaysWhy() throws IOException {
		Parcels parcels = new Parcels();
		ImportRunId id = smallBatches()
			.importNow(wholeFile(parcels, "code,weight\nA,1\nB,2\nC,3\nD,4\n,5\nF,heavy\nG,7\n"));

		ImportRun run = this.log.find(id).orElseThrow();
		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.failureKey()).isEqualTo("import.failure.rejected");
		assertThat(run.failureDetail()).isEqualTo("2");
		assertThat(run.rowsRead()).isEqualTo(7);
		assertThat(run.rowsImported()).isZero();
		assertThat(run.rowsRejected()).isEqualTo(2);
		assertThat(this.log.rejections(id, 10)).extracting(Rejection::line, Rejection::column, Rejection::reason)
			.containsExactly(tuple(6L, "code", "required"), tuple(7L, "weight", "decimal"));
		assertThat(parcels.stored).as("the batches written before the rejected row were rolled back").isEmpty();
		assertThat(parcels.finished).isEmpty();
	}

	@Test
	void skippedRowsAndValuesNeitherFailAWholeFileNorAreStoredAndTheReportListsThem() throws IOException {
		Parcels parcels = new Parcels();
		ImportRunId id = smallBatches().importNow(wholeFile(parcels, "code,weight\nA,1\nB,0\nC,\nD,2\nE,0.0\n"));

		ImportRun run = this.log.find(id).orElseThrow();
		assertThat(run.status()).isEqualTo(ImportStatus.DONE);
		assertThat(run.rowsRead()).isEqualTo(5);
		assertThat(run.rowsImported()).isEqualTo(3);
		assertThat(run.rowsSkipped()).isEqualTo(2);
		assertThat(run.rowsRejected()).isZero();
		assertThat(parcels.stored).extracting(Parcel::code).containsExactly("A", "C", "D");
		assertThat(this.log.skips(id, 10)).extracting(Rejection::line, Rejection::column, Rejection::reason)
			.containsExactly(tuple(3L, "weight", "zero"), tuple(4L, "weight", "noWeight"), tuple(6L, "weight", "zero"));
		assertThat(this.log.rejections(id, 10)).isEmpty();
	}

	@Test
	void aFileRejectedWholeStillListsWhatItSkipped() throws IOException {
		Parcels parcels = new Parcels();
		ImportRunId id = smallBatches().importNow(wholeFile(parcels, "code,weight\nA,0\nB,heavy\n"));

		ImportRun run = this.log.find(id).orElseThrow();
		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(this.log.rejections(id, 10)).extracting(Rejection::line).containsExactly(3L);
		assertThat(this.log.skips(id, 10)).extracting(Rejection::line).containsExactly(2L);
		assertThat(parcels.stored).isEmpty();
	}

	@Test
	void batchesCountAndListSkippedRowsToo() throws IOException {
		Parcels parcels = new Parcels();
		Path file = Files.writeString(this.folder.resolve("skips.csv"), "code,weight\nA,1\nB,0\nC,3\nD,0\nE,5\n");
		ImportRunId id = smallBatches()
			.importNow(ImportJob.of(parcels, ImportFormat.CSV, Parcels.MAPPING, file, description()));

		ImportRun run = this.log.find(id).orElseThrow();
		assertThat(run.rowsImported()).isEqualTo(3);
		assertThat(run.rowsSkipped()).isEqualTo(2);
		assertThat(this.log.skips(id, 10)).extracting(Rejection::line).containsExactly(3L, 5L);
	}

	@Test
	void aFileThatBreaksStoresNothing() throws IOException {
		Parcels parcels = new Parcels();
		ImportRunId id = smallBatches().importNow(wholeFile(parcels, "code,weight\nA,1\nB,2\nC,3\nD,\"4\nE,5\n"));

		ImportRun run = this.log.find(id).orElseThrow();
		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.failureKey()).isEqualTo("import.failure.malformed.nothingKept");
		assertThat(run.failureDetail()).isEqualTo("5");
		assertThat(parcels.stored).isEmpty();
	}

	@Test
	void batchesKeepWhatWasStoredBeforeTheFileBroke() throws IOException {
		Parcels parcels = new Parcels();
		Path file = Files.writeString(this.folder.resolve("broken.csv"), "code,weight\nA,1\nB,2\nC,3\nD,\"4\nE,5\n");
		ImportRunId id = smallBatches()
			.importNow(ImportJob.of(parcels, ImportFormat.CSV, Parcels.MAPPING, file, description()));

		assertThat(this.log.find(id).orElseThrow().failureKey()).isEqualTo("import.failure.malformed");
		assertThat(parcels.stored).as("batches commit in any order")
			.extracting(Parcel::code)
			.containsExactlyInAnyOrder("A", "B", "C");
		assertThat(parcels.finished).as("a failed run that kept rows is announced too").hasSize(1);
	}

	ImportJob<Field, Parcel> wholeFile(Parcels parcels, String csv) throws IOException {
		Path file = Files.writeString(this.folder.resolve("parcels.csv"), csv, StandardCharsets.UTF_8);
		return ImportJob.of(parcels, ImportFormat.CSV, Parcels.MAPPING, file, description()).wholeFileOrNothing();
	}

	static ImportDescription description() {
		return new ImportDescription("test", "PARCELS", null, "parcels.csv", "Tester");
	}

	enum Field {

		CODE, WEIGHT

	}

	record Parcel(String code, BigDecimal weight) {
	}

	/**
	 * Keeps what committed transactions wrote, in commit order, and the runs it was told
	 * of once they committed.
	 */
	static final class Parcels implements ImportTarget<Field, Parcel> {

		static final ColumnMapping<Field> MAPPING = new ColumnMapping<>(Field.class,
				Map.of(Field.CODE, List.of("code"), Field.WEIGHT, List.of("weight")), Set.of(Field.CODE));

		final List<Parcel> stored = new CopyOnWriteArrayList<>();

		final Map<String, BigDecimal> latest = new ConcurrentHashMap<>();

		final List<ImportRun> finished = new CopyOnWriteArrayList<>();

		final Set<String> readOn = ConcurrentHashMap.newKeySet();

		final Set<String> writtenOn = ConcurrentHashMap.newKeySet();

		final AtomicInteger rowsRead = new AtomicInteger();

		/** The batch (counting from 1) whose writing fails, or 0. */
		volatile int failOnBatch;

		private final AtomicInteger batches = new AtomicInteger();

		@Override
		public String name() {
			return "parcels";
		}

		/**
		 * A parcel weighing 0 is left out (skipped); one without a weight is kept, its
		 * missing weight noted.
		 */
		@Override
		public Parcel read(ImportRow<Field> row) {
			this.readOn.add(Thread.currentThread().getName());
			this.rowsRead.incrementAndGet();
			String code = row.required(Field.CODE);
			BigDecimal weight = row.decimal(Field.WEIGHT);
			if (weight != null && weight.signum() == 0) {
				row.skip(Field.WEIGHT, "zero", row.text(Field.WEIGHT));
				return null;
			}
			if (weight == null && !row.rejected()) {
				row.skip(Field.WEIGHT, "noWeight", null);
			}
			return new Parcel(code, weight);
		}

		@Override
		public void write(List<Parcel> items, ImportRunId run) {
			this.writtenOn.add(Thread.currentThread().getName());
			if (this.batches.incrementAndGet() == this.failOnBatch) {
				throw new IllegalStateException("the store is down");
			}
			List<Parcel> written = List.copyOf(items);
			afterCommit(() -> {
				this.stored.addAll(written);
				written.stream()
					.filter((parcel) -> parcel.weight() != null)
					.forEach((parcel) -> this.latest.put(parcel.code(), parcel.weight()));
			});
		}

		@Override
		public Object key(Parcel parcel) {
			return parcel.code();
		}

		@Override
		public void finished(ImportRun run) {
			afterCommit(() -> this.finished.add(run));
		}

		private static void afterCommit(Runnable action) {
			assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}

	}

}
