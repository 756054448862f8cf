package org.shopfront.tickets;

import java.util.List;

import org.shopfront.imports.ImportDescription;
import org.shopfront.imports.ImportRunId;
import org.shopfront.imports.Importing;

import org.springframework.stereotype.Service;

/**
 * Stores tickets that code hands over, already read and checked: the API's pushes and the
 * demo's made-up service desk. All or nothing, in one transaction that also records the
 * import run and announces the tickets ({@link TicketsImported}).
 */
@Service
public class TicketIntake {

	private final Importing importing;

	private final TicketImports targets;

	TicketIntake(Importing importing, TicketImports targets) {
		this.importing = importing;
		this.targets = targets;
	}

	/**
	 * Stores the tickets (a ticket known under the same source and number is replaced) as
	 * one import run of the given source.
	 */
	public ImportRunId store(String source, List<Ticket> tickets, String storedBy) {
		return this.importing.storeAll(this.targets.of(source, null),
				new ImportDescription(source, TicketFormat.API.name(), null, null, storedBy), tickets);
	}

}
