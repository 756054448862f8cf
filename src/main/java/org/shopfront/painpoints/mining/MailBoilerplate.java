package org.shopfront.painpoints.mining;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Strips what mail adds around a ticket's message: the greeting line, quoted replies and
 * forwarded messages, forwarded headers, the signature after a closing (<em>Kind
 * regards</em>), <em>Sent from my phone</em> and disclaimers. Only text with line breaks
 * is touched; words of greetings inside flat text are stop words (see
 * {@link MiningLanguage}).
 */
final class MailBoilerplate {

	private static final Pattern GREETING = Pattern
		.compile("^(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings)\\b.{0,40}$");

	private static final Pattern QUOTE_START = Pattern.compile(
			"^(-{2,}\\s*(original message|forwarded message|weitergeleitete nachricht)\\s*-*|on .{4,120} wrote:?)$");

	private static final Pattern HEADER = Pattern.compile(
			"^(from|sent|to|cc|bcc|subject|date|importance|reply-to|von|gesendet|an|betreff|de|envoy\u00e9|objet):.*");

	private static final Set<String> CLOSINGS = Set.of("regards", "best regards", "kind regards", "warm regards",
			"many thanks", "thanks", "thank you", "thanks and regards", "thanks regards", "cheers", "best",
			"best wishes", "sincerely", "yours sincerely", "br", "mit freundlichen gr\u00fc\u00dfen", "cordialement");

	private static final Pattern DISCLAIMER = Pattern.compile(
			".*(this (e-?mail|message)( and any attachments?)? (is|are|may be) (confidential|intended)|intended recipient|disclaimer).*");

	private static final Pattern SENT_FROM = Pattern.compile("^sent from my .*|^get outlook for .*");

	private MailBoilerplate() {
	}

	/**
	 * The message of a mail-like text without greeting, quotes, headers and signature.
	 */
	static String strip(String text) {
		if (text == null || text.indexOf('\n') < 0) {
			return text;
		}
		String[] lines = text.split("\r?\n");
		StringBuilder kept = new StringBuilder(text.length());
		boolean first = true;
		for (String line : lines) {
			String plain = line.strip().toLowerCase(Locale.ROOT);
			if (plain.isEmpty() || plain.startsWith(">") || SENT_FROM.matcher(plain).matches()) {
				continue;
			}
			boolean hasMessage = kept.length() > 0;
			if (plain.equals("--") || DISCLAIMER.matcher(plain).matches()) {
				break;
			}
			if (QUOTE_START.matcher(plain).matches()) {
				if (hasMessage) {
					break;
				}
				continue;
			}
			if (HEADER.matcher(plain).matches()) {
				if (hasMessage && plain.startsWith("from:")) {
					break;
				}
				continue;
			}
			if (hasMessage && CLOSINGS.contains(plain.replaceAll("[^\\p{L} ]", "").strip())) {
				break;
			}
			if (first && GREETING.matcher(plain).matches()) {
				first = false;
				continue;
			}
			first = false;
			kept.append(line.strip()).append('\n');
		}
		return kept.toString();
	}

}
