package org.shopfront.shadowit.matching;

import java.util.List;

/**
 * Merchant text as the matcher reads it: the words that may name the merchant, what each
 * says, and the payment processor named before them.
 *
 * @param key the words joined by spaces: what a correction is recorded under
 * @param tokens the words
 * @param processor the processor named before the merchant, or null
 * @param cut whether the line is long enough for the statement to have cut it short
 */
record NormalisedMerchant(String key, List<Token> tokens, Processor processor, boolean cut) {

	static NormalisedMerchant of(List<Token> tokens, Processor processor, boolean cut) {
		StringBuilder key = new StringBuilder();
		for (Token token : tokens) {
			if (key.length() > 0) {
				key.append(' ');
			}
			key.append(token.text());
		}
		return new NormalisedMerchant(key.toString(), List.copyOf(tokens), processor, cut);
	}

	/**
	 * The key, the processor and the cut: everything the match of this text depends on.
	 */
	String memoKey() {
		String prefix = (this.processor != null) ? this.processor.prefix() : "";
		return prefix + (this.cut ? '\u0002' : '\u0001') + this.key;
	}

}
