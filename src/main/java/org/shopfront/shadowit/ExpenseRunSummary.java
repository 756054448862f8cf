package org.shopfront.shadowit;

/**
 * What an import of card and expense lines did: of the good lines it read, how many it
 * stored (matched to a vendor or not) and how many were stored already.
 *
 * @param lines the good lines read
 * @param stored the lines stored by this run
 * @param matched the stored lines matched to a vendor
 */
record ExpenseRunSummary(long lines, long stored, long matched) {

	public long unknown() {
		return this.stored - this.matched;
	}

	public long alreadyImported() {
		return Math.max(0, this.lines - this.stored);
	}

}
