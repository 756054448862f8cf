package org.shopfront.painpoints.mining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names each pain point with a phrase taken from its tickets (see {@link Phrases}): the
 * phrase whose share of the pain point's tickets most exceeds its share of all tickets,
 * p(t|c) log(p(t|c) / p(t)) over the tickets that hold it (class-based TF-IDF), found in
 * at least {@value #MIN_TICKETS} of them, ahead when it stands in titles. As in the
 * C-value of term extraction, a phrase counts by the tickets that hold it beyond its
 * longer phrases (on average), so a complete phrase wins over a fragment ("laptop takes"
 * gives way to "laptop takes ages to start"); and a phrase gives way to a longer one that
 * holds it and is nearly as frequent. Only the {@value #SAMPLE} tickets nearest to each
 * centroid are read, and of a body its first {@value #BODY_WORDS} words, which keeps
 * labelling fast on any corpus; the phrases are those of the pain point's core.
 */
final class PainPointLabels {

	static final int MIN_TICKETS = 3;

	static final int SAMPLE = 300;

	static final int BODY_WORDS = 80;

	/** How much more a phrase that stands in every title weighs than one in none. */
	private static final double TITLES = 2;

	/** Phrases kept per pain point, for a label that is already taken. */
	private static final int RANKED = 10;

	/** How frequent a longer phrase must be, against the one it holds, to replace it. */
	private static final double LONGER = 0.7;

	private final List<TicketText> tickets;

	private final Phrases phrases;

	/**
	 * By ticket, once read: the ids of its phrases, sorted, and of those in its title;
	 * kept for the labels of merged pain points.
	 */
	private final int[][] inTickets;

	private final int[][] inTitles;

	/** The ids of the phrases ranked so far. */
	private final Map<String, Integer> ids = new HashMap<>();

	private List<int[]> samples = List.of();

	PainPointLabels(List<TicketText> tickets, Phrases phrases) {
		this.tickets = tickets;
		this.phrases = phrases;
		this.inTickets = new int[tickets.size()][];
		this.inTitles = new int[tickets.size()][];
	}

	/** Each cluster's phrases, best first (none for a cluster without one). */
	List<List<String>> ranked(int[] clusters, float[] similarities, int k) {
		this.samples = sample(clusters, similarities, k);
		int total = 0;
		for (int[] sample : this.samples) {
			for (int i : sample) {
				read(i);
			}
			total += sample.length;
		}
		int[] overall = new int[this.phrases.ids()];
		for (int[] sample : this.samples) {
			for (int i : sample) {
				for (int id : this.inTickets[i]) {
					overall[id]++;
				}
			}
		}
		int[] inCluster = new int[overall.length];
		int[] inTitle = new int[overall.length];
		IntList seen = new IntList();
		List<List<String>> ranked = new ArrayList<>();
		for (int[] sample : this.samples) {
			for (int i : sample) {
				for (int id : this.inTickets[i]) {
					if (inCluster[id]++ == 0) {
						seen.add(id);
					}
				}
				for (int id : this.inTitles[i]) {
					inTitle[id]++;
				}
			}
			Map<String, int[]> counts = new HashMap<>();
			for (int s = 0; s < seen.size(); s++) {
				int id = seen.get(s);
				if (inCluster[id] >= MIN_TICKETS) {
					String phrase = this.phrases.phrase(id);
					this.ids.put(phrase, id);
					counts.put(phrase, new int[] { inCluster[id], inTitle[id], overall[id] });
				}
				inCluster[id] = 0;
				inTitle[id] = 0;
			}
			seen.clear();
			ranked.add(rank(counts, sample.length, total));
		}
		return ranked;
	}

	/**
	 * One label per cluster: in order (the largest first), each takes its best phrase
	 * that no cluster before it took; null for a cluster left without one.
	 */
	static List<String> unique(List<List<String>> ranked) {
		Set<String> taken = new HashSet<>();
		List<String> chosen = new ArrayList<>();
		for (List<String> phrases : ranked) {
			String label = phrases.stream().filter((p) -> !taken.contains(p)).findFirst().orElse(null);
			taken.add(label);
			chosen.add(label);
		}
		return chosen;
	}

	/**
	 * The phrase as most of the cluster's tickets write it, its first letter upper case.
	 */
	String written(int cluster, String phrase) {
		Map<String, Integer> forms = new HashMap<>();
		int id = this.ids.get(phrase);
		for (int i : this.samples.get(cluster)) {
			if (Arrays.binarySearch(this.inTickets[i], id) < 0) {
				continue;
			}
			List<String> fields = this.tickets.get(i).fields();
			for (int f = 0; f < fields.size(); f++) {
				String form = this.phrases.written(fields.get(f), phrase, (f == 0) ? Integer.MAX_VALUE : BODY_WORDS);
				if (form != null) {
					forms.merge(form, 1, Integer::sum);
					break;
				}
			}
		}
		String form = forms.entrySet()
			.stream()
			.max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.orElse(phrase);
		return form.substring(0, 1).toUpperCase(Locale.ROOT) + form.substring(1);
	}

	/**
	 * Keeps the ids of the ticket's phrases: those of its title and of the first
	 * {@value #BODY_WORDS} words of each other field, each once.
	 */
	private void read(int ticket) {
		if (this.inTickets[ticket] != null) {
			return;
		}
		IntList title = new IntList();
		IntList all = new IntList();
		List<String> fields = this.tickets.get(ticket).fields();
		for (int f = 0; f < fields.size(); f++) {
			this.phrases.of(fields.get(f), (f == 0) ? Integer.MAX_VALUE : BODY_WORDS, (f == 0) ? title::add : all::add);
		}
		this.inTitles[ticket] = distinct(title.toArray());
		for (int id : this.inTitles[ticket]) {
			all.add(id);
		}
		this.inTickets[ticket] = distinct(all.toArray());
	}

	private static int[] distinct(int[] ids) {
		Arrays.sort(ids);
		int size = 0;
		for (int i = 0; i < ids.length; i++) {
			if (size == 0 || ids[size - 1] != ids[i]) {
				ids[size++] = ids[i];
			}
		}
		return Arrays.copyOf(ids, size);
	}

	/**
	 * The cluster's phrases, best first.
	 * @param counts for each phrase in at least {@value #MIN_TICKETS} of the cluster's
	 * tickets: in how many, how many of them in the title, in how many of all the tickets
	 * sampled
	 */
	private static List<String> rank(Map<String, int[]> counts, int size, int total) {
		Map<String, double[]> containers = containers(counts);
		Map<String, Double> scores = new HashMap<>();
		counts.forEach((phrase, count) -> {
			double inCluster = (double) count[0] / size;
			double everywhere = (double) count[2] / total;
			double[] longer = containers.get(phrase);
			double alone = count[0] - ((longer != null) ? longer[0] / longer[1] : 0);
			if (inCluster > everywhere && alone > 0) {
				double score = alone / size * Math.log(inCluster / everywhere) * (1 + TITLES * count[1] / count[0]);
				scores.put(phrase, score);
			}
		});
		List<String> byScore = scores.keySet()
			.stream()
			.sorted(Comparator.comparingDouble((String p) -> -scores.get(p)).thenComparing(Comparator.naturalOrder()))
			.toList();
		List<String> ranked = new ArrayList<>();
		for (String phrase : byScore) {
			String best = longer(phrase, byScore, counts);
			if (!ranked.contains(best)) {
				ranked.add(best);
			}
			if (ranked.size() == RANKED) {
				break;
			}
		}
		return ranked;
	}

	/**
	 * For each phrase, the summed count of the longer phrases that hold it and their
	 * number.
	 */
	private static Map<String, double[]> containers(Map<String, int[]> counts) {
		Map<String, double[]> containers = new HashMap<>();
		counts.forEach((phrase, count) -> {
			String[] words = phrase.split(" ");
			for (int from = 0; from < words.length; from++) {
				for (int to = from + Phrases.MIN_WORDS; to <= words.length; to++) {
					String inside = String.join(" ", Arrays.asList(words).subList(from, to));
					if (to - from < words.length && counts.containsKey(inside)) {
						double[] sum = containers.computeIfAbsent(inside, (p) -> new double[2]);
						sum[0] += count[0];
						sum[1]++;
					}
				}
			}
		});
		return containers;
	}

	/**
	 * The most frequent longer phrase that holds this one and is nearly as frequent (of
	 * two as frequent, the longer).
	 */
	private static String longer(String phrase, List<String> candidates, Map<String, int[]> counts) {
		String best = phrase;
		String inside = " " + phrase + " ";
		int needed = (int) Math.ceil(LONGER * counts.get(phrase)[0]);
		for (String candidate : candidates) {
			if (candidate.length() > phrase.length() && (" " + candidate + " ").contains(inside)
					&& counts.get(candidate)[0] >= needed
					&& (best == phrase || counts.get(candidate)[0] > counts.get(best)[0]
							|| counts.get(candidate)[0] == counts.get(best)[0] && candidate.length() > best.length())) {
				best = candidate;
			}
		}
		return best;
	}

	/** Up to {@value #SAMPLE} tickets of each cluster, the nearest to its centroid. */
	private static List<int[]> sample(int[] clusters, float[] similarities, int k) {
		List<List<Integer>> members = new ArrayList<>();
		for (int c = 0; c < k; c++) {
			members.add(new ArrayList<>());
		}
		for (int i = 0; i < clusters.length; i++) {
			members.get(clusters[i]).add(i);
		}
		List<int[]> samples = new ArrayList<>();
		for (List<Integer> cluster : members) {
			samples.add(cluster.stream()
				.sorted(Comparator.comparingDouble((Integer i) -> -similarities[i]).thenComparingInt((i) -> i))
				.limit(SAMPLE)
				.mapToInt(Integer::intValue)
				.toArray());
		}
		return samples;
	}

}
