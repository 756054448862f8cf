package org.shopfront.painpoints;

/** An improvement is promised until IT marks it done. */
enum ImprovementStatus {

	PROMISED, DONE

}
