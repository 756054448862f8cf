package org.shopfront.shadowit;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.catalog.Catalog;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.ProviderKind;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.people.UnitId;
import org.shopfront.shadowit.ShadowItImport.PastExpense;
import org.shopfront.shared.Money;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * IT's answers to a vendor found outside the store, each recorded with who and when:
 * added to the store through the catalog's pre-filled form, the store's option proposed
 * to the unit through notify, accepted as sanctioned (out of the outside figure, still
 * shown).
 */
@ShopfrontTest
class VendorActionsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ShadowBoard board;

	@Autowired
	ShadowItImport imports;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	PeopleFixture people;

	Someone head;

	Someone payer;

	Someone owner;

	String unit;

	NeedId need;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void aUnitPayingForSoftware() {
		this.people = new PeopleFixture(this.context);
		this.head = this.people.someone("Actions head", Role.BUSINESS_LEADER);
		this.payer = this.people.reportingTo(this.head, "Actions payer");
		this.owner = this.people.someone("Actions owner", Role.SERVICE_OWNER);
		UnitId id = this.people.unit("Actions unit " + this.tag, this.head);
		this.unit = this.people.unitName(id);
		CatalogFixture catalog = new CatalogFixture(this.context);
		this.need = catalog.need("Actions whiteboard " + this.tag);
		catalog.service(this.need, catalog.provider("Actions team"), "4");
		LocalDate day = YearMonth.now().atDay(2);
		this.imports.add(List.of(new PastExpense(day, Money.of("120.00", "EUR"), "MURAL.CO", this.payer.username(),
				this.unit, this.tag + "-1")), List.of());
	}

	@Test
	void addingToTheStoreMakesTheProviderAndOpensTheFormPrefilled() throws Exception {
		String form = this.mvc
			.perform(post("/shadow-it/vendors/mural/store").param("need", this.need.value().toString())
				.with(csrf())
				.with(httpBasic(this.owner.username(), this.owner.password())))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(form).startsWith("/manage/needs/" + this.need.value() + "/offerings/new?")
			.contains("title=Mural", "monthlyPrice=10.00");
		assertThat(this.catalog.providers()).anySatisfy((p) -> {
			assertThat(p.name()).isEqualTo("Mural");
			assertThat(p.kind()).isEqualTo(ProviderKind.EXTERNAL);
		});
		String page = this.mvc
			.perform(get(URI.create(form)).with(httpBasic(this.owner.username(), this.owner.password())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"Mural\"", "value=\"10.00\"", "https://mural.co");
		assertThat(history("mural")).extracting(VendorAction::kind).contains(VendorAction.Kind.ADDED_TO_STORE);
	}

	@Test
	void proposingTheStoresOptionTellsTheUnitsHeadAndPayers() throws Exception {
		this.mvc
			.perform(post("/shadow-it/vendors/mural/propose").param("unit", this.unit)
				.param("need", this.need.value().toString())
				.with(csrf())
				.with(httpBasic(this.owner.username(), this.owner.password())))
			.andExpect(status().is3xxRedirection());
		for (Someone told : List.of(this.head, this.payer)) {
			assertThat(this.jdbc.sql("select count(*) from notice where recipient_id = :id and kind = :kind")
				.param("id", told.id().value())
				.param("kind", ProposalNotices.KIND)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		assertThat(history("mural")).anySatisfy((a) -> {
			assertThat(a.kind()).isEqualTo(VendorAction.Kind.ALTERNATIVE_PROPOSED);
			assertThat(a.unit()).isEqualTo(this.unit);
			assertThat(a.byName()).contains("Actions owner");
		});
	}

	@Test
	void aSanctionedVendorLeavesTheOutsideFigureAndStaysVisible() throws Exception {
		this.mvc
			.perform(post("/shadow-it/vendors/mural/sanction").with(csrf())
				.with(httpBasic(this.owner.username(), this.owner.password())))
			.andExpect(status().is3xxRedirection());
		Board board = this.board.board(this.people.principal(this.owner), this.unit, null, null);
		assertThat(board.vendors()).singleElement().satisfies((v) -> assertThat(v.sanctioned()).isTrue());
		assertThat(board.outside().isEmpty()).isTrue();
		assertThat(board.byUnit()).isEmpty();
		String page = this.mvc
			.perform(get("/shadow-it/vendors/mural").with(httpBasic(this.owner.username(), this.owner.password())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Sanctioned", "accepted it as sanctioned").doesNotContain("id=\"sanction\"");
	}

	@Test
	void unitHeadsMayNotAct() throws Exception {
		this.mvc
			.perform(post("/shadow-it/vendors/mural/sanction").with(csrf())
				.with(httpBasic(this.head.username(), this.head.password())))
			.andExpect(status().isForbidden());
	}

	private List<VendorAction> history(String vendor) {
		return new VendorActions(this.jdbc).of(vendor);
	}

}
