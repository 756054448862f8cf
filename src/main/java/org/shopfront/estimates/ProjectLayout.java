package org.shopfront.estimates;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.shopfront.shared.tabular.ColumnMapping;

/**
 * Which column of a past projects file holds which field: the ready layout of the
 * Kitchenham data set (effort in person-hours, its first estimate made at the start), or
 * the columns an IT manager names on the upload page. Every column named is required, so
 * that a file without one is refused before any row is read.
 */
final class ProjectLayout {

	static final String KITCHENHAM = "KITCHENHAM";

	static final String CUSTOM = "CUSTOM";

	private ProjectLayout() {
	}

	/**
	 * The Kitchenham layout: Project, Project.type, Actual.start.date, First.estimate…
	 */
	static ColumnMapping<ProjectField> kitchenham() {
		Map<ProjectField, String> columns = new EnumMap<>(ProjectField.class);
		columns.put(ProjectField.NAME, "Project");
		columns.put(ProjectField.KIND, "Project.type");
		columns.put(ProjectField.ESTIMATED_ON, "Actual.start.date");
		columns.put(ProjectField.START, "Actual.start.date");
		columns.put(ProjectField.PLANNED_END, "Estimated.completion.date");
		columns.put(ProjectField.ACTUAL_DAYS, "Actual.duration");
		columns.put(ProjectField.ESTIMATED_EFFORT, "First.estimate");
		columns.put(ProjectField.ACTUAL_EFFORT, "Actual.effort");
		return of(columns);
	}

	/** A mapping naming one column per field given; all of them required. */
	static ColumnMapping<ProjectField> of(Map<ProjectField, String> columns) {
		Map<ProjectField, List<String>> candidates = new EnumMap<>(ProjectField.class);
		columns.forEach((field, column) -> {
			if (column != null && !column.isBlank()) {
				candidates.put(field, List.of(column.strip()));
			}
		});
		return new ColumnMapping<>(ProjectField.class, candidates, candidates.keySet());
	}

}
