package org.shopfront.initiatives;

/** What an initiative's promise is about. */
public enum PromiseMeasure {

	/** It costs no more than the budget promised. */
	BUDGET,
	/** It is delivered by the day promised. */
	DATE,
	/** It brings the value promised: money per year, a target figure, or both. */
	VALUE

}
