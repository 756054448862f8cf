package org.shopfront.painpoints.mining;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A ticket's features as the miner counts them, by name, so that tickets can be placed
 * after the run without its memory: the stems of its words ({@code printer}) and the
 * pairs of neighbouring stems in one field ({@code printer jam}), stems learned as
 * boilerplate left out before pairs are formed, mail headers stripped, a title word
 * counting {@code titleWeight} times. Safe for use by many threads.
 */
public final class TicketFeatures {

	private final TextAnalysis analysis;

	private final Set<String> droppedStems;

	private final float titleWeight;

	public TicketFeatures(TextAnalysis analysis, Set<String> droppedStems, float titleWeight) {
		this.analysis = analysis;
		this.droppedStems = Set.copyOf(droppedStems);
		this.titleWeight = titleWeight;
	}

	/** Each feature of the ticket and how often it occurs (title-weighted). */
	public Map<String, Float> of(TicketText ticket) {
		Map<String, Float> counts = new HashMap<>();
		List<String> fields = ticket.fields();
		for (int f = 0; f < fields.size(); f++) {
			float weight = (f == 0) ? this.titleWeight : 1;
			String[] previous = { null };
			this.analysis.words(MailBoilerplate.strip(fields.get(f)), (word) -> {
				String stem = this.analysis.stem(word);
				if (this.droppedStems.contains(stem)) {
					return;
				}
				counts.merge(stem, weight, Float::sum);
				if (previous[0] != null && !previous[0].equals(stem)) {
					counts.merge(previous[0] + " " + stem, weight, Float::sum);
				}
				previous[0] = stem;
			});
		}
		return counts;
	}

}
