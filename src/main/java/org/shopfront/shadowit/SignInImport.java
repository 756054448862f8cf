package org.shopfront.shadowit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.shopfront.imports.ImportRow;
import org.shopfront.imports.ImportRunId;
import org.shopfront.imports.ImportTarget;
import org.shopfront.shadowit.matching.VendorMatcher;
import org.shopfront.shared.tabular.DateReader;

/**
 * Sign-in log lines as an import target, for one file: a line needs a time, a person and
 * an application; failed sign-ins and other events are read and not counted. Applications
 * are matched to vendors by name as they are stored.
 */
final class SignInImport implements ImportTarget<SignInField, SignIn> {

	/** The target's name in the import log. */
	static final String NAME = "sign-ins";

	private final SignInProfile profile;

	private final DateReader dates;

	private final VendorMatcher matcher;

	private final SignInMonths months;

	private final Clock clock;

	SignInImport(SignInProfile profile, DateReader dates, VendorMatcher matcher, SignInMonths months, Clock clock) {
		this.profile = profile;
		this.dates = dates;
		this.matcher = matcher;
		this.months = months;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public SignIn read(ImportRow<SignInField> row) {
		Instant at = row.date(SignInField.AT, this.dates);
		if (at == null && !row.rejected()) {
			row.required(SignInField.AT);
		}
		String person = row.required(SignInField.PERSON);
		String application = row.required(SignInField.APPLICATION);
		if (row.rejected()) {
			return null;
		}
		boolean counted = this.profile.signIn(row.text(SignInField.OUTCOME), row.text(SignInField.EVENT_TYPE));
		return SignIn.of(LocalDate.ofInstant(at, this.clock.getZone()), ImportRow.shorten(application, 200),
				ImportRow.shorten(person, 200), counted);
	}

	@Override
	public void write(List<SignIn> items, ImportRunId run) {
		this.months.add(items, this.matcher, run, this.clock.instant());
	}

	@Override
	public Object key(SignIn signIn) {
		return signIn.key();
	}

}
