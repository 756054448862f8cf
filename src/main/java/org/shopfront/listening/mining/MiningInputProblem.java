package org.shopfront.listening.mining;

import java.nio.file.Path;
import java.util.List;

/** A ticket file that cannot be mined, with a message for the person who gave it. */
public final class MiningInputProblem extends RuntimeException {

	private MiningInputProblem(String message) {
		super(message);
	}

	static MiningInputProblem unreadable(Path file, String reason) {
		return new MiningInputProblem("Cannot read " + file + ": " + reason);
	}

	static MiningInputProblem notText(Path file) {
		return new MiningInputProblem(file + " is not a text file (CSV or JSON lines); it holds binary data");
	}

	static MiningInputProblem empty(Path file) {
		return new MiningInputProblem(file + " is empty: no header row");
	}

	static MiningInputProblem unknownColumns(Path file, List<String> unknown, List<String> known) {
		return new MiningInputProblem("Unknown column(s) " + String.join(", ", unknown) + " in " + file
				+ "; the file has: " + String.join(", ", known));
	}

	static MiningInputProblem badLine(Path file, long line, String reason) {
		return new MiningInputProblem(file + " line " + line + " is not valid JSON: " + reason);
	}

}
