package org.shopfront;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.demand.DemandFixture;
import org.shopfront.demand.DemandFixture.BusinessUnit;
import org.shopfront.demand.DemandId;
import org.shopfront.people.UnitId;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.initiatives.InitiativeFixture;
import org.shopfront.shadowit.ShadowItAdminFixture;
import org.shopfront.tickets.TicketFixture;
import org.shopfront.painpoints.PainPointFixture;
import org.shopfront.notify.Notice;
import org.shopfront.notify.Notice.Text;
import org.shopfront.notify.Notifying;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderingFixture;
import org.shopfront.people.Directory;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.people.UnitId;

import org.shopfront.shared.paging.Cursor;
import org.shopfront.shared.paging.Page;
import org.shopfront.shared.paging.Paging;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may reach what: every page and API route against every kind of person, from an
 * anonymous visitor to an admin. Only status codes are checked; the routes' own tests
 * check what they show. Routes that move an order get a fresh order in the right state
 * for each request, so that "allowed" really means the move succeeded.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	/** The people in the matrix; "the order" always belongs to {@link #CUSTOMER}. */
	enum Who {

		ANONYMOUS, CUSTOMER, OTHER_CUSTOMER, MANAGER, FULFILLER, SERVICE_OWNER, ADMIN

	}

	enum Outcome {

		/** 2xx, or a redirect anywhere but the sign-in page. */
		ALLOWED,
		/** 401, or a redirect to the sign-in page. */
		SIGN_IN,
		/** 403. */
		FORBIDDEN,
		/** 404: someone else's order must look as if it did not exist. */
		NOT_FOUND,
		/**
		 * 400: a list's cursor made for someone else's list, which opens nothing and
		 * reveals nothing.
		 */
		BAD_REQUEST,
		/** 410: a link that does not work, whoever follows it (never a sign-in). */
		GONE,
		/** A redirect to the sign-in page saying it failed: a forged sign-on callback. */
		SIGN_IN_REFUSED,
		/** 400: allowed, but the request cannot succeed for them (no business unit). */
		INVALID

	}

	/** The state a fresh order is brought to before a move is tried on it. */
	enum Fresh {

		NONE, AWAITING_APPROVAL, OPEN, IN_PROGRESS, DELIVERED

	}

	record Route(String method, String path, Fresh fresh, Map<String, String> form, String json,
			Map<Who, Outcome> expected) {

		/** Routes for machine clients, which ask for JSON rather than a page. */
		boolean api() {
			return this.path.startsWith("/api/") || this.path.startsWith("/v3/") || this.path.startsWith("/actuator/");
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	static final List<Route> ROUTES = new ArrayList<>();

	static {
		// Pages
		route("GET", "/", signedIn());
		route("GET", "/store", signedIn());
		route("GET", "/needs/{need}", signedIn());
		route("GET", "/offerings/{offering}/order", signedIn());
		route("POST", "/offerings/{offering}/order", Fresh.NONE, Map.of("quantity", "1"), null, signedIn());
		route("GET", "/orders", signedIn());
		route("GET", "/orders/{order}", signedIn(Who.OTHER_CUSTOMER, Outcome.NOT_FOUND));
		route("GET", "/approvals", signedIn());
		route("GET", "/approvals?sort=promised", signedIn());
		route("GET", "/orders?scope=reports&sort=promised", signedIn());
		route("GET", "/orders?cursor={cursor}", cursorOwnerOnly());
		route("GET", "/fulfilment?sort=promised&status=OPEN", only(Who.FULFILLER));
		route("GET", "/admin/users?q=matrix", only(Who.ADMIN));
		route("GET", "/fulfilment", only(Who.FULFILLER));
		pageMove("approve", Fresh.AWAITING_APPROVAL, Map.of(), Who.MANAGER);
		pageMove("reject", Fresh.AWAITING_APPROVAL, Map.of("text", "Not now"), Who.MANAGER);
		pageMove("take", Fresh.OPEN, Map.of(), Who.FULFILLER);
		pageMove("notes", Fresh.OPEN, Map.of("text", "On its way"), Who.FULFILLER);
		pageMove("deliver", Fresh.IN_PROGRESS, Map.of(), Who.FULFILLER);
		pageMove("confirm", Fresh.DELIVERED, Map.of(), Who.CUSTOMER);
		pageMove("cancel", Fresh.OPEN, Map.of(), Who.CUSTOMER);
		route("GET", "/inbox", signedIn());
		route("GET", "/inbox/badge", signedIn());
		route("POST", "/inbox/read", Fresh.NONE, Map.of(), null, signedIn());
		route("POST", "/inbox/{notice}/read", Fresh.NONE, Map.of(), null, ownerOnly(Who.CUSTOMER));
		route("GET", "/manage", only(Who.SERVICE_OWNER));
		route("GET", "/manage/needs/new", only(Who.SERVICE_OWNER));
		route("POST", "/manage/needs/new", Fresh.NONE, Map.of("title", "Matrix need {n}", "category", "DEVICES",
				"description", "Made by the matrix", "version", "0"), null, only(Who.SERVICE_OWNER));
		route("GET", "/manage/needs/{need}", only(Who.SERVICE_OWNER));
		route("GET", "/manage/offerings/{offering}", only(Who.SERVICE_OWNER));
		route("GET", "/manage/providers/new", only(Who.SERVICE_OWNER));
		route("POST", "/manage/providers/new", Fresh.NONE, Map.of("name", "Matrix provider {n}", "kind", "EXTERNAL",
				"profile", "Made by the matrix", "version", "0"), null, only(Who.SERVICE_OWNER));
		route("GET", "/manage/past-projects", itManagers());
		route("GET", "/admin/users", only(Who.ADMIN));
		route("GET", "/admin/users/new", only(Who.ADMIN));
		route("POST", "/admin/users/new", Fresh.NONE,
				Map.of("username", "matrix-{n}", "displayName", "Matrix {n}", "email", "matrix-{n}@example.org",
						"password", "long-enough-password", "enabled", "true", "version", "0"),
				null, only(Who.ADMIN));
		route("GET", "/admin/users/{user}", only(Who.ADMIN));
		route("GET", "/listening", itStaff());
		route("GET", "/listening/mining", itStaff());
		route("POST", "/listening/mining", itStaff());
		route("GET", "/listening/pain-points/{painPoint}", itStaff());
		route("GET", "/listening/pain-points/{painPoint}?cursor={painPointCursor}", cursorOfTheFulfillerOnly());
		route("GET", "/listening/pain-points/{painPoint}?cursor={cursor}", itStaff(Outcome.BAD_REQUEST));
		route("GET", "/listening/pain-points/{painPoint}?cursor=forged", itStaff(Outcome.BAD_REQUEST));
		route("POST", "/listening/pain-points/{painPoint}/improvements", Fresh.NONE,
				Map.of("title", "Matrix improvement {n}", "owner", "Matrix team", "promisedOn", "2030-01-31"), null,
				only(Who.SERVICE_OWNER));
		route("POST", "/listening/improvements/{improvement}/done?painPoint={painPoint}", only(Who.SERVICE_OWNER));
		route("GET", "/pain-points/public", signedIn());
		route("GET", "/admin/units", only(Who.ADMIN));
		route("POST", "/admin/units", Fresh.NONE, Map.of("name", "Matrix unit {n}", "version", "0"), null,
				only(Who.ADMIN));
		route("GET", "/listening/tickets", itStaff());
		route("GET", "/listening/import", itStaff());
		route("GET", "/listening/imports/{importRun}", itStaff());
		route("GET", "/listening/profiles/new", itStaff());
		route("POST", "/listening/profiles/new", Fresh.NONE,
				Map.of("name", "Matrix profile {n}", "title", "Subject", "version", "0"), null, itStaff());
		route("GET", "/listening/profiles/{importProfile}", itStaff());
		// Shadow IT's admin pages: card lines and sign-ins name people, so IT admins only
		route("GET", "/admin/shadow-it/import", only(Who.ADMIN));
		route("POST", "/admin/shadow-it/import", Fresh.NONE, Map.of("layout", "GENERIC"), null, only(Who.ADMIN));
		route("GET", "/admin/shadow-it/imports/{expenseRun}", only(Who.ADMIN));
		route("GET", "/admin/shadow-it/sign-ins", only(Who.ADMIN));
		route("POST", "/admin/shadow-it/sign-ins", Fresh.NONE, Map.of("layout", "OKTA"), null, only(Who.ADMIN));
		route("GET", "/admin/shadow-it/sign-ins/{signInRun}", only(Who.ADMIN));
		route("GET", "/admin/shadow-it/review", only(Who.ADMIN));
		route("POST", "/admin/shadow-it/review/confirm", Fresh.NONE,
				Map.of("merchant", "{merchantKey}", "vendor", "figma"), null, only(Who.ADMIN));
		route("POST", "/admin/shadow-it/review/not-software", Fresh.NONE, Map.of("merchant", "{merchantKey}"), null,
				only(Who.ADMIN));
		route("GET", "/admin/shadow-it/vendors?q=slack", only(Who.ADMIN));
		route("GET", "/admin/shadow-it/vendors/new", only(Who.ADMIN));
		route("POST", "/admin/shadow-it/vendors/new", Fresh.NONE, Map.of("id", "matrix-vendor-{n}", "name",
				"Matrix vendor {n}", "category", "productivity", "domain", "matrix-vendor-{n}.com"), null,
				only(Who.ADMIN));
		route("GET", "/admin/shadow-it/vendors/{vendor}", only(Who.ADMIN));
		route("POST", "/admin/shadow-it/vendors/{vendor}", Fresh.NONE,
				Map.of("name", "Matrix vendor", "category", "design", "domain", "{vendor}.com"), null, only(Who.ADMIN));
		// Feedback: the links in mails work without signing in (the token is the key)
		route("GET", "/feedback/{survey}", ownerOnly(Who.CUSTOMER));
		route("POST", "/feedback/{survey}", Fresh.NONE, Map.of(), null, ownerOnly(Who.CUSTOMER));
		route("GET", "/feedback/trust", leadersAndIt());
		route("GET", "/survey/not-a-token", everyone(Outcome.GONE));
		route("POST", "/survey/not-a-token", Fresh.NONE, Map.of("satisfaction", "5"), null, everyone(Outcome.GONE));
		route("GET", "/pulse/not-a-token", everyone(Outcome.GONE));
		route("POST", "/pulse/not-a-token", Fresh.NONE, Map.of("score", "10"), null, everyone(Outcome.GONE));
		route("GET", "/scoreboard", signedIn());
		route("GET", "/scoreboard?by=team&weeks=13", signedIn());
		route("GET", "/scoreboard/company/all", signedIn());
		route("GET", "/scoreboard/company/all/promises?outcome=broken", signedIn());
		route("GET", "/admin/ledger", only(Who.ADMIN));
		route("GET", "/admin/ledger?cursor={ledgerCursor}", only(Who.ADMIN));
		route("GET", "/admin/ledger?cursor={cursor}", only(Who.ADMIN, Outcome.BAD_REQUEST));
		route("GET", "/admin/ledger?cursor=forged", only(Who.ADMIN, Outcome.BAD_REQUEST));
		route("POST", "/admin/ledger/verify", Fresh.NONE, Map.of(), null, only(Who.ADMIN));
		route("GET", "/admin/ledger/export", only(Who.ADMIN));
		demandPages();
		// Shadow IT: the board for IT staff and unit heads (the manager heads units);
		// actions for IT managers, adding to the store for service owners. Actions
		// go to a vendor no other test uses.
		Map<Who, Outcome> shadowReaders = leadersAndIt();
		shadowReaders.put(Who.FULFILLER, Outcome.ALLOWED);
		route("GET", "/shadow-it", shadowReaders);
		route("GET", "/shadow-it?unit=x&from=2026-01&to=2026-12", shadowReaders);
		route("GET", "/shadow-it/vendors/webex", shadowReaders);
		route("POST", "/shadow-it/vendors/webex/store", Fresh.NONE, Map.of("need", "{need}"), null,
				only(Who.SERVICE_OWNER));
		route("POST", "/shadow-it/vendors/webex/propose", Fresh.NONE, Map.of("need", "{need}", "unit", "{unitName}"),
				null, itManagers());
		route("POST", "/shadow-it/vendors/webex/sanction", Fresh.NONE, Map.of(), null, itManagers());
		// API
		route("GET", "/api/needs", signedIn());
		route("GET", "/api/scoreboard?by=unit", signedIn());
		route("GET", "/api/scoreboard/company/all", signedIn());
		route("GET", "/api/scoreboard/company/all/promises", signedIn());
		route("GET", "/api/orders", signedIn());
		route("POST", "/api/orders", Fresh.NONE, Map.of(), "{\"offeringId\":\"{offering}\",\"quantity\":1}",
				signedIn());
		route("GET", "/api/orders/{order}", signedIn(Who.OTHER_CUSTOMER, Outcome.NOT_FOUND));
		route("GET", "/api/fulfilment/queue", only(Who.FULFILLER));
		route("GET", "/api/fulfilment/queue?sort=promised&limit=1", only(Who.FULFILLER));
		route("GET", "/api/orders?scope=approvals&sort=promised&limit=1", signedIn());
		route("GET", "/api/orders?scope=reports&limit=1", signedIn());
		route("GET", "/api/orders?limit=1&cursor={cursor}", cursorOwnerOnly());
		apiMove("approve", Fresh.AWAITING_APPROVAL, null, Who.MANAGER);
		apiMove("reject", Fresh.AWAITING_APPROVAL, "{\"text\":\"Not now\"}", Who.MANAGER);
		apiMove("take", Fresh.OPEN, null, Who.FULFILLER);
		apiMove("notes", Fresh.OPEN, "{\"text\":\"On its way\"}", Who.FULFILLER);
		apiMove("deliver", Fresh.IN_PROGRESS, null, Who.FULFILLER);
		apiMove("confirm", Fresh.DELIVERED, null, Who.CUSTOMER);
		apiMove("cancel", Fresh.OPEN, null, Who.CUSTOMER);
		route("POST", "/api/listening/tickets?source=matrix", Fresh.NONE, Map.of(),
				"[{\"number\":\"M-{n}\",\"title\":\"Matrix ticket\"}]", itStaff());
		demandApi();
		// Initiatives: the manager sponsors the initiative, the fulfiller is its IT
		// owner; the customers are in no unit of it
		route("GET", "/portfolio", signedIn());
		route("GET", "/api/portfolio", signedIn());
		route("GET", "/initiatives", signedIn());
		route("GET", "/initiatives?status=RUNNING&atRisk=true", signedIn());
		route("GET", "/api/initiatives", signedIn());
		route("GET", "/initiatives/{initiative}",
				initiativeMove(Who.MANAGER, Who.FULFILLER, Who.SERVICE_OWNER, Who.ADMIN));
		route("GET", "/api/initiatives/{initiative}",
				initiativeMove(Who.MANAGER, Who.FULFILLER, Who.SERVICE_OWNER, Who.ADMIN));
		route("GET", "/initiatives/{initiative}/call", initiativeMove(Who.MANAGER));
		route("POST", "/initiatives/{initiative}/spend", Fresh.NONE,
				Map.of("amount", "10", "spentOn", "2021-01-04", "note", "Matrix spend {n}"), null,
				initiativeMove(Who.FULFILLER, Who.SERVICE_OWNER));
		route("POST", "/api/initiatives/{initiative}/spend", Fresh.NONE, Map.of(),
				"{\"amount\":10,\"spentOn\":\"2021-01-04\",\"note\":\"Matrix spend\"}",
				initiativeMove(Who.FULFILLER, Who.SERVICE_OWNER));
		route("POST", "/initiatives/{initiative}/milestones", Fresh.NONE,
				Map.of("name", "Matrix step {n}", "plannedOn", "2029-01-01"), null,
				initiativeMove(Who.FULFILLER, Who.SERVICE_OWNER));
		route("POST", "/api/initiatives/{initiative}/milestones", Fresh.NONE, Map.of(),
				"{\"name\":\"Matrix step\",\"plannedOn\":\"2029-01-01\"}",
				initiativeMove(Who.FULFILLER, Who.SERVICE_OWNER));
		// Signing in: single sign-on, the setup link of a fresh install, API tokens,
		// unlocking
		route("GET", "/oauth2/authorization/matrix", everyone());
		route("GET", "/login/oauth2/code/matrix?code=forged&state=forged", everyone(Outcome.SIGN_IN_REFUSED));
		route("GET", "/setup/not-a-token", everyone(Outcome.GONE));
		route("POST", "/setup/not-a-token", Fresh.NONE, Map.of("username", "intruder", "displayName", "Intruder",
				"email", "intruder@example.org", "password", "long-enough-password"), null, everyone(Outcome.GONE));
		route("GET", "/account/tokens", signedIn());
		route("POST", "/account/tokens", Fresh.NONE, Map.of("name", "Matrix token {n}", "scopes", "READ", "days", "30"),
				null, signedIn());
		route("POST", "/account/tokens/{token}/revoke", Fresh.NONE, Map.of(), null, tokenOwnerOrAdmin());
		route("GET", "/admin/tokens", only(Who.ADMIN));
		route("POST", "/admin/tokens", Fresh.NONE,
				Map.of("owner", "{serviceAccount}", "name", "Matrix service token {n}", "scopes", "READ", "days", "30"),
				null, only(Who.ADMIN));
		route("POST", "/admin/tokens/{token}/revoke", Fresh.NONE, Map.of(), null, only(Who.ADMIN));
		route("GET", "/admin/service-accounts/new", only(Who.ADMIN));
		route("POST", "/admin/service-accounts/new", Fresh.NONE, Map.of("username", "matrix-service-{n}", "displayName",
				"Matrix service {n}", "email", "matrix-service-{n}@example.org"), null, only(Who.ADMIN));
		route("POST", "/admin/users/{user}/unlock", Fresh.NONE, Map.of(), null, only(Who.ADMIN));
		// Around the application
		route("GET", "/v3/api-docs", signedIn());
		route("GET", "/actuator/health", everyone());
		route("GET", "/actuator/metrics", only(Who.ADMIN));
	}

	/**
	 * Demands: "the demand" was submitted by {@link Who#CUSTOMER} in the unit the
	 * {@link Who#MANAGER} leads and has IT's proposal; moves get a fresh one each.
	 */
	static void demandPages() {
		route("GET", "/demands", signedIn());
		route("GET", "/demands?status=PROPOSAL_READY", signedIn());
		route("GET", "/demands/new", signedIn());
		route("POST", "/demands/new", Fresh.NONE, Map.of("title", "Matrix demand {n}", "problem", "Slow", "outcome",
				"Fast", "valuePerYear", "1000", "currency", "EUR", "affected", "Us"), null, signedIn());
		route("GET", "/demands/{demand}", signedIn(Who.OTHER_CUSTOMER, Outcome.NOT_FOUND));
		route("GET", "/demands/{demand}?version=1", signedIn(Who.OTHER_CUSTOMER, Outcome.NOT_FOUND));
		route("POST", "/demands/{submittedDemand}/review", answerers());
		route("GET", "/demands/{freshDemand}/proposals/new", answerers());
		Map<String, String> proposal = new LinkedHashMap<>(Map.of("currency", "EUR", "recommended", "0",
				"recommendationReason", "Only way", "fewerOptionsReason", "Nothing else"));
		proposal.putAll(Map.of("options[0].kind", "BUILD_INSIDE", "options[0].name", "Build", "options[0].oneOffCost",
				"10", "options[0].runningCost", "0", "options[0].effortDays", "1", "options[0].deliveryDate",
				"2099-01-01", "options[0].risks", "None"));
		route("POST", "/demands/{freshDemand}/proposals", Fresh.NONE, proposal, null, answerers());
		route("POST", "/demands/{freshDemand}/questions", Fresh.NONE, Map.of("text", "Matrix question"), null,
				signedIn(Who.OTHER_CUSTOMER, Outcome.NOT_FOUND));
		route("POST", "/demands/{freshDemand}/changes", Fresh.NONE, Map.of("text", "Cheaper"), null, demandLeader());
		route("POST", "/demands/{freshDemand}/decision", Fresh.NONE, Map.of("optionId", "{freshOption}"), null,
				demandLeader());
		route("POST", "/demands/{freshDemand}/decline", Fresh.NONE, Map.of("text", "Not now"), null, demandLeader());
	}

	static void demandApi() {
		route("GET", "/api/demands", signedIn());
		Map<Who, Outcome> submitters = signedIn();
		for (Who noUnit : List.of(Who.OTHER_CUSTOMER, Who.FULFILLER, Who.SERVICE_OWNER, Who.ADMIN)) {
			submitters.put(noUnit, Outcome.INVALID);
		}
		route("POST", "/api/demands", Fresh.NONE, Map.of(), """
				{"title":"Matrix demand","problem":"Slow","outcome":"Fast","valuePerYear":1000,"currency":"EUR",
				 "affected":"Us"}""", submitters);
		Map<Who, Outcome> readers = signedIn(Who.OTHER_CUSTOMER, Outcome.NOT_FOUND);
		route("GET", "/api/demands/{demand}", readers);
		route("GET", "/api/demands/{demand}/proposals", readers);
		route("GET", "/api/demands/{demand}/proposals/1", readers);
		route("GET", "/api/demands/{demand}/questions", readers);
		route("GET", "/api/demands/{decidedDemand}/decision", readers);
		route("POST", "/api/demands/{submittedDemand}/review", answerers());
		route("POST", "/api/demands/{freshDemand}/proposals", Fresh.NONE, Map.of(), """
				{"currency":"EUR","recommended":0,"recommendationReason":"Only way","fewerOptionsReason":"Nothing else",
				 "options":[{"kind":"BUILD_INSIDE","name":"Build","oneOffCost":10,"runningCost":0,"effortDays":1,
				 "deliveryDate":"2099-01-01","risks":"None"}]}""", answerers());
		route("POST", "/api/demands/{freshDemand}/questions", Fresh.NONE, Map.of(), "{\"text\":\"Matrix question\"}",
				readers);
		route("POST", "/api/demands/{freshDemand}/changes", Fresh.NONE, Map.of(), "{\"text\":\"Cheaper\"}",
				demandLeader());
		route("POST", "/api/demands/{freshDemand}/decision", Fresh.NONE, Map.of(), "{\"optionId\":\"{freshOption}\"}",
				demandLeader());
		route("POST", "/api/demands/{freshDemand}/decline", Fresh.NONE, Map.of(), "{\"text\":\"Not now\"}",
				demandLeader());
	}

	/**
	 * IT's answers to a demand: service owners and admins; it is not found by strangers.
	 */
	static Map<Who, Outcome> answerers() {
		Map<Who, Outcome> expected = only(Who.SERVICE_OWNER);
		expected.put(Who.ADMIN, Outcome.ALLOWED);
		expected.put(Who.OTHER_CUSTOMER, Outcome.NOT_FOUND);
		return expected;
	}

	/** The leader's decisions on a demand of their unit: the manager alone. */
	static Map<Who, Outcome> demandLeader() {
		Map<Who, Outcome> expected = only(Who.MANAGER);
		expected.put(Who.OTHER_CUSTOMER, Outcome.NOT_FOUND);
		return expected;
	}

	static void route(String method, String path, Map<Who, Outcome> expected) {
		route(method, path, Fresh.NONE, Map.of(), null, expected);
	}

	static void route(String method, String path, Fresh fresh, Map<String, String> form, String json,
			Map<Who, Outcome> expected) {
		ROUTES.add(new Route(method, path, fresh, form, json, expected));
	}

	/**
	 * A move on the order's page: the one person it is for may make it, someone who may
	 * see the order is forbidden, and anyone else does not find it.
	 */
	static void pageMove(String move, Fresh fresh, Map<String, String> form, Who mover) {
		route("POST", "/orders/{fresh}/" + move, fresh, form, null, moveBy(mover));
	}

	/**
	 * A move through the API. Fulfillers' moves are guarded by URL, so everyone else is
	 * forbidden before the order is even looked up.
	 */
	static void apiMove(String move, Fresh fresh, String json, Who mover) {
		Map<Who, Outcome> expected = (mover == Who.FULFILLER) ? only(Who.FULFILLER) : moveBy(mover);
		route("POST", "/api/orders/{fresh}/" + move, fresh, Map.of(), json, expected);
	}

	static Map<Who, Outcome> moveBy(Who mover) {
		Map<Who, Outcome> expected = only(mover);
		expected.put(Who.OTHER_CUSTOMER, Outcome.NOT_FOUND);
		return expected;
	}

	/** Something only its owner finds; to anyone else it does not exist. */
	static Map<Who, Outcome> ownerOnly(Who owner) {
		Map<Who, Outcome> expected = new EnumMap<>(Who.class);
		for (Who who : Who.values()) {
			expected.put(who, Outcome.NOT_FOUND);
		}
		expected.put(Who.ANONYMOUS, Outcome.SIGN_IN);
		expected.put(owner, Outcome.ALLOWED);
		return expected;
	}

	/**
	 * A cursor of the customer's list of orders: it opens the next page for them, and for
	 * anyone else it is no position at all.
	 */
	static Map<Who, Outcome> cursorOwnerOnly() {
		Map<Who, Outcome> expected = everyone(Outcome.BAD_REQUEST);
		expected.put(Who.ANONYMOUS, Outcome.SIGN_IN);
		expected.put(Who.CUSTOMER, Outcome.ALLOWED);
		return expected;
	}

	static Map<Who, Outcome> everyone() {
		return everyone(Outcome.ALLOWED);
	}

	static Map<Who, Outcome> everyone(Outcome outcome) {
		Map<Who, Outcome> expected = new EnumMap<>(Who.class);
		for (Who who : Who.values()) {
			expected.put(who, outcome);
		}
		return expected;
	}

	/**
	 * The customer's own API token: they and admins may revoke it, nobody else finds it.
	 */
	/**
	 * On the initiative: those allowed may, others who see it (leaders, IT) are
	 * forbidden, the customers outside its unit do not find it.
	 */
	static Map<Who, Outcome> initiativeMove(Who... allowed) {
		Map<Who, Outcome> expected = new EnumMap<>(Who.class);
		expected.put(Who.ANONYMOUS, Outcome.SIGN_IN);
		expected.put(Who.CUSTOMER, Outcome.NOT_FOUND);
		expected.put(Who.OTHER_CUSTOMER, Outcome.NOT_FOUND);
		for (Who who : List.of(Who.MANAGER, Who.FULFILLER, Who.SERVICE_OWNER, Who.ADMIN)) {
			expected.put(who, List.of(allowed).contains(who) ? Outcome.ALLOWED : Outcome.FORBIDDEN);
		}
		return expected;
	}

	static Map<Who, Outcome> tokenOwnerOrAdmin() {
		Map<Who, Outcome> expected = ownerOnly(Who.CUSTOMER);
		expected.put(Who.ADMIN, Outcome.ALLOWED);
		return expected;
	}

	/** Business leaders (the manager is one), service owners and admins. */
	static Map<Who, Outcome> leadersAndIt() {
		Map<Who, Outcome> expected = only(Who.MANAGER);
		expected.put(Who.SERVICE_OWNER, Outcome.ALLOWED);
		expected.put(Who.ADMIN, Outcome.ALLOWED);
		return expected;
	}

	/** IT managers: service owners and admins. */
	static Map<Who, Outcome> itManagers() {
		Map<Who, Outcome> expected = only(Who.SERVICE_OWNER);
		expected.put(Who.ADMIN, Outcome.ALLOWED);
		return expected;
	}

	static Map<Who, Outcome> signedIn() {
		Map<Who, Outcome> expected = everyone();
		expected.put(Who.ANONYMOUS, Outcome.SIGN_IN);
		return expected;
	}

	static Map<Who, Outcome> signedIn(Who exception, Outcome outcome) {
		Map<Who, Outcome> expected = signedIn();
		expected.put(exception, outcome);
		return expected;
	}

	/**
	 * Tickets carry callers' names and words: fulfillers, service owners and admins only.
	 */
	static Map<Who, Outcome> itStaff() {
		return itStaff(Outcome.ALLOWED);
	}

	/**
	 * IT staff get the outcome (a bad cursor's 400, say); the others are kept out first.
	 */
	static Map<Who, Outcome> itStaff(Outcome outcome) {
		Map<Who, Outcome> expected = only(Who.FULFILLER, outcome);
		expected.put(Who.SERVICE_OWNER, outcome);
		expected.put(Who.ADMIN, outcome);
		return expected;
	}

	/**
	 * A cursor of the pain point's tickets as the fulfiller was given it: it opens the
	 * next page for them, and for other IT staff it is no position at all.
	 */
	static Map<Who, Outcome> cursorOfTheFulfillerOnly() {
		Map<Who, Outcome> expected = itStaff(Outcome.BAD_REQUEST);
		expected.put(Who.FULFILLER, Outcome.ALLOWED);
		return expected;
	}

	static Map<Who, Outcome> only(Who allowed) {
		return only(allowed, Outcome.ALLOWED);
	}

	static Map<Who, Outcome> only(Who allowed, Outcome outcome) {
		Map<Who, Outcome> expected = new EnumMap<>(Who.class);
		for (Who who : Who.values()) {
			expected.put(who, Outcome.FORBIDDEN);
		}
		expected.put(Who.ANONYMOUS, Outcome.SIGN_IN);
		expected.put(allowed, outcome);
		return expected;
	}

	static Stream<Arguments> matrix() {
		return ROUTES.stream()
			.flatMap(route -> route.expected()
				.entrySet()
				.stream()
				.map(e -> Arguments.of(route, e.getKey(), e.getValue())));
	}

	static final AtomicInteger sequence = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	OrderingFixture ordering;

	final Map<Who, Someone> people = new EnumMap<>(Who.class);

	final Map<String, String> ids = new LinkedHashMap<>();

	OfferingId cheap;

	OfferingId expensive;

	DemandFixture demands;

	BusinessUnit demandUnit;

	@BeforeAll
	void fixture() {
		PeopleFixture fixture = new PeopleFixture(this.context);
		CatalogFixture catalog = new CatalogFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		Someone manager = fixture.someone("Matrix Manager", Role.BUSINESS_LEADER);
		this.people.put(Who.MANAGER, manager);
		this.people.put(Who.CUSTOMER, fixture.reportingTo(manager, "Matrix Customer"));
		this.people.put(Who.OTHER_CUSTOMER, fixture.someone("Matrix Other Customer"));
		this.people.put(Who.FULFILLER, fixture.someone("Matrix Fulfiller", Role.FULFILLER));
		this.people.put(Who.SERVICE_OWNER, fixture.someone("Matrix Service Owner", Role.SERVICE_OWNER));
		this.people.put(Who.ADMIN, fixture.someone("Matrix Admin", Role.ADMIN));
		NeedId need = catalog.need("Matrix mailbox");
		ProviderId provider = catalog.provider("Matrix mail team");
		this.cheap = catalog.service(need, provider, "5");
		this.expensive = catalog.service(need, provider, "500");
		OrderId order = this.ordering.place(this.people.get(Who.CUSTOMER), this.cheap, 1);
		UnitId unit = fixture.unit("Matrix unit", manager);
		this.ids.put("{unitName}",
				this.context.getBean(Directory.class)
					.units()
					.stream()
					.filter((u) -> u.id().equals(unit))
					.findFirst()
					.orElseThrow()
					.name());
		this.ids.put("{initiative}",
				new InitiativeFixture(this.context).running(unit, manager.id(), this.people.get(Who.FULFILLER).id())
					.toString());
		this.ids.put("{need}", need.value().toString());
		this.ids.put("{offering}", this.cheap.value().toString());
		this.ids.put("{order}", order.value().toString());
		this.ordering.place(this.people.get(Who.CUSTOMER), this.cheap, 1);
		this.ids.put("{cursor}", nextCursorOfMyOrders(this.people.get(Who.CUSTOMER)));
		this.ids.put("{user}", this.people.get(Who.CUSTOMER).id().value().toString());
		this.ids.put("{notice}", notice(this.people.get(Who.CUSTOMER)));
		this.ids.put("{survey}", surveyOfDeliveredOrder().toString());
		this.ids.put("{serviceAccount}", fixture.serviceAccount("Matrix integration").value().toString());
		this.ids.put("{token}", fixture.token(this.people.get(Who.CUSTOMER), "READ").toString());
		TicketFixture tickets = new TicketFixture(this.context);
		this.ids.put("{importRun}", tickets.importedRun().toString());
		this.ids.put("{importProfile}", tickets.profile().toString());
		ShadowItAdminFixture shadowIt = new ShadowItAdminFixture(this.context);
		this.ids.put("{expenseRun}", shadowIt.expenseRun().toString());
		this.ids.put("{merchantKey}", shadowIt.merchantKey());
		this.ids.put("{signInRun}", shadowIt.signInRun().toString());
		this.ids.put("{vendor}", shadowIt.vendor());
		PainPointFixture painPoints = new PainPointFixture(this.context);
		UUID painPoint = painPoints.somePainPoint();
		this.ids.put("{painPoint}", painPoint.toString());
		this.ids.put("{painPointCursor}", cursor(Cursor.of(Instant.parse("2030-01-01T00:00:00Z"), Long.MAX_VALUE),
				"pain-point-tickets", painPoint, this.people.get(Who.FULFILLER).id()));
		this.ids.put("{ledgerCursor}", cursor(Cursor.of(Long.MAX_VALUE), "ledger"));
		this.ids.put("{improvement}", painPoints.improvement(painPoint).toString());
		demandFixture(fixture);
	}

	/**
	 * The manager leads a unit the customer works in; the customer submits its demands.
	 */
	void demandFixture(PeopleFixture fixture) {
		Someone manager = this.people.get(Who.MANAGER);
		Someone customer = this.people.get(Who.CUSTOMER);
		UnitId unit = fixture.unit("Matrix demand unit", manager);
		fixture.joinUnit(manager, unit);
		fixture.joinUnit(customer, unit);
		this.demandUnit = new BusinessUnit(unit, manager, customer);
		this.demands = new DemandFixture(this.context);
		Someone owner = this.people.get(Who.SERVICE_OWNER);
		DemandId demand = this.demands.submit(this.demandUnit, "Matrix demand");
		this.demands.propose(owner, demand, null);
		this.ids.put("{demand}", demand.value().toString());
		DemandId decided = this.demands.submit(this.demandUnit, "Matrix decided demand");
		this.demands.propose(owner, decided, null);
		this.demands.decide(manager, decided, this.demands.option(decided, 1));
		this.ids.put("{decidedDemand}", decided.value().toString());
	}

	/** The cursor of the second page of someone's orders, one order a page. */
	String nextCursorOfMyOrders(Someone customer) {
		try {
			String link = this.mvc
				.perform(get("/api/orders?limit=1").with(httpBasic(customer.username(), customer.password())))
				.andReturn()
				.getResponse()
				.getHeader(HttpHeaders.LINK);
			return link.replaceAll(".*cursor=([^&>]+).*", "$1");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The cursor the app hands out for a list's next page when that page starts after the
	 * position (the lists whose fixtures are shorter than a page).
	 */
	String cursor(Cursor position, Object... scope) {
		Paging paging = this.context.getBean(Paging.class);
		return paging.next(paging.request(null, 1, scope), new Page<>(List.of(position), position));
	}

	/** A notice in someone's inbox, sent the way every module sends one. */
	String notice(Someone recipient) {
		Notice notice = new Notice("matrix:" + recipient.id(), recipient.id(), "matrix",
				Text.of("notify.orderProgress.note", "Matrix notice"), List.of(), List.of());
		this.context.getBean(Notifying.class).send(notice);
		return this.context.getBean(JdbcClient.class)
			.sql("select id from notice where source_key = :key")
			.param("key", notice.key())
			.query(String.class)
			.single();
	}

	@ParameterizedTest(name = "{0} as {1} is {2}")
	@MethodSource("matrix")
	void routeAnswersAsExpected(Route route, Who who, Outcome expected) throws Exception {
		MockHttpServletResponse response;
		try {
			response = this.mvc.perform(request(route, who)).andReturn().getResponse();
		}
		catch (ServletException ex) {
			fail("%s as %s failed with %s (a missing template or message?)", route, who, ex.getRootCause());
			return;
		}
		int status = response.getStatus();
		String redirect = response.getRedirectedUrl();
		boolean toSignIn = redirect != null && redirect.endsWith("/login");
		String actual = status + (redirect != null ? " -> " + redirect : "");
		switch (expected) {
			case ALLOWED -> assertThat(status).as("%s as %s: %s", route, who, actual).isBetween(200, 399);
			case SIGN_IN -> assertThat(status == 401 || (status == 302 && toSignIn))
				.as("%s as %s should ask to sign in but was %s", route, who, actual)
				.isTrue();
			case FORBIDDEN -> assertThat(status).as("%s as %s: %s", route, who, actual).isEqualTo(403);
			case NOT_FOUND -> assertThat(status).as("%s as %s: %s", route, who, actual).isEqualTo(404);
			case GONE -> assertThat(status).as("%s as %s: %s", route, who, actual).isEqualTo(410);
			case BAD_REQUEST -> assertThat(status).as("%s as %s: %s", route, who, actual).isEqualTo(400);
			case SIGN_IN_REFUSED ->
				assertThat(redirect).as("%s as %s: %s", route, who, actual).endsWith("/login?error");
			case INVALID -> assertThat(status).as("%s as %s: %s", route, who, actual).isEqualTo(400);
		}
		if (expected == Outcome.ALLOWED) {
			assertThat(toSignIn).as("%s as %s was sent to sign in", route, who).isFalse();
		}
	}

	MockHttpServletRequestBuilder request(Route route, Who who) {
		String path = resolve(route.path(), route.fresh());
		MockHttpServletRequestBuilder request = "GET".equals(route.method()) ? get(path) : post(path);
		if (route.api()) {
			request.accept(MediaType.APPLICATION_JSON);
			if (route.json() != null) {
				request.contentType(MediaType.APPLICATION_JSON).content(resolve(route.json(), Fresh.NONE));
			}
		}
		else {
			request.accept(MediaType.TEXT_HTML);
			if ("POST".equals(route.method())) {
				request.with(csrf());
			}
			String n = String.valueOf(sequence.incrementAndGet());
			route.form().forEach((name, value) -> request.param(name, resolve(value, Fresh.NONE).replace("{n}", n)));
		}
		Someone someone = this.people.get(who);
		if (someone != null) {
			request.with(httpBasic(someone.username(), someone.password()));
		}
		return request;
	}

	String resolve(String template, Fresh fresh) {
		String resolved = template;
		for (Map.Entry<String, String> id : this.ids.entrySet()) {
			resolved = resolved.replace(id.getKey(), id.getValue());
		}
		if (resolved.contains("{freshDemand}")) {
			DemandId demand = this.demands.submit(this.demandUnit, "Matrix fresh demand");
			this.demands.propose(this.people.get(Who.SERVICE_OWNER), demand, null);
			this.ids.put("{freshOption}", this.demands.option(demand, 1).value().toString());
			resolved = resolved.replace("{freshDemand}", demand.value().toString());
		}
		if (resolved.contains("{submittedDemand}")) {
			DemandId demand = this.demands.submit(this.demandUnit, "Matrix submitted demand");
			resolved = resolved.replace("{submittedDemand}", demand.value().toString());
		}
		if (resolved.contains("{fresh}")) {
			resolved = resolved.replace("{fresh}", freshOrder(fresh).value().toString());
		}
		return resolved;
	}

	/** The survey the customer is asked once their order is delivered. */
	UUID surveyOfDeliveredOrder() {
		JdbcClient jdbc = this.context.getBean(JdbcClient.class);
		OrderId order = freshOrder(Fresh.OPEN);
		// The survey belongs to the order's promise, which is made right after placing.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from promise where order_id = :order")
				.param("order", order.value())
				.query(Long.class)
				.single() > 0);
		this.ordering.take(this.people.get(Who.FULFILLER), order);
		this.ordering.deliver(this.people.get(Who.FULFILLER), order);
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select id from survey where order_id = :order")
				.param("order", order.value())
				.query(UUID.class)
				.optional(), Optional::isPresent)
			.orElseThrow();
	}

	OrderId freshOrder(Fresh state) {
		Someone customer = this.people.get(Who.CUSTOMER);
		Someone fulfiller = this.people.get(Who.FULFILLER);
		OrderId id = this.ordering.place(customer, state == Fresh.AWAITING_APPROVAL ? this.expensive : this.cheap, 1);
		if (state == Fresh.IN_PROGRESS || state == Fresh.DELIVERED) {
			this.ordering.take(fulfiller, id);
		}
		if (state == Fresh.DELIVERED) {
			this.ordering.deliver(fulfiller, id);
		}
		return id;
	}

}
