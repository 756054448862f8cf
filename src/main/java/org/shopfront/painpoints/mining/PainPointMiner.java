package org.shopfront.painpoints.mining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Finds pain points in ticket text: mail boilerplate stripped, Lucene analysis, TF-IDF
 * over unigrams and bigrams, corpus-specific boilerplate learned from a first clustering
 * and left out, spherical k-means, then a label and three representative tickets per
 * cluster. Plain Java, no Spring; deterministic for a seed.
 */
public final class PainPointMiner {

	private static final int FIRST_PASS_SAMPLE = 20_000;

	/** Enough clusters to tell a problem's words from those that are everywhere. */
	private static final int FIRST_PASS_K = 20;

	private static final int EXCERPT = 160;

	private final MiningOptions options;

	private final TextAnalysis analysis;

	public PainPointMiner(MiningOptions options) {
		this(options, new TextAnalysis(options.language()));
	}

	/** A miner that uses the given analysis, which must be of the options' language. */
	public PainPointMiner(MiningOptions options, TextAnalysis analysis) {
		if (analysis.language() != options.language()) {
			throw new IllegalArgumentException(
					"The analysis is for " + analysis.language() + ", the options for " + options.language());
		}
		this.options = options;
		this.analysis = analysis;
	}

	public MiningResult mine(List<TicketText> tickets) {
		return mine(tickets, Set.of());
	}

	/**
	 * Mines the tickets; no label holds a hidden word (lower case), such as a word of a
	 * caller's name.
	 */
	public MiningResult mine(List<TicketText> tickets, Set<String> hiddenWords) {
		if (tickets.isEmpty()) {
			throw new IllegalArgumentException("No tickets to mine");
		}
		long started = System.nanoTime();
		try (Parallel parallel = new Parallel(this.options.threads())) {
			TextAnalysis analysis = this.analysis;
			RepeatedLines repeated = RepeatedLines.learn(tickets);
			Corpus corpus = Corpus.analyse(tickets, analysis, repeated, parallel);
			LearnedBoilerplate boilerplate = learnBoilerplate(corpus, parallel);
			TfIdf.Fitted fitted = TfIdf.fit(corpus.tokens, boilerplate.dropStems, boilerplate.dropKeys,
					minDf(tickets.size()), this.options.maxFeatures(), this.options.titleWeight(), parallel);
			TfIdf tfidf = fitted.tfidf();
			SparseRows rows = fitted.rows();
			long analysed = System.nanoTime();
			int k = (this.options.k() > 0) ? this.options.k()
					: KChoice.choose(rows, this.options.minK(), this.options.maxK(), this.options.seed(), parallel);
			SphericalKMeans.Result clusters = new SphericalKMeans(k, this.options.seed(), this.options.restarts(), 50)
				.fit(rows, parallel);
			SphericalKMeans.Result bySize = largestFirst(clusters);
			PainPointLabels labels = new PainPointLabels(tickets,
					new Phrases(analysis, breaks(analysis, hiddenWords), unfitEnds(corpus, boilerplate, analysis)),
					parallel);
			List<List<String>> ranked = labels.ranked(bySize.assignments(), bySize.similarities(), bySize.k());
			int[] groups = NearDuplicates.groups(bySize, ranked);
			if (groups != null) {
				bySize = largestFirst(NearDuplicates.merge(rows, bySize, groups, parallel));
				ranked = labels.ranked(bySize.assignments(), bySize.similarities(), bySize.k());
			}
			List<PainPoint> painPoints = painPoints(tickets, bySize, labels, ranked);
			long clustered = System.nanoTime();
			PainPointModel model = new PainPointModel(analysis, repeated, corpus.stems, tfidf, bySize.centroids(),
					painPoints);
			return new MiningResult(painPoints, bySize.assignments(), model, boilerplate.phrases, tfidf.dims(),
					(analysed - started) / 1_000_000, (clustered - analysed) / 1_000_000);
		}
	}

	/**
	 * Stems no label starts or ends with: learned boilerplate, words of mail headers and
	 * dates.
	 */
	private static Set<String> unfitEnds(Corpus corpus, LearnedBoilerplate boilerplate, TextAnalysis analysis) {
		Set<String> stems = new HashSet<>();
		for (int s = 0; s < corpus.stems.length; s++) {
			if (boilerplate.dropStems[s]) {
				stems.add(corpus.stems[s]);
			}
		}
		for (String word : analysis.language().headerWords()) {
			stems.add(analysis.stem(word));
		}
		return stems;
	}

	/**
	 * Words no label holds: hidden ones, greetings and closings, mail headers and dates.
	 */
	private static Set<String> breaks(TextAnalysis analysis, Set<String> hiddenWords) {
		Set<String> words = new HashSet<>(hiddenWords);
		words.addAll(analysis.language().mailWords());
		words.addAll(analysis.language().headerWords());
		return words;
	}

	/**
	 * The option, but no more than one in a thousand tickets (at least 2; 1 for tiny
	 * sets).
	 */
	private int minDf(int tickets) {
		return (tickets < 50) ? 1 : Math.max(2, Math.min(this.options.minDf(), tickets / 1000));
	}

	/** A first clustering of (a sample of) the tickets, to learn what is everywhere. */
	private LearnedBoilerplate learnBoilerplate(Corpus corpus, Parallel parallel) {
		int n = corpus.size();
		if (n < 100) {
			return LearnedBoilerplate.none(corpus.stems.length);
		}
		int[][] tokens = corpus.tokens;
		if (n > FIRST_PASS_SAMPLE) {
			tokens = new int[FIRST_PASS_SAMPLE][];
			for (int i = 0; i < FIRST_PASS_SAMPLE; i++) {
				tokens[i] = corpus.tokens[(int) ((long) i * n / FIRST_PASS_SAMPLE)];
			}
		}
		TfIdf.Fitted fitted = TfIdf.fit(tokens, new boolean[corpus.stems.length], new LongIntMap(1), minDf(n),
				this.options.maxFeatures(), this.options.titleWeight(), parallel);
		SparseRows rows = fitted.rows();
		int k = FIRST_PASS_K;
		SphericalKMeans.Result first = new SphericalKMeans(k, this.options.seed(), 1, 10).fit(rows, parallel);
		return LearnedBoilerplate.learn(rows, fitted.tfidf(), first.assignments(), first.k(), corpus);
	}

	/** The same clustering with cluster 0 the largest (ties by first ticket). */
	private static SphericalKMeans.Result largestFirst(SphericalKMeans.Result result) {
		int k = result.k();
		int[] sizes = new int[k];
		for (int c : result.assignments()) {
			sizes[c]++;
		}
		Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingInt((Integer c) -> -sizes[c]).thenComparingInt((c) -> c));
		int[] rank = new int[k];
		for (int r = 0; r < k; r++) {
			rank[order[r]] = r;
		}
		int[] assignments = Arrays.stream(result.assignments()).map((c) -> rank[c]).toArray();
		float[] centroids = new float[result.centroids().length];
		for (int f = 0; f < centroids.length / k; f++) {
			for (int c = 0; c < k; c++) {
				centroids[f * k + rank[c]] = result.centroids()[f * k + c];
			}
		}
		return new SphericalKMeans.Result(k, assignments, result.similarities(), centroids, result.objective());
	}

	private static List<PainPoint> painPoints(List<TicketText> tickets, SphericalKMeans.Result clusters,
			PainPointLabels labels, List<List<String>> phrases) {
		List<String> chosen = PainPointLabels.unique(phrases);
		int k = clusters.k();
		int[] sizes = new int[k];
		List<List<Integer>> members = new ArrayList<>();
		for (int c = 0; c < k; c++) {
			members.add(new ArrayList<>());
		}
		int[] assignments = clusters.assignments();
		for (int i = 0; i < assignments.length; i++) {
			sizes[assignments[i]]++;
			members.get(assignments[i]).add(i);
		}
		float[] similarities = clusters.similarities();
		List<PainPoint> painPoints = new ArrayList<>();
		for (int c = 0; c < k; c++) {
			List<Integer> ranked = new ArrayList<>(members.get(c));
			ranked.sort(Comparator.comparingDouble((Integer i) -> -similarities[i]).thenComparingInt((i) -> i));
			List<Integer> exampleTickets = new ArrayList<>();
			List<String> examples = new ArrayList<>();
			for (int i : ranked) {
				String excerpt = excerpt(tickets.get(i));
				if (!excerpt.isEmpty() && !examples.contains(excerpt)) {
					exampleTickets.add(i);
					examples.add(excerpt);
				}
				if (examples.size() == 3) {
					break;
				}
			}
			String phrase = chosen.get(c);
			String label = (phrase != null) ? labels.written(c, phrase) : "#" + (c + 1);
			List<String> terms = new ArrayList<>();
			if (phrase != null) {
				terms.add(phrase);
			}
			phrases.get(c).stream().filter((p) -> !p.equals(phrase)).limit(2).forEach(terms::add);
			painPoints.add(new PainPoint(c, label, terms, sizes[c], exampleTickets, examples));
		}
		return painPoints;
	}

	private static String excerpt(TicketText ticket) {
		String text = String.join(" | ", ticket.fields().stream().filter((f) -> f != null && !f.isBlank()).toList())
			.replaceAll("\\s+", " ")
			.strip();
		return (text.length() <= EXCERPT) ? text : text.substring(0, EXCERPT - 1) + "\u2026";
	}

}
