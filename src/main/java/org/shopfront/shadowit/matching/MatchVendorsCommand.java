package org.shopfront.shadowit.matching;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shopfront.shared.Command;
import org.shopfront.shared.tabular.CsvTable;
import org.shopfront.shared.tabular.CsvTable.CsvRow;
import org.shopfront.shared.tabular.FileProblem;
import org.shopfront.shared.tabular.TextFile;
import org.shopfront.shared.tabular.TextInput;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code match-vendors --input FILE --merchant COL}: names the software or cloud vendor
 * of each line of a CSV file of card or expense lines, printing one JSON object per line
 * ({@code merchant}, {@code vendor} or null, {@code category}, {@code confidence}). Runs
 * without a Spring context, with the shipped vendor directory.
 */
public final class MatchVendorsCommand implements Command {

	static final int BAD_INPUT = 2;

	static final String USAGE = "usage: match-vendors --input FILE --merchant COL";

	/** The longest record read; a longer one is a quote that never closes. */
	private static final int LONGEST_RECORD = 64 * 1024;

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	public String name() {
		return "match-vendors";
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		PrintWriter lines = new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
		try {
			Map<String, String> options = options(arguments);
			match(Path.of(options.get("--input")), options.get("--merchant"), VendorMatcher.shipped(), lines);
			return 0;
		}
		catch (FileProblem | BadArguments ex) {
			lines.flush();
			err.println("match-vendors: " + ex.getMessage());
			return BAD_INPUT;
		}
		finally {
			lines.flush();
		}
	}

	private void match(Path input, String column, VendorMatcher matcher, PrintWriter lines) {
		TextFile file = TextFile.inspect(input);
		try (TextInput text = file.open(LONGEST_RECORD); CsvTable table = CsvTable.open(file, text)) {
			int index = table.header().require(List.of(column))[0];
			for (CsvRow row = table.next(); row != null; row = table.next()) {
				if (index >= row.size()) {
					throw FileProblem.at(row.line(), column, "the row has only " + row.size() + " values");
				}
				lines.println(line(row.get(index), matcher.match(row.get(index))));
			}
		}
	}

	private String line(String merchant, Match match) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("merchant", merchant);
		line.put("vendor", match.vendorId().orElse(null));
		line.put("category", match.vendor().map((vendor) -> vendor.category().slug()).orElse(null));
		line.put("confidence", Math.round(match.confidence() * 100) / 100.0);
		return this.json.writeValueAsString(line);
	}

	private static Map<String, String> options(List<String> arguments) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < arguments.size(); i += 2) {
			String name = arguments.get(i);
			if (!name.equals("--input") && !name.equals("--merchant")) {
				throw new BadArguments("unknown option '" + name + "'\n" + USAGE);
			}
			if (i + 1 >= arguments.size()) {
				throw new BadArguments("option " + name + " needs a value\n" + USAGE);
			}
			options.put(name, arguments.get(i + 1));
		}
		if (!options.containsKey("--input") || !options.containsKey("--merchant")) {
			throw new BadArguments("--input FILE and --merchant COL are required\n" + USAGE);
		}
		return options;
	}

	/** A command line the command cannot run with. */
	private static final class BadArguments extends RuntimeException {

		BadArguments(String message) {
			super(message);
		}

	}

}
