package org.shopfront.tickets;

/**
 * The fields of a ticket that an import can fill, each with the longest text kept (longer
 * text is shortened, never rejected; only the ticket number must fit whole).
 */
enum TicketField {

	NUMBER(100), TITLE(1000), DESCRIPTION(0), CATEGORY(200), OPENED_AT(0), RESOLVED_AT(0), CALLER(200),
	ASSIGNMENT_GROUP(200), LOCATION(200), BUSINESS_UNIT(200), REOPEN_COUNT(0);

	private final int maxLength;

	TicketField(int maxLength) {
		this.maxLength = maxLength;
	}

	/** The longest text kept, or 0 where another limit applies. */
	int maxLength() {
		return this.maxLength;
	}

	/** The camel-case name used in JSON and forms ({@code assignmentGroup}). */
	String property() {
		String[] words = name().toLowerCase().split("_");
		StringBuilder name = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return name.toString();
	}

}
