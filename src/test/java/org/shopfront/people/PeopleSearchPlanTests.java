package org.shopfront.people;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.QueryPlans;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.ShopfrontTest;
import org.shopfront.shared.paging.Page;
import org.shopfront.shared.paging.PageRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People are listed by name along their index, a page at a time, in SQL rather than by
 * reading everyone, and a person signing in is found by name, or by e-mail through single
 * sign-on, along an index (issue 14). PostgreSQL only.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleSearchPlanTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Users users;

	QueryPlans plans;

	Someone person;

	@BeforeAll
	void fixture() {
		this.plans = new QueryPlans(this.context.getBean(DataSource.class));
		if (this.plans.onPostgres()) {
			PeopleFixture people = new PeopleFixture(this.context);
			this.person = people.someone("Plan Person One");
			people.someone("Plan Person Two");
		}
	}

	@BeforeEach
	void onPostgres() {
		this.plans.assumePostgres();
	}

	@Test
	void peopleByNameWalkTheNameIndexOnEveryPage() {
		PageRequest first = PageRequest.first(1);
		Page<Account> page = this.users.search("", first);
		assertThat(page.more()).isTrue();
		this.plans.assertReadsAlong("app_user_name_idx", () -> this.users.search("", first));
		this.plans.assertReadsAlong("app_user_name_idx", () -> this.users.search("", first.after(page.next())));
	}

	@Test
	void signingInFindsThePersonByTheirLowercaseNameAlongItsIndex() {
		assertThat(this.users.findAccountByUsername(this.person.username().toUpperCase())).isPresent();
		this.plans.assertReadsAlong("app_user_username_lower_idx",
				() -> this.users.findAccountByUsername(this.person.username().toUpperCase()));
	}

	@Test
	void singleSignOnFindsThePersonByTheirLowercaseEmailAlongItsIndex() {
		String email = (this.person.username() + "@Example.org").toUpperCase();
		assertThat(this.users.findAccountsByEmail(email)).extracting(Account::id).containsExactly(this.person.id());
		this.plans.assertReadsAlong("app_user_email_lower_idx", () -> this.users.findAccountsByEmail(email));
	}

}
