package org.shopfront.demand;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.shopfront.notify.Notice;
import org.shopfront.notify.Notice.Link;
import org.shopfront.notify.Notice.Text;
import org.shopfront.notify.Notifying;
import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.people.Role;
import org.shopfront.people.UserId;

import org.springframework.stereotype.Component;

/**
 * Tells the leader and IT, in business words, as a demand moves: IT's service owners when
 * one comes in, then the leader, whoever submitted it and the IT person answering it at
 * every move, and the other side when someone writes in the thread. Never the person who
 * did it. Sent in the move's transaction, so a notice exists exactly when its move does.
 */
@Component
class DemandNotices {

	private final Notifying notifying;

	private final Directory directory;

	DemandNotices(Notifying notifying, Directory directory) {
		this.notifying = notifying;
		this.directory = directory;
	}

	void submitted(Demand demand) {
		Parties p = demand.parties();
		for (UserId owner : serviceOwners()) {
			send(demand, owner, "demand-submitted", "submitted:" + demand.id(),
					Text.of("notify.demand.submitted.subject", p.unitName(), demand.title()),
					Text.of("notify.demand.submitted.line", p.submitterName(), p.leaderName(),
							demand.content().outcome()));
		}
		if (!p.leaderId().equals(p.submittedBy())) {
			send(demand, p.leaderId(), "demand-submitted", "submitted-for:" + demand.id(),
					Text.of("notify.demand.submittedFor.subject", demand.title()),
					Text.of("notify.demand.submittedFor.line", p.submitterName()));
		}
	}

	/** A move, told to the demand's people; {@code actor} is null for an initiative's. */
	void moved(Demand demand, Actor actor, String note) {
		Text subject = Text.of("notify.demand.moved.subject", demand.number(), demand.title());
		Text what = Text.of("notify.demand.moved." + demand.status(), (actor == null) ? "" : actor.name());
		List<Text> lines = new ArrayList<>(List.of(what));
		if (note != null && !note.isBlank()) {
			lines.add(Text.of("notify.demand.moved.note", note));
		}
		for (UserId recipient : concerned(demand, actor)) {
			send(demand, recipient, "demand-moved", "moved:" + demand.id() + ":" + demand.version(), subject, lines);
		}
	}

	/**
	 * A question goes to IT (the person answering, or every service owner before anyone
	 * took it); an answer goes to the business side.
	 */
	void wrote(Demand demand, ThreadMessage message) {
		Set<UserId> recipients = new LinkedHashSet<>();
		Parties p = demand.parties();
		if (message.fromIt()) {
			recipients.add(p.submittedBy());
			recipients.add(p.leaderId());
		}
		else if (p.itOwnerId() != null) {
			recipients.add(p.itOwnerId());
		}
		else {
			recipients.addAll(serviceOwners());
		}
		recipients.remove(message.author().id());
		String kind = message.fromIt() ? "demand-answer" : "demand-question";
		for (UserId recipient : recipients) {
			send(demand, recipient, kind, "message:" + message.id(),
					Text.of("notify." + kind.replace('-', '.') + ".subject", demand.number(), demand.title()),
					Text.of("notify.demand.message.line", message.author().name(), message.text()));
		}
	}

	private Set<UserId> concerned(Demand demand, Actor actor) {
		Parties p = demand.parties();
		Set<UserId> recipients = new LinkedHashSet<>(List.of(p.submittedBy(), p.leaderId()));
		if (p.itOwnerId() != null) {
			recipients.add(p.itOwnerId());
		}
		if (actor != null) {
			recipients.remove(actor.id());
		}
		return recipients;
	}

	private List<UserId> serviceOwners() {
		return this.directory.withRole(Role.SERVICE_OWNER).stream().map(Person::id).toList();
	}

	private void send(Demand demand, UserId recipient, String kind, String key, Text subject, Text line) {
		send(demand, recipient, kind, key, subject, List.of(line));
	}

	private void send(Demand demand, UserId recipient, String kind, String key, Text subject, List<Text> lines) {
		this.notifying.send(new Notice("demand-" + key, recipient, kind, subject, lines,
				List.of(Link.to("/demands/" + demand.id(), "notify.demand.link"))));
	}

}
