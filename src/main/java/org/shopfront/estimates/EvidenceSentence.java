package org.shopfront.estimates;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * One sentence of evidence as a message key ({@code estimates.evidence.*}) and its
 * arguments, for a page ({@code #messages.msgWithParams(key, arguments)}), a mail or an
 * API answer in the reader's language.
 */
public record EvidenceSentence(String key, Object... arguments) {

	public EvidenceSentence {
		arguments = arguments.clone();
	}

	@Override
	public Object[] arguments() {
		return this.arguments.clone();
	}

	/** The sentence in the given language. */
	public String in(MessageSource messages, Locale locale) {
		return messages.getMessage(this.key, this.arguments, locale);
	}

}
