package org.shopfront.scoreboard;

/**
 * Durations in hours on a log scale with four buckets per doubling, so that a median or
 * p90 over any set of weeks is the sum of the weeks' counts, read to within a fifth.
 * Bucket 0 holds zero hours; bucket {@code b >= 1} holds {@code 2^((b-1)/4) - 1} up to
 * {@code 2^(b/4) - 1} hours; the last bucket holds everything longer.
 */
final class HoursHistogram {

	static final int BUCKETS = 64;

	private final long[] counts = new long[BUCKETS];

	private long total;

	static int bucket(double hours) {
		if (!(hours > 0)) {
			return 0;
		}
		int b = (int) Math.ceil(4 * (Math.log1p(hours) / Math.log(2)));
		return Math.max(1, Math.min(BUCKETS - 1, b));
	}

	/** The middle of a bucket on the log scale, in hours. */
	static double hours(int bucket) {
		if (bucket <= 0) {
			return 0;
		}
		return Math.pow(2, (bucket - 0.5) / 4) - 1;
	}

	void add(int bucket, long count) {
		this.counts[Math.max(0, Math.min(BUCKETS - 1, bucket))] += count;
		this.total += count;
	}

	long total() {
		return this.total;
	}

	/** Adds every count of the other histogram; returns this one. */
	HoursHistogram plus(HoursHistogram other) {
		for (int b = 0; b < BUCKETS; b++) {
			this.counts[b] += other.counts[b];
		}
		this.total += other.total;
		return this;
	}

	/** {@code bucket:count} pairs of the non-empty buckets, comma-separated. */
	String encode() {
		StringBuilder text = new StringBuilder();
		for (int b = 0; b < BUCKETS; b++) {
			if (this.counts[b] != 0) {
				if (!text.isEmpty()) {
					text.append(',');
				}
				text.append(b).append(':').append(this.counts[b]);
			}
		}
		return text.toString();
	}

	/** Adds the counts of an {@link #encode() encoded} histogram. */
	HoursHistogram addEncoded(String encoded) {
		if (encoded == null || encoded.isEmpty()) {
			return this;
		}
		int start = 0;
		while (start < encoded.length()) {
			int colon = encoded.indexOf(':', start);
			int comma = encoded.indexOf(',', colon);
			int end = (comma < 0) ? encoded.length() : comma;
			add(Integer.parseInt(encoded, start, colon, 10), Long.parseLong(encoded, colon + 1, end, 10));
			start = end + 1;
		}
		return this;
	}

	/** The quantile (0 to 1) in hours, or null when empty. */
	Double quantile(double q) {
		if (this.total == 0) {
			return null;
		}
		long rank = (long) Math.ceil(q * this.total);
		long seen = 0;
		for (int b = 0; b < BUCKETS; b++) {
			seen += this.counts[b];
			if (seen >= Math.max(1, rank)) {
				return hours(b);
			}
		}
		return hours(BUCKETS - 1);
	}

}
