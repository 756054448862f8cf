package org.shopfront.estimates;

import java.util.List;

/**
 * The record of past projects that estimates are widened from: imported from files (the
 * past projects page) and recorded as Shopfront's own initiatives close.
 */
public interface PastProjects {

	/**
	 * Records a finished project. A project whose origin names a reference that is
	 * already recorded changes nothing, so a redelivered event records it once.
	 * @return whether it was recorded now
	 */
	boolean record(PastProject project);

	/** How many past projects there are. */
	long count();

	/** Past projects, the most recently recorded first, a page at a time. */
	List<PastProject> list(int offset, int limit);

	/**
	 * How the projects of a source (all sources when {@code null}) overran their
	 * estimates of a measure.
	 */
	Overruns overruns(Measure measure, String source);

}
