package org.shopfront.estimates;

import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.shopfront.shared.tabular.ColumnMapping;

import org.springframework.validation.Errors;

/**
 * The upload form of past projects: the layout ({@code KITCHENHAM} or {@code CUSTOM}),
 * where the projects come from, the unit of effort and the currency of costs, and for a
 * custom layout which column holds which field. The file arrives as a separate part.
 */
record ProjectImportForm(@NotBlank String layout, @NotBlank @Size(max = 60) String source, @NotBlank String unit,
		@NotBlank @Size(max = 3) String currency, @Size(max = 200) String name, @Size(max = 200) String kind,
		@Size(max = 200) String provider, @Size(max = 200) String estimatedOn, @Size(max = 200) String estimatedEffort,
		@Size(max = 200) String actualEffort, @Size(max = 200) String estimatedCost, @Size(max = 200) String actualCost,
		@Size(max = 200) String start, @Size(max = 200) String plannedEnd, @Size(max = 200) String actualEnd,
		@Size(max = 200) String estimatedDays, @Size(max = 200) String actualDays) {

	static ProjectImportForm empty(String currency) {
		return new ProjectImportForm(ProjectLayout.KITCHENHAM, "", EffortUnit.HOURS.name(), currency, null, null, null,
				null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * The import the form asks for, or {@code null} after saying beside each field what
	 * is wrong: an unknown layout, unit or currency; in a custom layout an estimate
	 * without its actual (or the other way round), or no measure at all.
	 */
	ImportingProjects.Request request(String fileName, Errors errors) {
		EffortUnit effortUnit = effortUnit(errors);
		Currency money = currency(errors);
		ColumnMapping<ProjectField> mapping = null;
		if (ProjectLayout.KITCHENHAM.equals(this.layout)) {
			mapping = ProjectLayout.kitchenham();
		}
		else if (ProjectLayout.CUSTOM.equals(this.layout)) {
			mapping = custom(errors);
		}
		else if (!errors.hasFieldErrors("layout")) {
			errors.rejectValue("layout", "estimates.import.layout.unknown");
		}
		if (errors.hasErrors() || mapping == null) {
			return null;
		}
		return new ImportingProjects.Request(this.layout, mapping, this.source.strip(), effortUnit, money, fileName);
	}

	private ColumnMapping<ProjectField> custom(Errors errors) {
		boolean effort = pair(errors, "estimatedEffort", this.estimatedEffort, "actualEffort", this.actualEffort);
		boolean cost = pair(errors, "estimatedCost", this.estimatedCost, "actualCost", this.actualCost);
		boolean planned = given(this.estimatedDays) || (given(this.start) && given(this.plannedEnd));
		boolean taken = given(this.actualDays) || (given(this.start) && given(this.actualEnd));
		boolean time = pair(errors, given(this.estimatedDays) ? "estimatedDays" : "plannedEnd", planned ? "x" : null,
				given(this.actualDays) ? "actualDays" : "actualEnd", taken ? "x" : null);
		if (!effort && !cost && !time && !errors.hasErrors()) {
			errors.rejectValue("estimatedEffort", "estimates.import.mapping.noMeasure");
		}
		Map<ProjectField, String> columns = new EnumMap<>(ProjectField.class);
		columns.put(ProjectField.NAME, this.name);
		columns.put(ProjectField.KIND, this.kind);
		columns.put(ProjectField.PROVIDER, this.provider);
		columns.put(ProjectField.ESTIMATED_ON, this.estimatedOn);
		columns.put(ProjectField.ESTIMATED_EFFORT, this.estimatedEffort);
		columns.put(ProjectField.ACTUAL_EFFORT, this.actualEffort);
		columns.put(ProjectField.ESTIMATED_COST, this.estimatedCost);
		columns.put(ProjectField.ACTUAL_COST, this.actualCost);
		columns.put(ProjectField.START, this.start);
		columns.put(ProjectField.PLANNED_END, this.plannedEnd);
		columns.put(ProjectField.ACTUAL_END, this.actualEnd);
		columns.put(ProjectField.ESTIMATED_DAYS, this.estimatedDays);
		columns.put(ProjectField.ACTUAL_DAYS, this.actualDays);
		return ProjectLayout.of(columns);
	}

	/** Whether both columns of a measure are named; one without the other is an error. */
	private static boolean pair(Errors errors, String estimateField, String estimate, String actualField,
			String actual) {
		if (given(estimate) && !given(actual)) {
			errors.rejectValue(actualField, "estimates.import.mapping.noActual");
		}
		else if (!given(estimate) && given(actual)) {
			errors.rejectValue(estimateField, "estimates.import.mapping.noEstimate");
		}
		return given(estimate) && given(actual);
	}

	private EffortUnit effortUnit(Errors errors) {
		for (EffortUnit candidate : EffortUnit.values()) {
			if (candidate.name().equals(this.unit)) {
				return candidate;
			}
		}
		if (!errors.hasFieldErrors("unit")) {
			errors.rejectValue("unit", "estimates.import.unit.unknown");
		}
		return null;
	}

	private Currency currency(Errors errors) {
		try {
			return (this.currency != null) ? Currency.getInstance(this.currency.strip()) : null;
		}
		catch (IllegalArgumentException ex) {
			if (!errors.hasFieldErrors("currency")) {
				errors.rejectValue("currency", "estimates.import.currency.unknown");
			}
			return null;
		}
	}

	private static boolean given(String column) {
		return column != null && !column.isBlank();
	}

}
