package org.shopfront.shadowit.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names the software or cloud vendor a merchant text from a card or bank statement means,
 * or none, with a confidence: the engine of shadow IT. Built from a directory and the
 * admins' corrections (which win over matching); thread-safe. Answers are remembered by
 * normalised merchant text (at most {@value #REMEMBERED} of them), so the many lines of
 * one merchant cost one match, and by the text as read, so that a text seen before costs
 * no normalising either. How it works and why: docs/decisions/0027-vendor-recognition.md.
 */
public final class VendorMatcher {

	/** The confidence below which a text means no vendor. */
	public static final double THRESHOLD = Recognition.THRESHOLD;

	static final int REMEMBERED = 200_000;

	private final VendorDirectory directory;

	private final AliasIndex index;

	private final MerchantNormaliser normaliser;

	private final Recognition recognition;

	private final Map<String, Correction> corrections;

	private final Map<String, Match> remembered = new ConcurrentHashMap<>();

	/**
	 * The answers by merchant text as read, so that a text seen before is not normalised
	 * again.
	 */
	private final Map<String, Match> read = new ConcurrentHashMap<>();

	private VendorMatcher(VendorDirectory directory, AliasIndex index, MerchantNormaliser normaliser,
			Collection<Correction> corrections) {
		this.directory = directory;
		this.index = index;
		this.normaliser = normaliser;
		this.recognition = new Recognition(index);
		this.corrections = byMerchant(corrections);
	}

	/** A matcher of the directory shipped with Shopfront, without corrections. */
	public static VendorMatcher shipped() {
		return of(VendorDirectory.shipped(), List.of());
	}

	/**
	 * A matcher of a directory with the admins' corrections.
	 * @throws IllegalArgumentException if a correction names a vendor the directory lacks
	 * or a merchant with no words
	 */
	public static VendorMatcher of(VendorDirectory directory, Collection<Correction> corrections) {
		AliasIndex index = new AliasIndex(directory);
		return new VendorMatcher(directory, index, MerchantNormaliser.forMerchants(index.vocabulary()), corrections);
	}

	/** The same directory with other corrections, without indexing it again. */
	public VendorMatcher withCorrections(Collection<Correction> corrections) {
		return new VendorMatcher(this.directory, this.index, this.normaliser, corrections);
	}

	public VendorDirectory directory() {
		return this.directory;
	}

	/** The normalised merchant text: what a correction is recorded under. */
	public String normalise(String merchant) {
		return this.normaliser.normalise(merchant).key();
	}

	public Match match(String merchant) {
		Match match = this.read.get(merchant);
		if (match == null) {
			NormalisedMerchant normalised = this.normaliser.normalise(merchant);
			String key = normalised.memoKey();
			match = this.remembered.get(key);
			if (match == null) {
				match = corrected(normalised);
				remember(this.remembered, key, match);
			}
			remember(this.read, merchant, match);
		}
		return match;
	}

	private static void remember(Map<String, Match> answers, String key, Match match) {
		if (answers.size() >= REMEMBERED) {
			answers.clear();
		}
		answers.put(key, match);
	}

	private Match corrected(NormalisedMerchant normalised) {
		Correction correction = this.corrections.get(normalised.key());
		if (correction == null) {
			return this.recognition.recognise(normalised);
		}
		return correction.vendorId()
			.map((id) -> Match.found(this.directory.find(id).orElseThrow(), 1, normalised.key(), Match.Reason.CORRECTED,
					"correction"))
			.orElseGet(() -> Match.none(1, normalised.key(), Match.Reason.CORRECTED_NOT_SOFTWARE, "correction"));
	}

	private Map<String, Correction> byMerchant(Collection<Correction> corrections) {
		Map<String, Correction> byMerchant = new HashMap<>();
		for (Correction correction : corrections) {
			String key = this.normaliser.normalise(correction.merchant()).key();
			if (key.isEmpty()) {
				throw new IllegalArgumentException(
						"the correction for '" + correction.merchant() + "' has no words once normalised");
			}
			correction.vendorId().ifPresent((id) -> {
				if (this.directory.find(id).isEmpty()) {
					throw new IllegalArgumentException("the correction for '" + correction.merchant()
							+ "' names the vendor '" + id + "', which the directory lacks");
				}
			});
			byMerchant.put(key, correction);
		}
		return Map.copyOf(byMerchant);
	}

}
