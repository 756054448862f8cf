package org.shopfront.promises.backtest;

/**
 * A problem with the command line, or a file without tickets, explained to the person who
 * ran the backtest; problems at a line and column of the file are
 * {@link org.shopfront.shared.tabular.FileProblem}s.
 */
final class BadInput extends RuntimeException {

	private BadInput(String message) {
		super(message);
	}

	static BadInput because(String message) {
		return new BadInput(message);
	}

}
