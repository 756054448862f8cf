package org.shopfront.demand;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a decided demand along as its initiative goes: running, value confirmed, closed;
 * in the initiative's transaction, telling the leader and IT like every move. Being told
 * the same thing twice (a redelivered event) changes nothing.
 */
@Service
@Transactional
class DemandProgressing implements DemandProgress {

	private final Demands demands;

	private final Moves moves;

	private final Clock clock;

	DemandProgressing(Demands demands, Moves moves, Clock clock) {
		this.demands = demands;
		this.moves = moves;
		this.clock = clock;
	}

	@Override
	public void initiativeStarted(DemandId id, UUID initiative) {
		Demand demand = find(id);
		if (demand.status() == DemandStatus.INITIATIVE_RUNNING && initiative.equals(demand.initiativeId())) {
			return;
		}
		this.moves.save(demand, demand.startInitiative(initiative), null, null);
	}

	@Override
	public void valueConfirmed(DemandId id) {
		Demand demand = find(id);
		if (demand.status() != DemandStatus.VALUE_CONFIRMED) {
			this.moves.save(demand, demand.confirmValue(), null, null);
		}
	}

	@Override
	public void closed(DemandId id, String reason) {
		Demand demand = find(id);
		if (!demand.isClosed()) {
			this.moves.save(demand, demand.close(reason, this.clock.instant()), null, reason);
		}
	}

	private Demand find(DemandId id) {
		return this.demands.find(id).orElseThrow(() -> DemandNotFound.forId(id));
	}

}
