package org.shopfront.scoreboard;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.initiatives.PromiseMeasure;

/**
 * What a scoreboard figure is about: the whole company, the customers' business unit, the
 * fulfilment team (the business unit of the fulfiller who took the order), the provider,
 * the need or the offering; initiatives' promises by measure. Each dimension but the
 * company keeps its subject in a column of {@code scored_promise}, which a figure drills
 * down by.
 */
public enum ScoreDimension {

	COMPANY(null), UNIT("unit_id"), TEAM("team_id"), PROVIDER("provider_id"), NEED("need_id"), OFFERING("offering_id"),
	/** Initiatives' promises, one subject per measure (budget, date, value). */
	INITIATIVE("initiative_measure");

	/** The subject of the company's own figures. */
	static final UUID COMPANY_SUBJECT = new UUID(0, 0);

	/** The dimensions with a column of their own: all but the company. */
	static final List<ScoreDimension> WITH_COLUMNS = Arrays.stream(values()).filter((d) -> d.column != null).toList();

	private final String column;

	ScoreDimension(String column) {
		this.column = column;
	}

	/** The name in URLs and JSON: {@code provider}. */
	public String path() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ScoreDimension> ofPath(String path) {
		return Arrays.stream(values()).filter((d) -> d.path().equals(path)).findFirst();
	}

	/**
	 * Subjects to fill in, holding the company's already; a dimension left without one (a
	 * customer outside any unit) is left out of the figures.
	 */
	static Map<ScoreDimension, UUID> subjects() {
		Map<ScoreDimension, UUID> subjects = new EnumMap<>(ScoreDimension.class);
		subjects.put(COMPANY, COMPANY_SUBJECT);
		return subjects;
	}

	/**
	 * The subject of an initiative measure's figures (budget, date, value): the same id
	 * on every node and in every database.
	 */
	static UUID initiativeSubject(PromiseMeasure measure) {
		return UUID.nameUUIDFromBytes(("initiative-" + measure.name()).getBytes(StandardCharsets.UTF_8));
	}

	/** The scored_promise column holding the subject, or null for the company. */
	String column() {
		return this.column;
	}

}
