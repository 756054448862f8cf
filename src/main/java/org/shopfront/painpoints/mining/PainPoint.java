package org.shopfront.painpoints.mining;

import java.util.List;

/**
 * A group of tickets about the same problem: its number (0 is the largest), a label made
 * of its most distinctive terms, how many tickets it holds, and the positions of up to
 * three representative tickets with a short excerpt of each.
 */
public record PainPoint(int id, String label, List<String> terms, int size, List<Integer> exampleTickets,
		List<String> examples) {

	public PainPoint {
		terms = List.copyOf(terms);
		exampleTickets = List.copyOf(exampleTickets);
		examples = List.copyOf(examples);
	}

}
