package org.shopfront.people;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.people.PeopleImport.NewPerson;
import org.shopfront.people.PeopleImport.NewUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing a staff: units, heads and managers are named, not referenced by id, and
 * everyone can sign in with the initial password.
 */
@ShopfrontTest
class PeopleImportTests {

	@Autowired
	PeopleImport people;

	@Autowired
	Directory directory;

	@Autowired
	MockMvc mvc;

	@Test
	void importsUnitsWithTheirHeadsAndPeopleWithTheirManagers() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		NewPerson head = new NewPerson("head." + tag, "Hedda Head " + tag, "head@example.com", "Imported " + tag, null,
				Set.of(Role.BUSINESS_LEADER));
		NewPerson report = new NewPerson("report." + tag, "Rory Report " + tag, "report@example.com", "Imported " + tag,
				head.username(), Set.of());
		this.people.add(List.of(new NewUnit("Imported " + tag, head.username())), List.of(head, report),
				"initial-password");

		Person imported = this.directory.findByUsername(report.username()).orElseThrow();
		Person manager = this.directory.findByUsername(head.username()).orElseThrow();
		assertThat(imported.managerId()).isEqualTo(manager.id());
		assertThat(imported.unitName()).isEqualTo("Imported " + tag);
		assertThat(imported.roles()).containsExactly(Role.CUSTOMER);
		assertThat(manager.roles()).contains(Role.CUSTOMER, Role.BUSINESS_LEADER);
		assertThat(this.directory.units()).filteredOn((unit) -> unit.name().equals("Imported " + tag))
			.singleElement()
			.satisfies((unit) -> assertThat(unit.headId()).isEqualTo(manager.id()));
		this.mvc.perform(get("/api/orders").with(httpBasic(report.username(), "initial-password")))
			.andExpect(status().isOk());
		assertThat(this.people.directoryIsEmpty()).isFalse();
	}

	@Test
	void refusesAManagerWhoIsNotImportedBeforeTheirReport() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		NewPerson report = new NewPerson("early." + tag, "Early Report " + tag, "early@example.com", null,
				"later." + tag, Set.of());
		NewPerson manager = new NewPerson("later." + tag, "Later Manager " + tag, "later@example.com", null, null,
				Set.of());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.people.add(List.of(), List.of(report, manager), "initial-password"))
			.withMessageContaining("later." + tag);
		assertThat(this.directory.findByUsername(report.username())).isEmpty();
	}

}
