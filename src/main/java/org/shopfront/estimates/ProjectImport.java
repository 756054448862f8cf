package org.shopfront.estimates;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;

import org.shopfront.imports.ImportRow;
import org.shopfront.imports.ImportRunId;
import org.shopfront.imports.ImportTarget;
import org.shopfront.shared.Money;
import org.shopfront.shared.tabular.DateReader;

/**
 * One import of past projects: a row becomes a project with each measure whose estimate
 * and actual are both there. An estimate of 0, below 0 or missing beside an actual says
 * nothing about how estimates overrun: that measure is left out and the report lists it
 * as skipped; a row left with no measure at all is skipped whole. Neither fails the file,
 * which is otherwise stored whole or not at all (decision 0024). A value that cannot be
 * read (a number, a date, a currency) rejects the row, and so the file.
 */
final class ProjectImport implements ImportTarget<ProjectField, PastProject> {

	static final String NAME = "past-projects";

	private final String source;

	private final EffortUnit unit;

	private final Currency currency;

	private final String recordedBy;

	private final DateReader dates;

	private final ZoneId zone;

	private final StoredProjects projects;

	private final Clock clock;

	ProjectImport(String source, EffortUnit unit, Currency currency, String recordedBy, ZoneId zone,
			StoredProjects projects, Clock clock) {
		this.source = source;
		this.unit = unit;
		this.currency = currency;
		this.recordedBy = recordedBy;
		this.zone = zone;
		this.dates = DateReader.usual(zone, null);
		this.projects = projects;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean missing(ProjectField field, String value) {
		return "?".equals(value) || "NA".equalsIgnoreCase(value) || "N/A".equalsIgnoreCase(value);
	}

	@Override
	public PastProject read(ImportRow<ProjectField> row) {
		String name = row.text(ProjectField.NAME);
		LocalDate estimatedOn = day(row, ProjectField.ESTIMATED_ON);
		LocalDate start = day(row, ProjectField.START);
		LocalDate plannedEnd = day(row, ProjectField.PLANNED_END);
		LocalDate actualEnd = day(row, ProjectField.ACTUAL_END);
		BigDecimal estimatedEffort = row.decimal(ProjectField.ESTIMATED_EFFORT);
		BigDecimal actualEffort = row.decimal(ProjectField.ACTUAL_EFFORT);
		BigDecimal estimatedCost = row.decimal(ProjectField.ESTIMATED_COST);
		BigDecimal actualCost = row.decimal(ProjectField.ACTUAL_COST);
		BigDecimal estimatedDays = row.decimal(ProjectField.ESTIMATED_DAYS);
		BigDecimal actualDays = row.decimal(ProjectField.ACTUAL_DAYS);
		Currency currency = currency(row);
		if (row.rejected()) {
			return null;
		}
		ProjectField plannedField = (estimatedDays != null) ? ProjectField.ESTIMATED_DAYS : ProjectField.PLANNED_END;
		ProjectField actualField = (actualDays != null) ? ProjectField.ACTUAL_DAYS : ProjectField.ACTUAL_END;
		estimatedDays = (estimatedDays != null) ? estimatedDays : days(start, plannedEnd);
		actualDays = (actualDays != null) ? actualDays : days(start, actualEnd);
		PastProject project = PastProject.finished(new PastProject.Origin(null, this.source, this.recordedBy),
				(name != null) ? ImportRow.shorten(name, 200) : "#" + row.line(),
				ImportRow.shorten(row.text(ProjectField.KIND), 100), null,
				ImportRow.shorten(row.text(ProjectField.PROVIDER), 200), (estimatedOn != null) ? estimatedOn : start);
		boolean any = false;
		if (usable(row, ProjectField.ESTIMATED_EFFORT, estimatedEffort, ProjectField.ACTUAL_EFFORT, actualEffort)) {
			project = project.effort(estimatedEffort, actualEffort, this.unit);
			any = true;
		}
		if (usable(row, ProjectField.ESTIMATED_COST, estimatedCost, ProjectField.ACTUAL_COST, actualCost)) {
			project = project.cost(Money.of(estimatedCost, currency), Money.of(actualCost, currency));
			any = true;
		}
		if (usable(row, plannedField, estimatedDays, actualField, actualDays)) {
			project = project
				.schedule(new PastProject.Schedule(start, plannedEnd, actualEnd, estimatedDays, actualDays));
			any = true;
		}
		if (!any) {
			row.skip(ProjectField.ESTIMATED_EFFORT, "noMeasure", null);
			return null;
		}
		return project;
	}

	@Override
	public void write(List<PastProject> items, ImportRunId run) {
		this.projects.addAll(items, run, this.clock.instant());
	}

	/**
	 * Whether a measure's estimate and actual can be learnt from; if only part of it is
	 * there, or its estimate is 0 or less, it is skipped, saying why.
	 */
	private static boolean usable(ImportRow<ProjectField> row, ProjectField estimateField, BigDecimal estimate,
			ProjectField actualField, BigDecimal actual) {
		if (estimate == null && actual == null) {
			return false;
		}
		if (estimate == null || estimate.signum() <= 0) {
			String reason = (estimate == null) ? "noEstimate" : (estimate.signum() == 0) ? "zeroEstimate" : "negative";
			row.skip(estimateField, reason, (estimate != null) ? estimate.toPlainString() : null);
			return false;
		}
		if (actual == null || actual.signum() < 0) {
			row.skip(actualField, (actual == null) ? "noActual" : "negative",
					(actual != null) ? actual.toPlainString() : null);
			return false;
		}
		return true;
	}

	private LocalDate day(ImportRow<ProjectField> row, ProjectField field) {
		Instant instant = row.date(field, this.dates);
		return (instant != null) ? LocalDate.ofInstant(instant, this.zone) : null;
	}

	private Currency currency(ImportRow<ProjectField> row) {
		String code = row.text(ProjectField.CURRENCY);
		if (code == null) {
			return this.currency;
		}
		try {
			return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			row.reject(ProjectField.CURRENCY, "currency", code);
			return this.currency;
		}
	}

	private static BigDecimal days(LocalDate from, LocalDate to) {
		return (from == null || to == null) ? null : BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to));
	}

}
