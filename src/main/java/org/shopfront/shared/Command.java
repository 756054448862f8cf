package org.shopfront.shared;

import java.io.PrintStream;
import java.util.List;

/**
 * A command run from the packaged jar instead of the web application, such as
 * {@code java -jar target/shopfront.jar backtest --input FILE}. Implementations are
 * listed in {@code META-INF/services/org.shopfront.shared.Command} and must have a public
 * no-arg constructor; a command that needs the database starts its own Spring context.
 */
public interface Command {

	/** The first word on the command line that selects this command. */
	String name();

	/**
	 * Runs the command.
	 * @param arguments the words after the command name
	 * @param out where the result goes (for most commands one JSON object)
	 * @param err where problems with the input are explained to the person who ran it
	 * @return the process exit code: 0 on success
	 */
	int run(List<String> arguments, PrintStream out, PrintStream err);

}
