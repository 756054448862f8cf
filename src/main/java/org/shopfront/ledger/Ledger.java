package org.shopfront.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.shopfront.ledger.LedgerEntries.Head;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the ledger. Every append locks the chain's head row first, so appends from
 * any number of threads and application nodes happen one after the other and the chain
 * never forks; nothing here updates or deletes an entry.
 */
@Service
class Ledger {

	private final LedgerEntries entries;

	private final Clock clock;

	Ledger(LedgerEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Appends a record unless the very same record is already in the ledger (an event
	 * delivered again after a crash is recorded once).
	 */
	@Transactional
	Optional<LedgerEntry> record(LedgerRecord record) {
		Head head = this.entries.lockHead();
		if (this.entries.contains(record)) {
			return Optional.empty();
		}
		return Optional.of(append(head, List.of(record)).get(0));
	}

	/** Appends records in the order given, in one transaction. */
	@Transactional
	List<LedgerEntry> appendAll(List<LedgerRecord> records) {
		return append(this.entries.lockHead(), records);
	}

	private List<LedgerEntry> append(Head head, List<LedgerRecord> records) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<LedgerEntry> sealed = new ArrayList<>(records.size());
		long sequence = head.sequence();
		String previous = head.hash();
		for (LedgerRecord record : records) {
			LedgerEntry entry = LedgerEntry.seal(++sequence, now, record, previous);
			sealed.add(entry);
			previous = entry.hash();
		}
		this.entries.insert(sealed);
		this.entries.moveHead(new Head(sequence, previous));
		return sealed;
	}

}
