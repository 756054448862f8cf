package org.shopfront.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * API tokens: a person makes tokens for themselves, an admin makes them for service
 * accounts; the owner (or an admin) revokes them. A token's secret is returned once, when
 * it is made, and never stored.
 */
@Service
@Transactional
class ManagingTokens {

	/** A token just made, with the secret that is shown this once. */
	record Created(ApiToken token, String secret) {
	}

	private final ApiTokens tokens;

	private final Users users;

	private final TokenSignIn signIn;

	private final Clock clock;

	ManagingTokens(ApiTokens tokens, Users users, TokenSignIn signIn, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.signIn = signIn;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<ApiToken> ownedBy(UserId owner) {
		return this.tokens.ownedBy(owner);
	}

	@Transactional(readOnly = true)
	List<ApiToken> all() {
		return this.tokens.all(1000);
	}

	@Transactional(readOnly = true)
	List<Account> serviceAccounts() {
		return this.users.all().stream().filter(Account::serviceAccount).toList();
	}

	/** A token for the signed-in person; null when the form has errors. */
	Created createOwn(ShopfrontUser me, TokenForm form, Errors errors) {
		checkDays(form, errors);
		return errors.hasErrors() ? null : create(me.id(), me.id(), form);
	}

	/** An admin's token for a service account; null when the form has errors. */
	Created createForServiceAccount(ShopfrontUser admin, TokenForm form, Errors errors) {
		checkDays(form, errors);
		boolean serviceAccount = form.owner() != null
				&& this.users.findAccount(new UserId(form.owner())).map(Account::serviceAccount).orElse(false);
		if (!serviceAccount) {
			errors.rejectValue("owner", "tokens.owner.serviceAccount");
		}
		return errors.hasErrors() ? null : create(new UserId(form.owner()), admin.id(), form);
	}

	/** Revokes one of the person's own tokens (an admin may revoke any). */
	void revoke(ShopfrontUser me, UUID id) {
		ApiToken token = this.tokens.find(id)
			.filter(t -> t.ownerId().equals(me.id()) || me.hasRole(Role.ADMIN))
			.orElseThrow(() -> TokenNotFound.forId(id));
		this.tokens.revoke(token.id(), this.clock.instant());
		this.signIn.forget(token.id());
	}

	private Created create(UserId owner, UserId creator, TokenForm form) {
		String secret = TokenSecrets.newSecret();
		Instant now = this.clock.instant();
		ApiToken token = new ApiToken(UUID.randomUUID(), owner, null, form.name().strip(), TokenSecrets.shown(secret),
				form.scopes(), creator, now, now.plus(Duration.ofDays(form.days())), null, null);
		this.tokens.insert(token, TokenSecrets.hash(secret));
		return new Created(token, secret);
	}

	private static void checkDays(TokenForm form, Errors errors) {
		if (form.days() != null && Arrays.stream(TokenForm.DAYS).noneMatch(d -> d == form.days())) {
			errors.rejectValue("days", "tokens.days.unknown");
		}
	}

}
