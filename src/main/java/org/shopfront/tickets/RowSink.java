package org.shopfront.tickets;

import java.util.List;

/** Receives the rows of a file one by one, each either a ticket or its rejections. */
interface RowSink {

	/**
	 * @param ticket the ticket read, or {@code null} when the row was rejected
	 * @param rejections why the row was rejected; empty when it was kept
	 */
	void row(Ticket ticket, List<Rejection> rejections);

}
