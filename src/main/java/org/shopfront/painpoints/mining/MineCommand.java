package org.shopfront.painpoints.mining;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.shopfront.shared.Command;
import org.shopfront.shared.tabular.FileProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code mine --input FILE --text COL[,COL...] [--label COL] [--k N|auto] [--seed N]
 * [--format csv|jsonl] [--language NAME] [--threads N] [--repeat N]}: mines a ticket
 * export for pain points without starting the application and prints one JSON object;
 * with a gold label column it also prints how well the pain points agree with it. With
 * {@code --repeat} it reads and mines the file so many times in one JVM, as a running
 * application re-mines, and reports the last run (each run's total in
 * {@code totalMsPerRun}).
 */
public final class MineCommand implements Command {

	static final String USAGE = "usage: mine --input FILE --text COL[,COL...] [--label COL] [--k N|auto] [--seed N]"
			+ " [--format csv|jsonl] [--language english|de|fr|...] [--threads N] [--repeat N]";

	@Override
	public String name() {
		return "mine";
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		Map<String, String> options;
		MiningOptions mining;
		int repeat;
		try {
			options = options(arguments);
			mining = miningOptions(options);
			repeat = Math.max(1, number(options.getOrDefault("repeat", "1"), "--repeat"));
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		try {
			List<Long> totals = new ArrayList<>();
			Map<String, Object> report = null;
			for (int run = 0; run < repeat; run++) {
				report = mine(options, mining, err);
				if (report == null) {
					return 1;
				}
				totals.add((Long) ((Map<?, ?>) report.get("timings")).get("totalMs"));
			}
			if (repeat > 1) {
				report.put("totalMsPerRun", totals);
			}
			out.println(JsonMapper.builder().build().writeValueAsString(report));
			return 0;
		}
		catch (FileProblem ex) {
			err.println("mine: " + ex.getMessage());
			return 1;
		}
	}

	/**
	 * Reads the file and mines it once; null (with the reason on err) for a file without
	 * tickets.
	 */
	private static Map<String, Object> mine(Map<String, String> options, MiningOptions mining, PrintStream err) {
		long started = System.nanoTime();
		// The analysis loads its classes and tables while the file is read.
		CompletableFuture<TextAnalysis> analysis = CompletableFuture
			.supplyAsync(() -> TextAnalysis.prepared(mining.language()));
		List<String> textColumns = Arrays.stream(options.get("text").split(",")).map(String::strip).toList();
		TicketFile.Rows rows = TicketFile.read(Path.of(options.get("input")),
				TicketFile.Format.named(options.getOrDefault("format", "csv")), textColumns, options.get("label"));
		long read = System.nanoTime();
		if (rows.tickets().isEmpty()) {
			err.println("mine: " + options.get("input") + " holds no tickets");
			return null;
		}
		MiningResult result = new PainPointMiner(mining, analysis.join()).mine(rows.tickets());
		long total = (System.nanoTime() - started) / 1_000_000;
		return report(rows, result, options.containsKey("label"), (read - started) / 1_000_000, total);
	}

	private static Map<String, Object> report(TicketFile.Rows rows, MiningResult result, boolean labelled, long readMs,
			long totalMs) {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("tickets", rows.tickets().size());
		report.put("k", result.painPoints().size());
		report.put("features", result.features());
		List<Map<String, Object>> painPoints = new ArrayList<>();
		for (PainPoint painPoint : result.painPoints()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("label", painPoint.label());
			entry.put("size", painPoint.size());
			entry.put("examples", painPoint.examples());
			painPoints.add(entry);
		}
		report.put("painPoints", painPoints);
		report.put("learnedBoilerplate", result.learnedBoilerplate());
		if (labelled) {
			ClusteringAgreement agreement = ClusteringAgreement.of(rows.labels(), result.assignments());
			report.put("nmi", agreement.nmi());
			report.put("ari", agreement.ari());
			report.put("vMeasure", agreement.vMeasure());
		}
		Map<String, Object> timings = new LinkedHashMap<>();
		timings.put("readMs", readMs);
		timings.put("analyseMs", result.analyseMs());
		timings.put("clusterMs", result.clusterMs());
		timings.put("totalMs", totalMs);
		report.put("timings", timings);
		report.put("peakHeapMb", peakHeapMb());
		return report;
	}

	/** The sum of the peak use of each heap pool: an upper bound of the peak heap. */
	private static long peakHeapMb() {
		long bytes = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				bytes += pool.getPeakUsage().getUsed();
			}
		}
		return bytes / (1024 * 1024);
	}

	private static Map<String, String> options(List<String> arguments) {
		List<String> known = List.of("input", "text", "label", "k", "seed", "format", "language", "threads", "repeat");
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			String name = argument.startsWith("--") ? argument.substring(2) : null;
			if (name == null || !known.contains(name)) {
				throw new IllegalArgumentException("Unknown argument '" + argument + "'");
			}
			if (i + 1 >= arguments.size()) {
				throw new IllegalArgumentException("Missing value after " + argument);
			}
			options.put(name, arguments.get(++i));
		}
		for (String required : List.of("input", "text")) {
			if (!options.containsKey(required)) {
				throw new IllegalArgumentException("Missing --" + required);
			}
		}
		TicketFile.Format.named(options.getOrDefault("format", "csv"));
		return options;
	}

	private static MiningOptions miningOptions(Map<String, String> options) {
		MiningOptions.Builder mining = MiningOptions.builder();
		String k = options.getOrDefault("k", "auto");
		mining.k(k.equals("auto") ? 0 : number(k, "--k"));
		if (options.containsKey("seed")) {
			mining.seed(number(options.get("seed"), "--seed"));
		}
		if (options.containsKey("language")) {
			mining.language(MiningLanguage.named(options.get("language")));
		}
		if (options.containsKey("threads")) {
			mining.threads(number(options.get("threads"), "--threads"));
		}
		return mining.build();
	}

	private static int number(String value, String option) {
		try {
			int number = Integer.parseInt(value.strip());
			if (number < 0) {
				throw new NumberFormatException();
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(option + " needs a non-negative whole number, not '" + value + "'");
		}
	}

}
