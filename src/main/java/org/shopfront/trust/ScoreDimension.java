package org.shopfront.trust;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a scoreboard figure is about: the whole company, the customers' business unit, the
 * fulfilment team (the business unit of the fulfiller who took the order), the provider,
 * the need or the offering.
 */
public enum ScoreDimension {

	COMPANY, UNIT, TEAM, PROVIDER, NEED, OFFERING;

	/** The subject of the company's own figures. */
	static final UUID COMPANY_SUBJECT = new UUID(0, 0);

	/** The name in URLs and JSON: {@code provider}. */
	public String path() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ScoreDimension> ofPath(String path) {
		return Arrays.stream(values()).filter((d) -> d.path().equals(path)).findFirst();
	}

	/**
	 * A promise's subject in every dimension, the company's included; a dimension without
	 * one (a customer or fulfiller outside any unit) is left out.
	 */
	static Map<ScoreDimension, UUID> subjects(UUID unit, UUID team, UUID provider, UUID need, UUID offering) {
		Map<ScoreDimension, UUID> subjects = new EnumMap<>(ScoreDimension.class);
		subjects.put(COMPANY, COMPANY_SUBJECT);
		UUID[] others = { unit, team, provider, need, offering };
		ScoreDimension[] dimensions = { UNIT, TEAM, PROVIDER, NEED, OFFERING };
		for (int i = 0; i < others.length; i++) {
			if (others[i] != null) {
				subjects.put(dimensions[i], others[i]);
			}
		}
		return subjects;
	}

	/** The scored_promise column holding the subject, or null for the company. */
	String column() {
		return switch (this) {
			case COMPANY -> null;
			case UNIT -> "unit_id";
			case TEAM -> "team_id";
			case PROVIDER -> "provider_id";
			case NEED -> "need_id";
			case OFFERING -> "offering_id";
		};
	}

}
