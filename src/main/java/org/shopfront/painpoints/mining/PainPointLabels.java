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
 * Names each pain point with a phrase taken from its tickets (see {@link Phrases}), found
 * in at least {@value #MIN_TICKETS} of them and ranked by {@link PhraseRanking}. Only the
 * {@value #SAMPLE} tickets nearest to each centroid are read, and of a body its first
 * {@value #BODY_WORDS} words, which keeps labelling fast on any corpus; the phrases are
 * those of the pain point's core. Each ticket is read once, into the ids of its phrases,
 * which the labels of merged pain points count again.
 */
final class PainPointLabels {

	static final int MIN_TICKETS = 3;

	static final int SAMPLE = 300;

	static final int BODY_WORDS = 80;

	private final List<TicketText> tickets;

	private final Phrases phrases;

	/** Reads tickets into the runs of their words. */
	private final Parallel parallel;

	/**
	 * By ticket, once read: the ids of its phrases, sorted, and of those in its title;
	 * kept for the labels of merged pain points.
	 */
	private final int[][] inTickets;

	private final int[][] inTitles;

	/** The ids of the phrases ranked so far. */
	private final Map<String, Integer> ids = new HashMap<>();

	private List<int[]> samples = List.of();

	PainPointLabels(List<TicketText> tickets, Phrases phrases, Parallel parallel) {
		this.tickets = tickets;
		this.phrases = phrases;
		this.parallel = parallel;
		this.inTickets = new int[tickets.size()][];
		this.inTitles = new int[tickets.size()][];
	}

	/** Each cluster's phrases, best first (none for a cluster without one). */
	List<List<String>> ranked(int[] clusters, float[] similarities, int k) {
		this.samples = sample(clusters, similarities, k);
		int total = 0;
		IntList unread = new IntList();
		for (int[] sample : this.samples) {
			for (int i : sample) {
				if (this.inTickets[i] == null) {
					unread.add(i);
				}
			}
			total += sample.length;
		}
		read(unread.toArray());
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
		PhraseRanking ranking = new PhraseRanking(this.phrases, overall.length);
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
			IntList candidates = new IntList();
			for (int s = 0; s < seen.size(); s++) {
				if (inCluster[seen.get(s)] >= MIN_TICKETS) {
					candidates.add(seen.get(s));
				}
			}
			ranked.add(ranking.rank(candidates, inCluster, inTitle, overall, sample.length, total, this.ids));
			for (int s = 0; s < seen.size(); s++) {
				inCluster[seen.get(s)] = 0;
				inTitle[seen.get(s)] = 0;
			}
			seen.clear();
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
	private void read(int[] tickets) {
		List<List<List<String>>> split = new ArrayList<>(tickets.length);
		for (int t = 0; t < tickets.length; t++) {
			split.add(null);
		}
		this.parallel.forParts(tickets.length, (part, from, to) -> {
			for (int t = from; t < to; t++) {
				List<String> fields = this.tickets.get(tickets[t]).fields();
				List<List<String>> runs = new ArrayList<>(fields.size());
				for (int f = 0; f < fields.size(); f++) {
					runs.add(this.phrases.split(fields.get(f), (f == 0) ? Integer.MAX_VALUE : BODY_WORDS));
				}
				split.set(t, runs);
			}
		});
		for (int t = 0; t < tickets.length; t++) {
			IntList title = new IntList();
			IntList all = new IntList();
			List<List<String>> fields = split.get(t);
			for (int f = 0; f < fields.size(); f++) {
				this.phrases.of(fields.get(f), (f == 0) ? title::add : all::add);
			}
			this.inTitles[tickets[t]] = distinct(title.toArray());
			for (int id : this.inTitles[tickets[t]]) {
				all.add(id);
			}
			this.inTickets[tickets[t]] = distinct(all.toArray());
		}
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
