package org.shopfront.estimates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shopfront.catalog.ProviderId;
import org.shopfront.estimates.reference.Observation;
import org.shopfront.estimates.reference.ReferenceClasses;

/**
 * Past projects as observations of one measure, with the reference classes each belongs
 * to, most specific first: its provider (by the store's id, else by name), then its kind
 * of work. A project counts for a measure only with an estimate above 0 and an actual of
 * 0 or more; kinds and names compare without regard to case.
 */
final class Comparables {

	private final List<Observation> observations = new ArrayList<>();

	/** How a reference class is named to a reader ("provider Acme", "kind build"). */
	private final Map<String, String> labels = new HashMap<>();

	Comparables(List<PastProject> projects, Measure measure) {
		for (PastProject project : projects) {
			BigDecimal[] figures = figures(project, measure);
			if (figures == null || figures[0] == null || figures[1] == null || figures[0].signum() <= 0
					|| figures[1].signum() < 0) {
				continue;
			}
			List<String> segments = new ArrayList<>(2);
			String provider = provider(project.provider(), project.providerName());
			if (provider != null) {
				segments.add(provider);
				this.labels.putIfAbsent(provider,
						"provider " + ((project.providerName() != null) ? project.providerName() : provider));
			}
			String kind = kind(project.workKind());
			if (kind != null) {
				segments.add(kind);
				this.labels.putIfAbsent(kind, "kind " + project.workKind().strip());
			}
			LocalDate on = (project.estimatedOn() != null) ? project.estimatedOn() : LocalDate.EPOCH;
			this.observations
				.add(new Observation(on, figures[0].doubleValue(), figures[1].doubleValue(), List.copyOf(segments)));
		}
	}

	List<Observation> observations() {
		return this.observations;
	}

	String label(String segment) {
		return ReferenceClasses.ALL.equals(segment) ? ReferenceClasses.ALL : this.labels.getOrDefault(segment, segment);
	}

	/** The reference classes of a question, most specific first. */
	static List<String> segments(EstimateQuestion question) {
		List<String> segments = new ArrayList<>(2);
		String provider = provider(question.provider(), null);
		if (provider != null) {
			segments.add(provider);
		}
		String kind = kind(question.workKind());
		if (kind != null) {
			segments.add(kind);
		}
		return segments;
	}

	/** Estimated and actual figure of a measure, or null when the project has none. */
	static BigDecimal[] figures(PastProject project, Measure measure) {
		return switch (measure) {
			case EFFORT -> (project.effort() != null)
					? new BigDecimal[] { project.effort().estimated(), project.effort().actual() } : null;
			case COST ->
				(project.cost() != null && project.cost().estimated() != null && project.cost().actual() != null)
						? new BigDecimal[] { project.cost().estimated().amount(), project.cost().actual().amount() }
						: null;
			case DURATION -> (project.schedule() != null)
					? new BigDecimal[] { project.schedule().estimatedDays(), project.schedule().actualDays() } : null;
		};
	}

	private static String provider(ProviderId id, String name) {
		if (id != null) {
			return "provider:" + id.value();
		}
		return (name != null && !name.isBlank()) ? "provider:" + name.strip().toLowerCase(Locale.ROOT) : null;
	}

	private static String kind(String workKind) {
		return (workKind != null && !workKind.isBlank()) ? "kind:" + workKind.strip().toLowerCase(Locale.ROOT) : null;
	}

}
