package org.shopfront.tickets;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The profile editor: a name and, for each ticket field, the header of the column that
 * holds it (blank: not in the file; a blank number column numbers tickets by row).
 */
record ImportProfileForm(@NotBlank @Size(max = 80) String name, @Size(max = 200) String number,
		@Size(max = 200) String title, @Size(max = 200) String description, @Size(max = 200) String category,
		@Size(max = 200) String openedAt, @Size(max = 200) String resolvedAt, @Size(max = 200) String caller,
		@Size(max = 200) String assignmentGroup, @Size(max = 200) String location, @Size(max = 200) String businessUnit,
		@Size(max = 200) String reopenCount, @Size(max = 60) String datePattern, int version) {

	static ImportProfileForm empty() {
		return new ImportProfileForm("", "", "", "", "", "", "", "", "", "", "", "", "", 0);
	}

	static ImportProfileForm of(ImportProfile profile) {
		return new ImportProfileForm(profile.name(), profile.column(TicketField.NUMBER),
				profile.column(TicketField.TITLE), profile.column(TicketField.DESCRIPTION),
				profile.column(TicketField.CATEGORY), profile.column(TicketField.OPENED_AT),
				profile.column(TicketField.RESOLVED_AT), profile.column(TicketField.CALLER),
				profile.column(TicketField.ASSIGNMENT_GROUP), profile.column(TicketField.LOCATION),
				profile.column(TicketField.BUSINESS_UNIT), profile.column(TicketField.REOPEN_COUNT),
				(profile.datePattern() == null) ? "" : profile.datePattern(), profile.version());
	}

	ImportProfile toProfile(UUID id) {
		Map<TicketField, String> columns = new EnumMap<>(TicketField.class);
		columns.put(TicketField.NUMBER, this.number);
		columns.put(TicketField.TITLE, this.title);
		columns.put(TicketField.DESCRIPTION, this.description);
		columns.put(TicketField.CATEGORY, this.category);
		columns.put(TicketField.OPENED_AT, this.openedAt);
		columns.put(TicketField.RESOLVED_AT, this.resolvedAt);
		columns.put(TicketField.CALLER, this.caller);
		columns.put(TicketField.ASSIGNMENT_GROUP, this.assignmentGroup);
		columns.put(TicketField.LOCATION, this.location);
		columns.put(TicketField.BUSINESS_UNIT, this.businessUnit);
		columns.put(TicketField.REOPEN_COUNT, this.reopenCount);
		String pattern = (this.datePattern == null || this.datePattern.isBlank()) ? null : this.datePattern.strip();
		return ImportProfile.saved(id, this.name.strip(), columns, pattern, this.version);
	}

}
