package org.shopfront.initiatives;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Finds an initiative for a reader: one they may not see does not exist for them (404);
 * one they see but may not change refuses the change (403).
 */
@Component
class VisibleInitiatives {

	private final Initiatives initiatives;

	VisibleInitiatives(Initiatives initiatives) {
		this.initiatives = initiatives;
	}

	Initiative require(Reader reader, InitiativeId id) {
		return this.initiatives.find(id)
			.filter((i) -> reader.maySee(i.decision()))
			.orElseThrow(() -> InitiativeNotFound.forId(id));
	}

	/** Refuses what the reader may not do with an initiative they can see. */
	static void allow(boolean allowed, String what) {
		if (!allowed) {
			throw new AccessDeniedException(what);
		}
	}

}
