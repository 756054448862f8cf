package org.shopfront.initiatives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches running initiatives. Every {@code watch-every} it projects each one's open
 * budget and date promises ({@link Projector}) and turns those that will probably break
 * at risk, which calls the sponsor; in batches of {@code watch-batch}, each in a
 * transaction of its own. Turning a promise at risk is a conditional update, so with
 * several nodes exactly one of them makes the call.
 */
@Service
class InitiativeWatch {

	private final Initiatives initiatives;

	private final InitiativePromises promises;

	private final Milestones milestones;

	private final Projector projector;

	private final Promising promising;

	private final TransactionTemplate transactions;

	private final InitiativesProperties properties;

	private final Clock clock;

	InitiativeWatch(Initiatives initiatives, InitiativePromises promises, Milestones milestones, Projector projector,
			Promising promising, PlatformTransactionManager transactions, InitiativesProperties properties,
			Clock clock) {
		this.initiatives = initiatives;
		this.promises = promises;
		this.milestones = milestones;
		this.projector = projector;
		this.promising = promising;
		this.transactions = new TransactionTemplate(transactions);
		this.properties = properties;
		this.clock = clock;
	}

	/** Watches every running initiative; returns how many promises turned at risk. */
	@Scheduled(initialDelayString = "${shopfront.initiatives.watch-every:1h}",
			fixedDelayString = "${shopfront.initiatives.watch-every:1h}")
	public int watch() {
		Instant now = this.clock.instant();
		int turned = 0;
		UUID after = null;
		while (true) {
			UUID from = after;
			List<Initiative> batch = this.initiatives.runningAfter(from, this.properties.watchBatch());
			if (batch.isEmpty()) {
				return turned;
			}
			Integer n = this.transactions.execute((status) -> watch(batch, now));
			turned += (n != null) ? n : 0;
			after = batch.get(batch.size() - 1).id().value();
		}
	}

	/**
	 * Watches the initiatives given, as of {@code now}; returns how many turned at risk.
	 */
	int watch(List<Initiative> batch, Instant now) {
		List<UUID> ids = batch.stream().map((i) -> i.id().value()).toList();
		Map<UUID, List<InitiativePromise>> open = this.promises.openOf(ids)
			.stream()
			.collect(Collectors.groupingBy((p) -> p.initiativeId().value()));
		Map<UUID, List<Milestone>> steps = this.milestones.of(ids)
			.stream()
			.collect(Collectors.groupingBy((m) -> m.initiativeId().value()));
		LocalDate today = this.projector.today(now);
		int turned = 0;
		for (Initiative initiative : batch) {
			List<InitiativePromise> promises = open.getOrDefault(initiative.id().value(), List.of());
			for (Projection projection : this.projector.project(initiative, promises,
					steps.getOrDefault(initiative.id().value(), List.of()), today)) {
				if (projection.breaks() && turnAtRisk(initiative, promises, projection, now)) {
					turned++;
				}
			}
		}
		return turned;
	}

	private boolean turnAtRisk(Initiative initiative, List<InitiativePromise> promises, Projection projection,
			Instant now) {
		return promises.stream()
			.filter((p) -> p.measure() == projection.measure() && p.status() == InitiativePromiseStatus.OPEN)
			.findFirst()
			.map((p) -> this.promising.turnAtRisk(initiative, p.atRisk(now, projection.projected()), projection))
			.orElse(false);
	}

}
