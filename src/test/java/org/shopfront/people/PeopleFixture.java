package org.shopfront.people;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Creates people for tests the way an admin does, through {@link ManagingPeople}.
 * Usernames get a suffix so that tests sharing a context never collide.
 */
public final class PeopleFixture {

	public static final String PASSWORD = "correct-horse-battery";

	private static final AtomicInteger sequence = new AtomicInteger();

	private final ManagingPeople people;

	private final Directory directory;

	private final ManagingTokens tokens;

	public PeopleFixture(ApplicationContext context) {
		this.people = context.getBean(ManagingPeople.class);
		this.directory = context.getBean(Directory.class);
		this.tokens = context.getBean(ManagingTokens.class);
	}

	/** Someone who can sign in with {@link #PASSWORD}. */
	public record Someone(UserId id, String username, String displayName) {

		public String password() {
			return PASSWORD;
		}

	}

	/** A person with no manager; everyone is a customer, the roles add duties. */
	public Someone someone(String name, Role... roles) {
		return create(name, null, roles);
	}

	/** A person whose manager approves their larger orders. */
	public Someone reportingTo(Someone manager, String name, Role... roles) {
		return create(name, manager.id(), roles);
	}

	/** The signed-in principal for a person, as controllers receive it. */
	public ShopfrontUser principal(Someone someone) {
		Person person = this.directory.require(someone.id());
		return new ShopfrontUser(person.id(), person.username(), person.displayName(), person.roles(), true, "");
	}

	/** A business unit led by the given head, as the admin creates it. */
	public UnitId unit(String name, Someone head) {
		UnitForm form = new UnitForm(name + " " + sequence.incrementAndGet(), head.id().value(), 0);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		UnitId id = this.people.createUnit(form, errors);
		if (errors.hasErrors()) {
			throw new IllegalStateException("Fixture unit rejected: " + errors);
		}
		return id;
	}

	/** The name a unit was given (the fixture adds a number to keep names apart). */
	public String unitName(UnitId unit) {
		return this.directory.units().stream().filter((u) -> u.id().equals(unit)).findFirst().orElseThrow().name();
	}

	/** A service account, as the admin creates one: no password, only API tokens. */
	public UserId serviceAccount(String name) {
		String username = name.toLowerCase().replaceAll("[^a-z0-9]", "-") + "-" + sequence.incrementAndGet();
		ServiceAccountForm form = new ServiceAccountForm(username, name, username + "@example.org",
				EnumSet.of(Role.CUSTOMER));
		Errors errors = new BeanPropertyBindingResult(form, "form");
		UserId id = this.people.createServiceAccount(form, errors);
		if (errors.hasErrors()) {
			throw new IllegalStateException("Fixture service account rejected: " + errors);
		}
		return id;
	}

	/** An API token of the person with the given scopes; returns its id. */
	public UUID token(Someone owner, String... scopes) {
		TokenForm form = new TokenForm(null, "Fixture token",
				java.util.Arrays.stream(scopes).map(TokenScope::valueOf).collect(java.util.stream.Collectors.toSet()),
				30);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		ManagingTokens.Created created = this.tokens.createOwn(principal(owner), form, errors);
		if (errors.hasErrors()) {
			throw new IllegalStateException("Fixture token rejected: " + errors);
		}
		return created.token().id();
	}

	/** Edits an account the way the admin page does; the password may stay empty. */
	public void edit(Someone someone, boolean enabled, String newPassword) {
		UserForm form = UserForm.of(this.people.account(someone.id()));
		UserForm edited = new UserForm(form.username(), form.displayName(), form.email(), newPassword, form.unitId(),
				form.managerId(), form.roles(), enabled, form.version());
		Errors errors = new BeanPropertyBindingResult(edited, "form");
		this.people.edit(someone.id(), edited, errors);
		if (errors.hasErrors()) {
			throw new IllegalStateException("Fixture edit rejected: " + errors);
		}
	}

	/** Puts someone in a business unit, the way the admin's account page does. */
	public void joinUnit(Someone someone, UnitId unit) {
		UserForm form = UserForm.of(this.people.account(someone.id()));
		UserForm edited = new UserForm(form.username(), form.displayName(), form.email(), "", unit.value(),
				form.managerId(), form.roles(), form.enabled(), form.version());
		Errors errors = new BeanPropertyBindingResult(edited, "form");
		this.people.edit(someone.id(), edited, errors);
		if (errors.hasErrors()) {
			throw new IllegalStateException("Fixture unit change rejected: " + errors);
		}
	}

	private Someone create(String name, UserId manager, Role... roles) {
		String username = name.toLowerCase().replaceAll("[^a-z0-9]", "-") + "-" + sequence.incrementAndGet();
		Set<Role> chosen = EnumSet.of(Role.CUSTOMER);
		chosen.addAll(Arrays.asList(roles));
		UserForm form = new UserForm(username, name, username + "@example.org", PASSWORD, null,
				manager == null ? null : manager.value(), chosen, true, 0);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		UserId id = this.people.create(form, errors);
		if (errors.hasErrors()) {
			throw new IllegalStateException("Fixture user rejected: " + errors);
		}
		return new Someone(id, username, name);
	}

}
