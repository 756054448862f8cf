package org.shopfront.demand;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thread of a demand: the business asks about it and its proposal, IT answers. Anyone
 * who may see the demand writes in it while it is open; asking makes one a participant,
 * and the other side is told.
 */
@Service
@Transactional
class DemandConversation {

	private final DemandQueries queries;

	private final Demands demands;

	private final ThreadMessages messages;

	private final DemandNotices notices;

	private final Clock clock;

	DemandConversation(DemandQueries queries, Demands demands, ThreadMessages messages, DemandNotices notices,
			Clock clock) {
		this.queries = queries;
		this.demands = demands;
		this.messages = messages;
		this.notices = notices;
		this.clock = clock;
	}

	ThreadMessage write(DemandViewer viewer, DemandId id, String text) {
		Demand demand = this.queries.visible(viewer, id);
		if (demand.isClosed()) {
			throw DemandConflict.illegalMove("write", demand.status());
		}
		ThreadMessage message = new ThreadMessage(UUID.randomUUID(), viewer.actor(), viewer.it(), text.strip(),
				this.clock.instant());
		this.messages.insert(id, message);
		if (!viewer.it()) {
			this.demands.addParticipant(id, viewer.id());
		}
		this.notices.wrote(demand, message);
		return message;
	}

	@Transactional(readOnly = true)
	List<ThreadMessage> thread(DemandViewer viewer, DemandId id) {
		this.queries.visible(viewer, id);
		return this.messages.of(id);
	}

}
