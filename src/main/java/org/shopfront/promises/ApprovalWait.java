package org.shopfront.promises;

import java.util.Arrays;

/**
 * The usual wait for a manager's approval, learnt from past approvals: the median of the
 * business hours from placing to approval. The median, because the wait is added to a
 * date whose own confidence comes from the delivery history; a quantile of the wait on
 * top of a quantile of the delivery would overstate both.
 *
 * @param hours the median wait in business hours; 0 when nothing was learnt
 * @param approvals how many approvals it was learnt from
 */
record ApprovalWait(double hours, int approvals) {

	static final ApprovalWait UNKNOWN = new ApprovalWait(0, 0);

	/** The wait learnt from the business hours each approval took. */
	static ApprovalWait of(double[] waits) {
		if (waits.length == 0) {
			return UNKNOWN;
		}
		double[] sorted = waits.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		double median = (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
		return new ApprovalWait(median, sorted.length);
	}

	boolean known() {
		return this.approvals > 0;
	}

}
