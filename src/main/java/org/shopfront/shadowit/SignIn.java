package org.shopfront.shadowit;

import java.time.LocalDate;

/**
 * A person's use of an application in a month, from one line of a sign-in log; its key is
 * a hash of the three, so that any number of sign-ins in a month is one use.
 *
 * @param counted whether the line was a successful sign-in (other lines are read, counted
 * as read, and not stored)
 */
record SignIn(String key, LocalDate month, String application, String person, boolean counted) {

	static SignIn of(LocalDate day, String application, String person, boolean counted) {
		LocalDate month = day.withDayOfMonth(1);
		String normalPerson = person.strip().toLowerCase();
		return new SignIn(Keys.hash(month.toString(), application, normalPerson), month, application, normalPerson,
				counted);
	}

}
