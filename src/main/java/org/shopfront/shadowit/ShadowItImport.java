package org.shopfront.shadowit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.shopfront.people.UserId;
import org.shopfront.shared.Money;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Card lines and sign-ins from a past that no file brings (the demo's year), stored the
 * way an import stores them: matched to vendors with the corrections recorded so far, the
 * same line twice kept once.
 */
@Service
public class ShadowItImport {

	private final VendorMatchers matchers;

	private final ExpenseLines lines;

	private final SignInMonths signIns;

	private final VendorActions actions;

	private final Clock clock;

	ShadowItImport(VendorMatchers matchers, ExpenseLines lines, SignInMonths signIns, VendorActions actions,
			Clock clock) {
		this.matchers = matchers;
		this.lines = lines;
		this.signIns = signIns;
		this.actions = actions;
		this.clock = clock;
	}

	/** One card or expense line as a statement shows it. */
	public record PastExpense(LocalDate spentOn, Money amount, String merchant, String employee, String businessUnit,
			String reference) {

	}

	/** A person's sign-in to an application on a day. */
	public record PastSignIn(LocalDate day, String application, String person) {

	}

	/**
	 * Something IT did about a vendor in the past.
	 *
	 * @param sanctioned accepted as sanctioned, else added to the store
	 */
	public record PastAnswer(String vendorId, boolean sanctioned, UserId by, String byName, Instant at) {

	}

	/** Whether no card or expense line is stored yet. */
	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return this.lines.none();
	}

	@Transactional
	public void add(List<PastExpense> expenses, List<PastSignIn> uses) {
		this.lines.add(expenses.stream()
			.map((e) -> ExpenseLine.of(e.spentOn(), e.amount(), e.merchant(), e.employee(), null, e.businessUnit(),
					e.reference()))
			.toList(), this.matchers.current(), null, this.clock.instant());
		this.signIns.add(uses.stream().map((u) -> SignIn.of(u.day(), u.application(), u.person(), true)).toList(),
				this.matchers.current(), null, this.clock.instant());
	}

	/** Records what IT did about vendors, as if done then. */
	@Transactional
	public void add(List<PastAnswer> answers) {
		answers.forEach((a) -> this.actions.add(new VendorAction(UUID.randomUUID(), a.vendorId(),
				a.sanctioned() ? VendorAction.Kind.SANCTIONED : VendorAction.Kind.ADDED_TO_STORE, null, null, a.by(),
				a.byName(), a.at())));
	}

}
