package org.shopfront.shared;

/**
 * Durations in hours on a log scale with four buckets per doubling, so that a median or
 * p90 over any set of weeks is the sum of the weeks' counts, read to within a fifth.
 * Bucket 0 holds zero hours; bucket {@code b >= 1} holds {@code 2^((b-1)/4) - 1} up to
 * {@code 2^(b/4) - 1} hours; the last bucket holds everything longer.
 */
public final class HoursHistogram {

	public static final int BUCKETS = 64;

	private final long[] counts = new long[BUCKETS];

	private long total;

	public static int bucket(double hours) {
		if (!(hours > 0)) {
			return 0;
		}
		int b = (int) Math.ceil(4 * (Math.log1p(hours) / Math.log(2)));
		return Math.max(1, Math.min(BUCKETS - 1, b));
	}

	/** The middle of a bucket on the log scale, in hours. */
	public static double hours(int bucket) {
		if (bucket <= 0) {
			return 0;
		}
		return Math.pow(2, (bucket - 0.5) / 4) - 1;
	}

	public void add(int bucket, long count) {
		this.counts[Math.max(0, Math.min(BUCKETS - 1, bucket))] += count;
		this.total += count;
	}

	public long total() {
		return this.total;
	}

	/** Adds every count of the other histogram; returns this one. */
	public HoursHistogram plus(HoursHistogram other) {
		for (int b = 0; b < BUCKETS; b++) {
			this.counts[b] += other.counts[b];
		}
		this.total += other.total;
		return this;
	}

	/** {@code bucket:count} pairs of the non-empty buckets, comma-separated. */
	public String encode() {
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
	public HoursHistogram addEncoded(String encoded) {
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

	/**
	 * The median in hours as SQL's {@code percentile_cont(0.5)} reads it, halfway between
	 * the two middle values when the count is even, or null when empty.
	 */
	public Double median() {
		if (this.total == 0) {
			return null;
		}
		return (rank(this.total / 2 + this.total % 2) + rank(this.total / 2 + 1)) / 2;
	}

	/** The middle of the bucket that holds the value of the given rank (from 1). */
	private double rank(long rank) {
		long seen = 0;
		for (int b = 0; b < BUCKETS; b++) {
			seen += this.counts[b];
			if (seen >= rank) {
				return hours(b);
			}
		}
		return hours(BUCKETS - 1);
	}

	/** The quantile (0 to 1) in hours, or null when empty. */
	public Double quantile(double q) {
		if (this.total == 0) {
			return null;
		}
		return rank(Math.max(1, (long) Math.ceil(q * this.total)));
	}

}
