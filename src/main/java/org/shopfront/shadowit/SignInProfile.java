package org.shopfront.shadowit;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shopfront.shared.tabular.ColumnMapping;

/**
 * The single-sign-on log exports Shopfront reads: for each field the header names that
 * may hold it, which outcomes count as a sign-in, and which event types (none: every line
 * is a sign-in). The columns are described in the README.
 */
enum SignInProfile {

	/**
	 * Okta's System Log, exported as CSV from the admin console or flattened from its
	 * API.
	 */
	OKTA(Map.of(SignInField.AT, List.of("published", "time", "date"), SignInField.PERSON,
			List.of("actor.alternateId", "actor alternate id", "actor.displayName", "actor", "user"),
			SignInField.APPLICATION,
			List.of("target.displayName", "target{}.displayName", "target display name", "target", "application"),
			SignInField.OUTCOME, List.of("outcome.result", "outcome result", "outcome", "result"),
			SignInField.EVENT_TYPE, List.of("eventType", "event type")), Set.of("success", "allow"),
			Set.of("user.authentication.sso")),

	/** Microsoft Entra ID's sign-in log, downloaded as CSV from the portal. */
	ENTRA(Map.of(SignInField.AT, List.of("date (utc)", "date", "createdDateTime", "created date time"),
			SignInField.PERSON, List.of("username", "user principal name", "userPrincipalName", "user"),
			SignInField.APPLICATION, List.of("application", "appDisplayName", "app display name"), SignInField.OUTCOME,
			List.of("status", "sign-in status")), Set.of("success"), Set.of());

	private final ColumnMapping<SignInField> mapping;

	private final Set<String> successes;

	private final Set<String> eventTypes;

	SignInProfile(Map<SignInField, List<String>> columns, Set<String> successes, Set<String> eventTypes) {
		this.mapping = new ColumnMapping<>(SignInField.class, columns,
				EnumSet.of(SignInField.AT, SignInField.PERSON, SignInField.APPLICATION));
		this.successes = successes;
		this.eventTypes = eventTypes;
	}

	ColumnMapping<SignInField> mapping() {
		return this.mapping;
	}

	/**
	 * Whether a line with this outcome and event type (either {@code null} when the log
	 * has none) is someone signing in to an application.
	 */
	boolean signIn(String outcome, String eventType) {
		boolean succeeded = outcome == null || this.successes.contains(outcome.strip().toLowerCase());
		boolean event = eventType == null || this.eventTypes.isEmpty()
				|| this.eventTypes.contains(eventType.strip().toLowerCase());
		return succeeded && event;
	}

}
