package org.shopfront.promises.backtest;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;

import org.shopfront.promises.BusinessCalendar;
import org.shopfront.promises.ForecastSettings;
import org.shopfront.shared.Command;
import org.shopfront.shared.tabular.FileProblem;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code backtest}: replays a service-desk history through the forecaster and prints how
 * well its promises and warnings would have held, as one JSON object. Runs without a
 * Spring context.
 */
public final class BacktestCommand implements Command {

	static final double[] LEVELS = { 0.5, 0.7, 0.85, 0.95 };

	static final int BAD_INPUT = 2;

	@Override
	public String name() {
		return "backtest";
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		try {
			out.println(json(figures(BacktestOptions.parse(arguments))));
			return 0;
		}
		catch (BadInput | FileProblem ex) {
			err.println("backtest: " + ex.getMessage());
			return BAD_INPUT;
		}
	}

	Map<String, Object> figures(BacktestOptions options) {
		BusinessCalendar calendar = BusinessCalendar.weekdays(ZoneId.of("Europe/Berlin"));
		List<Ticket> tickets = new TicketReader(options, calendar.zone()).read();
		double[] levels = levels(options.confidence());
		int main = indexOf(levels, options.confidence());
		ForecastSettings settings = new ForecastSettings(ForecastSettings.DEFAULTS.minimumSample(),
				Duration.ofDays(options.windowDays()), ForecastSettings.DEFAULTS.calibrationRate(),
				ForecastSettings.DEFAULTS.calibrateBySegment());
		Replay replay = new Replay(calendar, settings, levels, main, options.riskThreshold());
		List<Outcome> scored = replay.run(tickets, options.train());
		return new Scorecard(scored, levels, main, calendar).figures(tickets.size());
	}

	private static double[] levels(double confidence) {
		return DoubleStream.concat(DoubleStream.of(LEVELS), DoubleStream.of(confidence)).distinct().toArray();
	}

	private static int indexOf(double[] levels, double confidence) {
		for (int i = 0; i < levels.length; i++) {
			if (levels[i] == confidence) {
				return i;
			}
		}
		throw new IllegalStateException("confidence " + confidence + " is not among the levels");
	}

	private static String json(Map<String, Object> figures) {
		return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(figures);
	}

}
