package org.shopfront.shadowit;

import org.shopfront.shared.NotFound;

/** The reader neither works in IT nor heads a unit: there is no board for them. */
final class NoShadowBoard extends NotFound {

	private NoShadowBoard() {
		super("error.shadowBoard.notFound", "board");
	}

	static NoShadowBoard forReader() {
		return new NoShadowBoard();
	}

}
