package org.shopfront.shadowit.matching;

/**
 * Why a vendor directory is refused: which vendor (and line of the file, when it comes
 * from one) and what is wrong, in words a person editing the directory can act on.
 */
public final class DirectoryProblem extends RuntimeException {

	private DirectoryProblem(String message) {
		super(message);
	}

	static DirectoryProblem at(String where, String message) {
		return new DirectoryProblem(where + ": " + message);
	}

}
