package org.shopfront.promises.backtest;

/**
 * A problem with the command line or the input file, explained to the person who ran the
 * backtest (which row, which column, what was wrong).
 */
final class BadInput extends RuntimeException {

	private BadInput(String message) {
		super(message);
	}

	static BadInput because(String message) {
		return new BadInput(message);
	}

	static BadInput at(long line, String column, String message) {
		return new BadInput("line " + line + ", column '" + column + "': " + message);
	}

}
