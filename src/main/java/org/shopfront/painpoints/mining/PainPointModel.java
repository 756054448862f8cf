package org.shopfront.painpoints.mining;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

	private final String[] stems;

	private final TfIdf tfidf;

	private final float[] centroids;

	private final List<PainPoint> painPoints;

	PainPointModel(TextAnalysis analysis, RepeatedLines repeatedLines, String[] stems, TfIdf tfidf, float[] centroids,
			List<PainPoint> painPoints) {
		this.analysis = analysis;
		this.repeatedLines = repeatedLines;
		this.stems = stems;
		Map<String, Integer> stemIds = new HashMap<>(stems.length * 2);
		for (int i = 0; i < stems.length; i++) {
			stemIds.put(stems[i], i);
		}
		this.stemIds = stemIds;
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

	/**
	 * The heaviest features of a pain point's centroid, named as {@link TicketFeatures}
	 * names them, each weighing its centroid value times its IDF: the sum over a ticket's
	 * features of {@code (1 + ln count)} times these weights ranks the pain points as
	 * {@link #assign} does, since the ticket's own length is the same for each.
	 */
	public Map<String, Float> weights(int painPoint, int limit) {
		int k = this.painPoints.size();
		List<Integer> features = new ArrayList<>();
		for (int f = 0; f < this.tfidf.dims(); f++) {
			if (weight(f, painPoint, k) > 0) {
				features.add(f);
			}
		}
		features.sort(Comparator.comparingDouble((Integer f) -> -weight(f, painPoint, k)).thenComparingInt((f) -> f));
		Map<String, Float> weights = new HashMap<>();
		for (int f : features.subList(0, Math.min(limit, features.size()))) {
			weights.put(name(this.tfidf.keys[f]), weight(f, painPoint, k));
		}
		return weights;
	}

	private float weight(int feature, int painPoint, int k) {
		return this.centroids[feature * k + painPoint] * this.tfidf.idf(feature);
	}

	private String name(long key) {
		return TfIdf.isBigram(key) ? this.stems[TfIdf.first(key)] + " " + this.stems[TfIdf.second(key)]
				: this.stems[(int) key];
	}

	/** The stems left out of every ticket as boilerplate of this corpus. */
	public Set<String> droppedStems() {
		Set<String> dropped = new HashSet<>();
		for (int s = 0; s < this.stems.length; s++) {
			if (this.tfidf.dropped(s)) {
				dropped.add(this.stems[s]);
			}
		}
		return dropped;
	}

	/** How many times a title word counts. */
	public float titleWeight() {
		return this.tfidf.titleWeight();
	}

	/** The pain point a ticket was assigned to and its cosine similarity to it (0..1). */
	public record Assignment(PainPoint painPoint, double similarity) {
	}

}
