package org.shopfront.feedback;

import org.shopfront.shared.NotFound;

/** No such survey, or not the viewer's to answer: both answer 404. */
final class SurveyNotFound extends NotFound {

	private SurveyNotFound(Object id) {
		super("error.survey.notFound", id);
	}

	static SurveyNotFound forId(Object id) {
		return new SurveyNotFound(id);
	}

}
