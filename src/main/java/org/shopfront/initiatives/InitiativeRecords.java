package org.shopfront.initiatives;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.shared.Formats;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Initiatives' closed promises as their {@link InitiativePromiseClosed} events told them,
 * read back for what no event brings: a read model rebuilt from scratch (the scoreboard's
 * backfill).
 */
@Service
@Transactional(readOnly = true)
public class InitiativeRecords {

	private final InitiativePromises promises;

	private final Initiatives initiatives;

	private final ZoneId zone;

	InitiativeRecords(InitiativePromises promises, Initiatives initiatives, Formats formats) {
		this.promises = promises;
		this.initiatives = initiatives;
		this.zone = formats.zone();
	}

	/**
	 * Up to {@code limit} closed promises with an id after {@code after} (from the first
	 * when null), in id order.
	 */
	public List<InitiativePromiseClosed> closedAfter(UUID after, int limit) {
		Map<InitiativeId, Optional<Initiative>> found = new HashMap<>();
		return this.promises.closedAfter(after, limit).stream().map((p) -> {
			Initiative initiative = found.computeIfAbsent(p.initiativeId(), this.initiatives::find).orElseThrow();
			return InitiativePromiseClosed.of(p, initiative, this.zone);
		}).toList();
	}

}
