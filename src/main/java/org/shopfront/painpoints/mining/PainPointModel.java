package org.shopfront.painpoints.mining;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a mining run learned, kept to place new tickets as they arrive: the words and
 * their weights, the boilerplate to ignore and the centroid of each pain point. A new
 * ticket goes to the pain point of highest cosine similarity; a ticket with no known term
 * goes nowhere. Safe for use by many threads.
 */
public final class PainPointModel {

	private final TextAnalysis analysis;

	private final RepeatedLines repeatedLines;

	private final Map<String, Integer> stemIds;

	private final TfIdf tfidf;

	private final float[] centroids;

	private final List<PainPoint> painPoints;

	PainPointModel(TextAnalysis analysis, RepeatedLines repeatedLines, Map<String, Integer> stemIds, TfIdf tfidf,
			float[] centroids, List<PainPoint> painPoints) {
		this.analysis = analysis;
		this.repeatedLines = repeatedLines;
		this.stemIds = Map.copyOf(stemIds);
		this.tfidf = tfidf;
		this.centroids = centroids;
		this.painPoints = List.copyOf(painPoints);
	}

	public List<PainPoint> painPoints() {
		return this.painPoints;
	}

	/** The pain point nearest to the ticket, or empty when it shares no term with any. */
	public Optional<Assignment> assign(TicketText ticket) {
		IntList tokens = new IntList();
		List<String> fields = ticket.fields();
		for (int f = 0; f < fields.size(); f++) {
			if (f > 0) {
				tokens.add(Corpus.FIELD_BREAK);
			}
			String text = MailBoilerplate.strip(this.repeatedLines.strip(fields.get(f)));
			this.analysis.words(text, (word) -> {
				Integer id = this.stemIds.get(this.analysis.stem(word));
				if (id != null) {
					tokens.add(id);
				}
			});
		}
		SparseRows row = this.tfidf.transformOne(tokens.toArray());
		if (row.cols()[0].length == 0) {
			return Optional.empty();
		}
		int k = this.painPoints.size();
		float[] scores = new float[k];
		int best = SphericalKMeans.nearest(row.cols()[0], row.vals()[0], this.centroids, k, scores);
		return (scores[best] > 0) ? Optional.of(new Assignment(this.painPoints.get(best), scores[best]))
				: Optional.empty();
	}

	/** The pain point a ticket was assigned to and its cosine similarity to it (0..1). */
	public record Assignment(PainPoint painPoint, double similarity) {
	}

}
