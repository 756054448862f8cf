package org.shopfront.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import org.shopfront.ledger.LedgerEntries.Head;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole ledger, for the admin page and {@code verify-ledger}, and writes it out
 * as JSON lines. Each walk reads one snapshot (repeatable read), so appends made
 * meanwhile neither break the walk nor show up half.
 */
@Service
class VerifyingLedger {

	private final LedgerEntries entries;

	VerifyingLedger(LedgerEntries entries) {
		this.entries = entries;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	ChainReport verify() {
		Head head = this.entries.head();
		try (ChainWalk walk = new ChainWalk()) {
			this.entries.forEach(walk::accept);
			return walk.finish(head.sequence(), head.hash());
		}
	}

	/**
	 * One line per entry with both hashes (see docs/ledger.md for checking it elsewhere).
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	void export(OutputStream out) {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		this.entries.forEach(entry -> {
			try {
				writer.write(entry.exportLine());
				writer.write('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		try {
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
