package org.shopfront.shadowit.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Web addresses in merchant text ({@code ZOOM.US}, {@code HELP.FIGMA.COM},
 * {@code LNKD.IN/BILL}): how to recognise one and which of its labels name the merchant.
 */
final class Hosts {

	private static final Set<String> TOP_LEVEL = Set.of("com", "net", "org", "io", "co", "ai", "app", "dev", "so", "us",
			"uk", "de", "fr", "nl", "se", "no", "dk", "fi", "ie", "eu", "me", "tv", "ly", "info", "biz", "cloud",
			"tech", "xyz", "gg", "to", "cc", "ch", "at", "be", "es", "it", "au", "ca", "jp", "in", "sg", "nz", "md",
			"fm", "ee", "chat", "video", "pl", "cz", "lu", "il", "br", "mx", "sh", "im", "is", "pt", "site", "online",
			"store", "shop", "page", "live", "pro", "one", "team", "work", "tools", "studio", "digital", "email",
			"link", "ws");

	private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov");

	/** Subdomains that say where on a site, not whose site. */
	private static final Set<String> GENERIC = Set.of("www", "help", "support", "billing", "bill", "pay", "payments",
			"secure", "checkout", "account", "accounts", "my", "app", "go", "cl", "store", "shop", "invoice", "mail");

	private Hosts() {
	}

	/**
	 * The host of a piece of text that is a web address (lower case, without scheme, path
	 * or {@code www.}), or null when it is none.
	 */
	static String host(String piece) {
		if (piece.indexOf('.') < 0) {
			return null;
		}
		String text = piece;
		int scheme = text.indexOf("://");
		if (scheme >= 0) {
			text = text.substring(scheme + 3);
		}
		int end = text.length();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '/' || c == '?' || c == '#') {
				end = i;
				break;
			}
		}
		while (end > 0 && text.charAt(end - 1) == '.') {
			end--;
		}
		text = text.substring(0, end);
		if (text.startsWith("www.")) {
			text = text.substring(4);
		}
		String[] labels = text.split("\\.", -1);
		if (labels.length < 2 || !TOP_LEVEL.contains(labels[labels.length - 1])) {
			return null;
		}
		boolean letters = false;
		for (String label : labels) {
			if (label.isEmpty() || !validLabel(label)) {
				return null;
			}
			letters |= label.chars().anyMatch(Character::isLetter);
		}
		int registrable = registrable(labels);
		return (letters && registrable >= 0 && !TOP_LEVEL.contains(labels[registrable])) ? text : null;
	}

	/**
	 * The labels of a host that may name the merchant: neither the top-level domain nor a
	 * generic subdomain ({@code help.uber.com} gives {@code uber}).
	 */
	static List<String> nameLabels(String host) {
		String[] labels = host.split("\\.");
		int registrable = registrable(labels);
		List<String> names = new ArrayList<>();
		for (int i = 0; i <= registrable; i++) {
			if (i == registrable || !GENERIC.contains(labels[i])) {
				names.add(labels[i]);
			}
		}
		return names;
	}

	/**
	 * The host without its first label, or null when only a registrable domain is left.
	 */
	static String parent(String host) {
		int dot = host.indexOf('.');
		String parent = host.substring(dot + 1);
		String[] labels = parent.split("\\.");
		return (labels.length >= 2 && registrable(labels) >= 0) ? parent : null;
	}

	private static int registrable(String[] labels) {
		int last = labels.length - 1;
		if (labels.length >= 3 && SECOND_LEVEL.contains(labels[last - 1]) && labels[last].length() == 2) {
			return last - 2;
		}
		return last - 1;
	}

	private static boolean validLabel(String label) {
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-') {
				return false;
			}
		}
		return true;
	}

}
