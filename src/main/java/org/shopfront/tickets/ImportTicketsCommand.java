package org.shopfront.tickets;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.shopfront.ShopfrontApplication;
import org.shopfront.imports.ImportLog;
import org.shopfront.imports.ImportRun;
import org.shopfront.imports.ImportRunId;
import org.shopfront.imports.ImportStatus;
import org.shopfront.shared.Command;
import org.shopfront.shared.InvalidInput;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import-tickets --file FILE [--format servicenow|jira|jsonl] [--source NAME]}:
 * imports a file into the configured database through the same service as the import
 * page, and prints one JSON object with the counts and the time taken. Used by
 * {@code bench/import.sh}; Spring options ({@code --spring.…}) may follow.
 */
public final class ImportTicketsCommand implements Command {

	@Override
	public String name() {
		return "import-tickets";
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		String file = option(arguments, "--file", null);
		String format = option(arguments, "--format", "servicenow");
		String source = option(arguments, "--source", "ServiceNow");
		if (file == null || !Files.isReadable(Path.of(file))) {
			err.println("import-tickets: --file must name a readable file");
			return 2;
		}
		TicketFormat chosen = switch (format.toLowerCase(Locale.ROOT)) {
			case "servicenow" -> TicketFormat.SERVICENOW;
			case "jira" -> TicketFormat.JIRA;
			case "jsonl" -> TicketFormat.JSON_LINES;
			default -> null;
		};
		if (chosen == null) {
			err.println("import-tickets: --format must be servicenow, jira or jsonl");
			return 2;
		}
		String[] spring = arguments.stream().filter(a -> a.startsWith("--spring.")).toArray(String[]::new);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ShopfrontApplication.class)
			.web(WebApplicationType.NONE)
			.run(spring)) {
			ImportingTickets importing = context.getBean(ImportingTickets.class);
			long start = System.nanoTime();
			ImportRunId id = importing.importNow(
					new ImportRequest(chosen, null, source, Path.of(file).getFileName().toString()), Path.of(file),
					"import-tickets");
			double seconds = (System.nanoTime() - start) / 1e9;
			ImportRun run = context.getBean(ImportLog.class).find(id).orElseThrow();
			out.printf(Locale.ROOT,
					"{\"file\":\"%s\",\"status\":\"%s\",\"rows\":%d,\"imported\":%d,\"rejected\":%d,"
							+ "\"tickets\":%d,\"seconds\":%.2f,\"rowsPerSecond\":%.0f}%n",
					file.replace("\\", "\\\\").replace("\"", "\\\""), run.status(), run.rowsRead(), run.rowsImported(),
					run.rowsRejected(), context.getBean(TicketTexts.class).count(), seconds, run.rowsRead() / seconds);
			return (run.status() == ImportStatus.DONE) ? 0 : 1;
		}
		catch (InvalidInput ex) {
			err.println("import-tickets: the file was refused (" + ex.messageKey() + ")");
			return 2;
		}
	}

	private static String option(List<String> arguments, String name, String fallback) {
		int index = arguments.indexOf(name);
		return (index >= 0 && index + 1 < arguments.size()) ? arguments.get(index + 1) : fallback;
	}

}
