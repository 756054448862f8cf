package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shopfront.initiatives.InitiativeDetail.CallView;
import org.shopfront.initiatives.InitiativeDetail.Chain;
import org.shopfront.initiatives.InitiativeDetail.EvidenceView;
import org.shopfront.initiatives.InitiativeDetail.Heading;
import org.shopfront.initiatives.InitiativeDetail.MilestoneView;
import org.shopfront.initiatives.InitiativeDetail.PromiseView;
import org.shopfront.initiatives.InitiativeDetail.SpendView;
import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.people.UserId;
import org.shopfront.shared.Money;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads one initiative as the reader may see it ({@link InitiativeDetail}). */
@Service
@Transactional(readOnly = true)
class InitiativeDetails {

	private final VisibleInitiatives visible;

	private final InitiativePromises promises;

	private final Milestones milestones;

	private final Spends spends;

	private final Calls calls;

	private final Projector projector;

	private final InitiativeQueries queries;

	private final Directory directory;

	private final Clock clock;

	InitiativeDetails(VisibleInitiatives visible, InitiativePromises promises, Milestones milestones, Spends spends,
			Calls calls, Projector projector, InitiativeQueries queries, Directory directory, Clock clock) {
		this.visible = visible;
		this.promises = promises;
		this.milestones = milestones;
		this.spends = spends;
		this.calls = calls;
		this.projector = projector;
		this.queries = queries;
		this.directory = directory;
		this.clock = clock;
	}

	InitiativeDetail detail(Reader reader, InitiativeId id) {
		Initiative i = this.visible.require(reader, id);
		Decision d = i.decision();
		boolean money = reader.seesMoney(d);
		Map<UserId, String> names = new HashMap<>();
		List<InitiativePromise> all = this.promises.of(id);
		Map<PromiseMeasure, List<PromiseView>> chains = new EnumMap<>(PromiseMeasure.class);
		for (InitiativePromise p : all) {
			chains.computeIfAbsent(p.measure(), (m) -> new ArrayList<>()).add(promise(p, money, names));
		}
		List<Milestone> steps = this.milestones.of(id);
		LocalDate today = this.projector.today(this.clock.instant());
		List<Heading> heading = this.projector
			.project(i, all.stream().filter(InitiativePromise::isOpen).toList(), steps, today)
			.stream()
			.map((p) -> heading(p, money))
			.toList();
		List<CallView> calls = this.calls.of(id).stream().map((c) -> call(c, all, i, money)).toList();
		return new InitiativeDetail(id.value(), d.title(), d.optionName(), d.kind(), d.providerName(),
				this.queries.unitNames().get(d.unit().value()), name(d.sponsor(), names), name(d.itOwner(), names),
				i.status(), d.startedAt(), i.deliveredOn(), i.closedAt(), i.endNote(), money,
				money ? i.spentMoney() : null,
				chains.entrySet().stream().map((e) -> new Chain(e.getKey(), e.getValue())).toList(),
				steps.stream()
					.map((m) -> new MilestoneView(m.id(), m.name(), m.plannedOn(), m.doneOn(), m.isFinal(),
							m.daysLate(today)))
					.toList(),
				this.spends.of(id)
					.stream()
					.map((s) -> new SpendView(s.spentOn(), money ? s.amount() : null, s.note(),
							name(s.reportedBy(), names)))
					.toList(),
				calls, heading,
				new InitiativeDetail.Actions(reader.reports(d) && i.status() == InitiativeStatus.RUNNING,
						reader.replans(d), reader.isSponsor(d), calls.stream().anyMatch(CallView::open)));
	}

	private PromiseView promise(InitiativePromise p, boolean money, Map<UserId, String> names) {
		PromiseEvidence e = p.evidence();
		EvidenceView evidence = new EvidenceView(e.evidence(), percent(e.confidence()), percent(e.uplift()),
				e.comparable(), percent(e.shareWithin()), e.segment());
		return new PromiseView(p.id().value(), p.seq(), p.status(), hide(p.promised(), money), p.targetToday(),
				p.madeAt(), (p.madeBy() != null) ? name(p.madeBy(), names) : null, p.reason(),
				(p.replaces() != null) ? p.replaces().value() : null, evidence, p.atRiskAt(),
				hide(p.projected(), money), p.closedAt(), hide(p.actual(), money), p.note());
	}

	private static Heading heading(Projection p, boolean money) {
		return new Heading(p.measure(), hide(p.projected(), money), p.breaks(), p.progressPercent(), p.due(), p.late(),
				p.averageDaysLate(), p.typicalOverrunPercent());
	}

	private static CallView call(Call c, List<InitiativePromise> all, Initiative i, boolean money) {
		PromiseMeasure measure = all.stream()
			.filter((p) -> p.id().equals(c.promiseId()))
			.map(InitiativePromise::measure)
			.findFirst()
			.orElse(null);
		Integer share = (c.scopeCut() != null) ? percent(c.scopeCut()) : null;
		Money extra = (money && c.extraAmount() != null) ? Money.of(c.extraAmount(), i.currency()) : null;
		return new CallView(c.madeAt(), measure, c.answer(), c.answeredAt(), c.whatGoes(), share, c.newDueOn(), extra,
				c.note());
	}

	/** The figure without its money for a reader who may not see it. */
	static InitiativeFigure hide(InitiativeFigure f, boolean money) {
		if (money || f == null || f.money() == null) {
			return f;
		}
		return new InitiativeFigure(null, f.date(), f.target(), f.figure(), f.unit());
	}

	private String name(UserId id, Map<UserId, String> names) {
		return names.computeIfAbsent(id, (u) -> this.directory.find(u).map(Person::displayName).orElse("?"));
	}

	private static int percent(double share) {
		return (int) Math.round(share * 100);
	}

	private static int percent(BigDecimal share) {
		return (share == null) ? 0 : percent(share.doubleValue());
	}

}
