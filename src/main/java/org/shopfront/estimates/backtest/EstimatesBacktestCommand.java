package org.shopfront.estimates.backtest;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.shopfront.estimates.reference.WideningSettings;
import org.shopfront.shared.Command;
import org.shopfront.shared.tabular.FileProblem;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code estimates-backtest}: replays a file of past projects in date order as if
 * Shopfront had widened each estimate from the projects before it, and prints how often
 * the actuals of the last 30 % stayed within their widened estimates, as one JSON object.
 * Skipped rows are listed on standard error. Runs without a Spring context.
 */
public final class EstimatesBacktestCommand implements Command {

	static final int BAD_INPUT = 2;

	/** Skipped rows listed one by one before the rest are only counted. */
	static final int SKIPS_LISTED = 20;

	@Override
	public String name() {
		return "estimates-backtest";
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		try {
			BacktestOptions options = BacktestOptions.parse(arguments);
			ProjectReader.Projects projects = new ProjectReader(options).read();
			tell(projects.skipped(), err);
			WideningSettings settings = new WideningSettings(options.minimumSample(),
					WideningSettings.DEFAULTS.calibrationRate());
			Map<String, Object> figures = new Scorecard(projects.observations(), settings, options.train())
				.figures(projects.skipped().size());
			out.println(JsonMapper.builder()
				.enable(SerializationFeature.INDENT_OUTPUT)
				.build()
				.writeValueAsString(figures));
			return 0;
		}
		catch (BacktestOptions.Refused | FileProblem ex) {
			err.println(name() + ": " + ex.getMessage());
			return BAD_INPUT;
		}
	}

	private void tell(List<String> skipped, PrintStream err) {
		skipped.stream().limit(SKIPS_LISTED).forEach((why) -> err.println(name() + ": " + why));
		if (skipped.size() > SKIPS_LISTED) {
			err.println(name() + ": … and " + (skipped.size() - SKIPS_LISTED) + " more rows skipped");
		}
	}

}
