package org.shopfront.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopfront.ledger.ChainBreak.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walk over the chain, without a database: a whole chain passes, and each kind of
 * tampering is named at the entry where it happened.
 */
class ChainCheckTests {

	static final Instant AT = Instant.parse("2026-03-09T09:00:00Z");

	static List<LedgerEntry> chain(int length) {
		List<LedgerEntry> chain = new ArrayList<>();
		String previous = ChainHash.GENESIS;
		for (int i = 1; i <= length; i++) {
			LedgerEntry entry = LedgerEntry.seal(i, AT.plusSeconds(i),
					LedgerRecord.of("order-promise", "promise-" + i, "made", Map.of("n", i)), previous);
			chain.add(entry);
			previous = entry.hash();
		}
		return chain;
	}

	static ChainReport check(List<LedgerEntry> entries, long headSequence, String headHash) {
		ChainCheck check = new ChainCheck();
		entries.forEach(check::accept);
		return check.finish(headSequence, headHash);
	}

	static ChainReport check(List<LedgerEntry> entries) {
		LedgerEntry last = entries.get(entries.size() - 1);
		return check(entries, last.sequence(), last.hash());
	}

	@Test
	void passesAWholeChain() {
		List<LedgerEntry> chain = chain(10);
		ChainReport report = check(chain);
		assertThat(report.valid()).isTrue();
		assertThat(report.entries()).isEqualTo(10);
		assertThat(report.lastHash()).isEqualTo(chain.get(9).hash());
		assertThat(report.firstBreak()).isNull();
	}

	@Test
	void passesAnEmptyLedger() {
		assertThat(check(List.of(), 0, ChainHash.GENESIS).valid()).isTrue();
	}

	@Test
	void namesAChangedEntry() {
		List<LedgerEntry> chain = chain(10);
		LedgerEntry original = chain.get(3);
		chain.set(3, new LedgerEntry(4, original.recordedAt(), original.kind(), original.subject(), "kept",
				original.content(), original.previousHash(), original.hash()));
		assertBreak(check(chain), 4, Problem.CONTENT_CHANGED);
	}

	@Test
	void namesARewrittenEntryWhoseHashWasRecomputed() {
		List<LedgerEntry> chain = chain(10);
		LedgerEntry original = chain.get(3);
		LedgerEntry rewritten = LedgerEntry.seal(4, original.recordedAt(),
				new LedgerRecord(original.kind(), original.subject(), "kept", original.content()),
				original.previousHash());
		chain.set(3, rewritten);
		assertBreak(check(chain), 5, Problem.LINK_BROKEN);
	}

	@Test
	void namesSwappedEntries() {
		List<LedgerEntry> chain = chain(10);
		LedgerEntry fifth = chain.get(4);
		LedgerEntry sixth = chain.get(5);
		chain.set(4, sixth.withSequence(5));
		chain.set(5, fifth.withSequence(6));
		assertBreak(check(chain), 5, Problem.ORDER_SWAPPED);
	}

	@Test
	void namesAMissingEntry() {
		List<LedgerEntry> chain = chain(10);
		chain.remove(6);
		assertBreak(check(chain), 7, Problem.MISSING);
	}

	@Test
	void namesAMissingEntryWhenTheRestWasRenumbered() {
		List<LedgerEntry> chain = chain(10);
		chain.remove(6);
		for (int i = 6; i < chain.size(); i++) {
			chain.set(i, chain.get(i).withSequence(i + 1));
		}
		assertBreak(check(chain, 9, chain.get(8).hash()), 7, Problem.MISSING);
	}

	@Test
	void namesAMissingTail() {
		List<LedgerEntry> chain = chain(10);
		String headHash = chain.get(9).hash();
		chain.remove(9);
		assertBreak(check(chain, 10, headHash), 10, Problem.MISSING);
	}

	@Test
	void namesAnInsertedEntry() {
		List<LedgerEntry> chain = chain(10);
		LedgerEntry forged = LedgerEntry.seal(5, AT, LedgerRecord.of("order-promise", "forged", "kept", Map.of()),
				chain.get(3).hash());
		for (int i = 4; i < chain.size(); i++) {
			chain.set(i, chain.get(i).withSequence(i + 2));
		}
		chain.add(4, forged);
		assertBreak(check(chain), 5, Problem.INSERTED);
	}

	@Test
	void namesAnEntryAppendedBehindTheApplicationsBack() {
		List<LedgerEntry> chain = chain(10);
		LedgerEntry last = chain.get(9);
		chain.add(LedgerEntry.seal(11, AT, LedgerRecord.of("order-promise", "forged", "kept", Map.of()), last.hash()));
		assertBreak(check(chain, 10, last.hash()), 11, Problem.INSERTED);
	}

	@Test
	void countsEveryEntryEvenAfterABreak() {
		List<LedgerEntry> chain = chain(10);
		Collections.swap(chain, 0, 1);
		assertThat(check(chain).entries()).isEqualTo(10);
	}

	static void assertBreak(ChainReport report, long sequence, Problem problem) {
		assertThat(report.valid()).isFalse();
		assertThat(report.firstBreak().sequence()).as(report.firstBreak().detail()).isEqualTo(sequence);
		assertThat(report.firstBreak().problem()).as(report.firstBreak().detail()).isEqualTo(problem);
	}

}
