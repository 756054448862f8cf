package org.shopfront.shadowit.matching;

import java.util.List;

/**
 * A software or cloud vendor of the directory.
 *
 * @param id a stable slug ({@code google-workspace})
 * @param name the name people know it by
 * @param category what it sells
 * @param domain its web domain ({@code zoom.us})
 * @param aliases how statements show it ({@code ZOOM VIDEO COMMUNICATIONS}); an alias
 * that is a web address counts as a further domain, and one starting with {@code ~} is
 * also an ordinary word or another business's name ({@code ~ZOOM}), which is matched only
 * where the line gives other evidence of software or nothing else; a web address starting
 * with {@code ~} is a billing address the vendor shares with sister products
 * ({@code ~msbill.info})
 */
public record Vendor(String id, String name, Category category, String domain, List<String> aliases) {

	public Vendor {
		aliases = List.copyOf(aliases);
	}

}
