package org.shopfront.initiatives;

import org.shopfront.shared.Conflict;

/**
 * An initiative or one of its promises cannot make the move asked for from where it
 * stands, or it changed meanwhile. Answered with 409.
 */
public final class InitiativeConflict extends Conflict {

	private InitiativeConflict(String key, Object... args) {
		super(key, args);
	}

	static InitiativeConflict notRunning(String action, InitiativeStatus status) {
		return new InitiativeConflict("initiatives.conflict." + action, status.name());
	}

	static InitiativeConflict valueAlreadyConfirmed() {
		return new InitiativeConflict("initiatives.conflict.valueConfirmed");
	}

	static InitiativeConflict milestoneDone() {
		return new InitiativeConflict("initiatives.conflict.milestoneDone");
	}

	static InitiativeConflict noOpenCall() {
		return new InitiativeConflict("initiatives.conflict.noOpenCall");
	}

	static InitiativeConflict changedMeanwhile() {
		return new InitiativeConflict("initiatives.conflict.stale");
	}

}
