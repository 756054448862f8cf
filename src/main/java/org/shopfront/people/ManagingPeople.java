package org.shopfront.people;

import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The admin's use cases: create and edit accounts and business units. Business rules that
 * a form cannot check alone (unique names, no self-management, password on creation) are
 * reported against the field they concern.
 */
@Service
@Transactional
class ManagingPeople {

	private final Users users;

	private final BusinessUnits units;

	private final PasswordEncoder passwords;

	private final RecentAccounts recent;

	private final PasswordPolicy policy;

	ManagingPeople(Users users, BusinessUnits units, PasswordEncoder passwords, RecentAccounts recent,
			PasswordPolicy policy) {
		this.users = users;
		this.units = units;
		this.passwords = passwords;
		this.recent = recent;
		this.policy = policy;
	}

	@Transactional(readOnly = true)
	List<Account> search(String query) {
		return this.users.search(query, 500);
	}

	@Transactional(readOnly = true)
	Account account(UserId id) {
		return this.users.findAccount(id).orElseThrow(() -> UserNotFound.forId(id));
	}

	@Transactional(readOnly = true)
	List<BusinessUnit> units() {
		return this.units.all();
	}

	@Transactional(readOnly = true)
	BusinessUnit unit(UnitId id) {
		return this.units.find(id).orElseThrow(() -> UnitNotFound.forId(id));
	}

	UserId create(UserForm form, Errors errors) {
		if (this.users.usernameTaken(form.username(), null)) {
			errors.rejectValue("username", "people.username.taken");
		}
		checkPassword(form.username(), form.password(), errors);
		checkReferences(form, null, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Account account = Account.create(form.username().trim(), form.displayName().trim(), form.email().trim(),
				this.passwords.encode(form.password()), form.unit(), form.manager(), form.chosenRoles());
		this.users.insert(account);
		return account.id();
	}

	UserId createServiceAccount(ServiceAccountForm form, Errors errors) {
		if (this.users.usernameTaken(form.username(), null)) {
			errors.rejectValue("username", "people.username.taken");
		}
		if (errors.hasErrors()) {
			return null;
		}
		Account account = Account.serviceAccount(form.username().trim(), form.displayName().trim(), form.email().trim(),
				form.chosenRoles());
		this.users.insert(account);
		return account.id();
	}

	void edit(UserId id, UserForm form, Errors errors) {
		Account current = account(id);
		if (form.password() != null && !form.password().isEmpty()) {
			if (current.serviceAccount()) {
				errors.rejectValue("password", "people.password.serviceAccount");
			}
			else {
				checkPassword(current.username(), form.password(), errors);
			}
		}
		if (id.equals(form.manager())) {
			errors.rejectValue("managerId", "people.manager.self");
		}
		checkReferences(form, id, errors);
		if (errors.hasErrors()) {
			return;
		}
		Account edited = current.edit(form.displayName().trim(), form.email().trim(), form.unit(), form.manager(),
				form.enabled(), form.chosenRoles(), form.version());
		if (form.password() != null && !form.password().isEmpty()) {
			edited = edited.withPasswordHash(this.passwords.encode(form.password()));
		}
		if (!this.users.update(edited)) {
			throw StaleAccount.changedMeanwhile();
		}
		this.recent.removeUserFromCache(current.username());
	}

	UnitId createUnit(UnitForm form, Errors errors) {
		if (this.units.nameTaken(form.name(), null)) {
			errors.rejectValue("name", "people.unit.taken");
		}
		checkHead(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		UnitId id = UnitId.random();
		this.units.insert(id, form.name(), form.head());
		return id;
	}

	void editUnit(UnitId id, UnitForm form, Errors errors) {
		unit(id);
		if (this.units.nameTaken(form.name(), id)) {
			errors.rejectValue("name", "people.unit.taken");
		}
		checkHead(form, errors);
		if (errors.hasErrors()) {
			return;
		}
		if (!this.units.update(id, form.name(), form.head(), form.version())) {
			throw StaleAccount.changedMeanwhile();
		}
	}

	/** Reports a password that breaks the policy against the form's password field. */
	void checkPassword(String username, String password, Errors errors) {
		this.policy.problem(username, password)
			.ifPresent(key -> errors.rejectValue("password", key, new Object[] { PasswordPolicy.MIN_LENGTH }, null));
	}

	private void checkHead(UnitForm form, Errors errors) {
		if (form.head() != null && this.users.findAccount(form.head()).isEmpty()) {
			errors.rejectValue("headId", "people.user.unknown");
		}
	}

	private void checkReferences(UserForm form, UserId self, Errors errors) {
		if (form.unit() != null && this.units.find(form.unit()).isEmpty()) {
			errors.rejectValue("unitId", "people.unit.unknown");
		}
		if (form.manager() != null && !form.manager().equals(self)
				&& this.users.findAccount(form.manager()).isEmpty()) {
			errors.rejectValue("managerId", "people.user.unknown");
		}
	}

}
