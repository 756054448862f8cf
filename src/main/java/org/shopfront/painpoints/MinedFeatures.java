package org.shopfront.painpoints;

import java.util.Arrays;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

import org.shopfront.painpoints.mining.MiningOptions;
import org.shopfront.painpoints.mining.TextAnalysis;
import org.shopfront.painpoints.mining.TicketFeatures;

/**
 * How a mining run counted a ticket's features, stored with the run so that every node
 * places a new ticket as the miner saw its twin: the stems it learned as boilerplate of
 * the corpus and how much a title word counts.
 */
record MinedFeatures(Set<String> droppedStems, float titleWeight) {

	/** Longest stored list of stems. */
	static final int MAX_LENGTH = 20_000;

	MinedFeatures {
		droppedStems = Set.copyOf(droppedStems);
	}

	/**
	 * A run stored before runs kept their features: no stem dropped, the default weight.
	 */
	static MinedFeatures unknown() {
		return new MinedFeatures(Set.of(), MiningOptions.defaults().titleWeight());
	}

	/**
	 * The stems separated by spaces (stems hold none), in order, cut to fit the column.
	 */
	String encodeStems() {
		StringJoiner joined = new StringJoiner(" ");
		for (String stem : new TreeSet<>(this.droppedStems)) {
			if (joined.length() + stem.length() + 1 > MAX_LENGTH) {
				break;
			}
			joined.add(stem);
		}
		return joined.toString();
	}

	static MinedFeatures decode(String stems, Float titleWeight) {
		if (titleWeight == null) {
			return unknown();
		}
		return new MinedFeatures(
				(stems == null || stems.isEmpty()) ? Set.of() : Set.copyOf(Arrays.asList(stems.split(" "))),
				titleWeight);
	}

	TicketFeatures counting(TextAnalysis analysis) {
		return new TicketFeatures(analysis, this.droppedStems, this.titleWeight);
	}

}
