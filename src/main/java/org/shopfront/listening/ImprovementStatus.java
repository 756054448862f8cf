package org.shopfront.listening;

/** An improvement is promised until IT marks it done. */
enum ImprovementStatus {

	PROMISED, DONE

}
