package org.shopfront.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shopfront.notify.Notice;
import org.shopfront.notify.Notice.Link;
import org.shopfront.notify.Notice.Text;
import org.shopfront.notify.NoticeHistory;
import org.shopfront.notify.NoticeHistory.PastNotice;
import org.shopfront.ordering.OrderHistory;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderReference;
import org.shopfront.ordering.OrderStep.Kind;
import org.shopfront.ordering.PastStep;
import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.people.UserId;
import org.shopfront.shared.Formats;

/**
 * The demo logins' inboxes: the notices their orders' timelines would have sent them
 * (received, waiting for approval or approved, rejected, news from IT, delivered), with
 * the keys, kinds and words of notify's live notices, dated when each step happened. What
 * came in the last days is unread, as in a real inbox; the rest was read a few hours
 * after it came.
 */
final class DemoNotices implements DemoStep {

	/** The people one signs in as in the demo (README). */
	static final List<String> LOGINS = List.of("customer", "customer2", "manager", "fulfiller", "owner", "admin");

	/** Notices younger than this are still unread. */
	static final Duration UNREAD_FOR = Duration.ofDays(3);

	private static final Duration READ_AFTER = Duration.ofHours(2);

	private final NoticeHistory notices;

	private final OrderHistory history;

	private final Directory directory;

	private final Formats formats;

	private final Clock clock;

	DemoNotices(NoticeHistory notices, OrderHistory history, Directory directory, Formats formats, Clock clock) {
		this.notices = notices;
		this.history = history;
		this.directory = directory;
		this.formats = formats;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "notices";
	}

	@Override
	public boolean due() {
		return this.notices.noneYet();
	}

	@Override
	public String seed() {
		List<UserId> logins = LOGINS.stream()
			.map(this.directory::findByUsername)
			.flatMap(Optional::stream)
			.map(Person::id)
			.toList();
		Map<OrderId, List<PastStep>> timelines = new LinkedHashMap<>();
		this.history.stepsOf(logins,
				(step) -> timelines.computeIfAbsent(step.order().id(), (id) -> new ArrayList<>()).add(step));
		Instant now = this.clock.instant();
		List<PastNotice> past = new ArrayList<>();
		for (List<PastStep> timeline : timelines.values()) {
			for (PastNotice notice : notices(timeline, logins, now)) {
				past.add(notice);
			}
		}
		int stored = this.notices.recordPast(past);
		long unread = past.stream().filter((p) -> p.readAt() == null).count();
		return stored + " notices for " + logins.size() + " logins' orders (" + unread + " unread)";
	}

	/** The notices of one order's timeline for those of the logins it concerns. */
	private List<PastNotice> notices(List<PastStep> timeline, List<UserId> logins, Instant now) {
		OrderReference order = timeline.get(0).order();
		String number = String.valueOf(order.number());
		List<PastNotice> notices = new ArrayList<>();
		for (PastStep step : timeline) {
			Notice notice = null;
			String id = ":" + order.id();
			switch (step.kind()) {
				case PLACED -> {
					if (timeline.stream().noneMatch((s) -> s.kind() == Kind.SENT_FOR_APPROVAL)) {
						notice = toCustomer(order, "order-placed", id,
								Text.of("notify.orderPlaced.subject", number, order.offeringTitle()),
								Text.of("notify.orderPlaced.queued"));
					}
				}
				case SENT_FOR_APPROVAL -> {
					notices.add(dated(toCustomer(order, "order-placed", id,
							Text.of("notify.orderPlaced.subject", number, order.offeringTitle()),
							Text.of("notify.orderPlaced.awaitingApproval", step.actorName())), step, now));
					if (order.managerId() != null) {
						notice = new Notice("order-approval-needed" + id, order.managerId(), "order-approval-needed",
								Text.of("notify.approvalNeeded.subject", order.customerName(), number,
										order.offeringTitle()),
								List.of(Text.of("notify.approvalNeeded.line", order.customerName(),
										String.valueOf(order.quantity()), order.offeringTitle(),
										this.formats.money(order.firstYearValue()))),
								List.of(Link.to("/orders/" + order.id(), "notify.approvalNeeded.link")));
					}
				}
				case APPROVED -> notice = toCustomer(order, "order-approved", id,
						Text.of("notify.orderApproved.subject", number, order.offeringTitle()),
						Text.of("notify.orderApproved.line", step.actorName()));
				case REJECTED -> notice = toCustomer(order, "order-rejected", id,
						Text.of("notify.orderRejected.subject", number, order.offeringTitle()),
						Text.of("notify.orderRejected.line", step.actorName()),
						Text.of("notify.orderRejected.reason", String.valueOf(step.note())));
				case NOTE -> notice = toCustomer(order, "order-progress",
						":%s:%d:%08x".formatted(order.id(), step.at().toEpochMilli(),
								String.valueOf(step.note()).hashCode()),
						Text.of("notify.orderProgress.subject", number, order.offeringTitle()),
						Text.of("notify.orderProgress.line", step.actorName()),
						Text.of("notify.orderProgress.note", step.note()));
				case DELIVERED -> notice = new Notice("order-delivered" + id, order.customerId(), "order-delivered",
						Text.of("notify.orderDelivered.subject", number, order.offeringTitle()),
						List.of(Text.of("notify.orderDelivered.line", order.offeringTitle())),
						List.of(Link.to("/orders/" + order.id(), "notify.orderDelivered.link")));
				default -> {
				}
			}
			if (notice != null) {
				notices.add(dated(notice, step, now));
			}
		}
		return notices.stream().filter((n) -> logins.contains(n.notice().recipient())).toList();
	}

	/**
	 * The notice as sent when the step happened: read a little later, unless it came in
	 * the last days.
	 */
	private static PastNotice dated(Notice notice, PastStep step, Instant now) {
		Instant readAt = step.at().plus(READ_AFTER);
		boolean read = step.at().isBefore(now.minus(UNREAD_FOR)) && readAt.isBefore(now);
		return new PastNotice(notice, step.at(), read ? readAt : null);
	}

	private static Notice toCustomer(OrderReference order, String kind, String key, Text subject, Text... lines) {
		return new Notice(kind + key, order.customerId(), kind, subject, List.of(lines),
				List.of(Link.to("/orders/" + order.id(), "notify.order.link")));
	}

}
