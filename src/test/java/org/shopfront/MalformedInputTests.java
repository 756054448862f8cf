package org.shopfront;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.Role;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every route the application maps (read from the handler mapping, so a new route
 * is probed without touching this test) with malformed input, as every kind of person:
 * ids that are no ids or unknown, query parameters and form fields of the wrong type, too
 * large, negative or indexed past any form, bodies that are not JSON or JSON of the wrong
 * shape, and content types the route does not take. No probe may answer 500 or show a
 * stack trace. A person whom the security filters refuse a route (before any handler)
 * gets one probe of it, since no input changes that answer. Runs in a context of its own,
 * since a probe may start background work.
 */
@ShopfrontTest
@TestPropertySource(properties = "shopfront.test.context=malformed-input")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputTests {

	private static final Log log = LogFactory.getLog(MalformedInputTests.class);

	/** Values that fit no field: a word, negative, too large, empty. */
	static final List<String> GARBAGE = List.of("x", "-1", "99999999999999999999999", "");

	/** Path ids that are no ids (an unknown id is sent with the garbage fields). */
	static final List<String> IDS = List.of("not-an-id", "99999999999999999999999");

	/** Not JSON, JSON of the wrong shape, a field nobody knows. */
	static final List<String> BODIES = List.of("{", "\"x\"", "{\"unknown\":1}");

	static final Pattern STACK_TRACE = Pattern.compile("Exception|\\bat [a-z]+\\.[\\w.$]+\\(|java\\.lang\\.");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	final List<Person> people = new ArrayList<>();

	final List<String> failures = new ArrayList<>();

	int probes;

	/** Route and person pairs refused before any handler, probed once. */
	int refused;

	record Person(String kind, RequestPostProcessor page, RequestPostProcessor api) {
	}

	@BeforeAll
	void everyKindOfPerson() {
		PeopleFixture fixture = new PeopleFixture(this.context);
		this.people.add(new Person("anonymous", (request) -> request, (request) -> request));
		for (Role role : Role.values()) {
			kind(fixture, role.name().toLowerCase(Locale.ROOT), role);
		}
	}

	private void kind(PeopleFixture fixture, String kind, Role... roles) {
		PeopleFixture.Someone someone = fixture.someone("Probe " + kind, roles);
		this.people
			.add(new Person(kind, user(fixture.principal(someone)), httpBasic(someone.username(), someone.password())));
	}

	@Test
	void noRouteAnswersMalformedInputWithAServerError() throws Exception {
		Set<String> routes = new LinkedHashSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> route : this.mapping.getHandlerMethods().entrySet()) {
			for (String pattern : route.getKey().getPatternValues()) {
				for (HttpMethod method : methods(route.getKey())) {
					routes.add(method + " " + pattern);
					probe(method, pattern, route.getValue());
				}
			}
		}
		log.info("Malformed-input probes: " + this.probes + " requests on " + routes.size() + " routes as "
				+ this.people.size() + " kinds of person; " + this.refused
				+ " route and person pairs refused before any handler, probed once");
		assertThat(routes).as("routes found in the handler mapping").hasSizeGreaterThan(50);
		assertThat(this.failures).as("probes answered with a server error or a stack trace").isEmpty();
	}

	private void probe(HttpMethod method, String pattern, HandlerMethod handler) throws Exception {
		List<String> fields = fields(handler);
		boolean api = pattern.startsWith("/api/");
		for (Person person : this.people) {
			if (!send(person, method, path(pattern, IDS.get(0)), (request) -> request, api)) {
				// Refused before any handler (signed out, wrong role): every further
				// probe
				// would be refused by the same filter, whatever its input.
				this.refused++;
				continue;
			}
			for (String id : IDS.subList(1, IDS.size())) {
				send(person, method, path(pattern, id), (request) -> request, api);
			}
			String path = path(pattern, UUID.randomUUID().toString());
			for (String value : GARBAGE) {
				send(person, method, path, (request) -> withFields(request, fields, value), api);
			}
			if (method != HttpMethod.GET) {
				for (String body : BODIES) {
					send(person, method, path,
							(request) -> request.contentType(MediaType.APPLICATION_JSON).content(body), api);
				}
				send(person, method, path,
						(request) -> request.contentType(MediaType.APPLICATION_JSON).content(wrongTypes(fields)), api);
				send(person, method, path,
						(request) -> request.contentType(MediaType.TEXT_PLAIN).content("two laptops please"), api);
				if (!api) {
					// Without a form token: the session "expired".
					sendWithoutToken(person, method, path);
				}
			}
		}
	}

	/** Sends a probe; false when it was refused before it reached a handler. */
	private boolean send(Person person, HttpMethod method, String path,
			java.util.function.UnaryOperator<MockHttpServletRequestBuilder> input, boolean api) throws Exception {
		MockHttpServletRequestBuilder request = input.apply(request(method, path));
		request = api ? request.accept(MediaType.APPLICATION_JSON).with(person.api())
				: request.accept(MediaType.TEXT_HTML).with(person.page()).with(csrf());
		return check(person, method + " " + path, request);
	}

	private void sendWithoutToken(Person person, HttpMethod method, String path) throws Exception {
		check(person, method + " " + path + " (no form token)",
				request(method, path).accept(MediaType.TEXT_HTML).with(person.page()).param("quantity", "1"));
	}

	private boolean check(Person person, String what, MockHttpServletRequestBuilder request) throws Exception {
		this.probes++;
		MvcResult result;
		try {
			result = this.mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			this.failures.add(person.kind() + " " + what + ": threw " + ex);
			return true;
		}
		MockHttpServletResponse response = result.getResponse();
		String body = response.getContentAsString();
		if (response.getStatus() >= 500 || STACK_TRACE.matcher(body).find()) {
			this.failures.add(person.kind() + " " + what + ": " + response.getStatus() + " "
					+ body.substring(0, Math.min(200, body.length())));
		}
		int status = response.getStatus();
		return result.getHandler() != null || !(status == 401 || status == 403 || (status >= 300 && status < 400));
	}

	private static List<HttpMethod> methods(RequestMappingInfo info) {
		Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
		if (declared.isEmpty()) {
			return List.of(HttpMethod.GET, HttpMethod.POST);
		}
		return declared.stream().map(RequestMethod::asHttpMethod).toList();
	}

	/** Every variable of the pattern filled with {@code value}. */
	private static String path(String pattern, String value) {
		return pattern.replaceAll("\\{\\*?[^}]+}", value).replace("**", value).replace("*", value);
	}

	/** The names a handler reads: its query parameters and its form's fields. */
	private static List<String> fields(HandlerMethod handler) {
		List<String> names = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			Class<?> type = parameter.getParameterType();
			if (param != null) {
				names.add(!param.name().isEmpty() ? param.name() : parameter.getParameterName());
			}
			else if (type.isRecord() && (parameter.hasParameterAnnotation(ModelAttribute.class)
					|| parameter.hasParameterAnnotation(RequestBody.class) || !BeanUtils.isSimpleProperty(type))) {
				for (RecordComponent component : type.getRecordComponents()) {
					names.add(component.getName());
				}
			}
		}
		names.add("quantity");
		return names;
	}

	private static MockHttpServletRequestBuilder withFields(MockHttpServletRequestBuilder request, List<String> fields,
			String value) {
		for (String field : fields) {
			request.param(field, value);
		}
		if (value.equals(GARBAGE.get(0))) {
			// Indexes past any form's length, where binding a list used to throw.
			request.param("answers[5000]", value).param("x[99999999999]", value);
		}
		return request;
	}

	/**
	 * A JSON object with every field the handler reads, each of a type it does not take.
	 */
	private static String wrongTypes(List<String> fields) {
		StringBuilder json = new StringBuilder("{");
		String[] values = { "\"two\"", "1.5", "99999999999999999999999", "{}", "[1]", "true", "-1" };
		for (int i = 0; i < fields.size(); i++) {
			json.append(i == 0 ? "" : ",").append('"').append(fields.get(i)).append("\":").append(values[i % 7]);
		}
		return json.append('}').toString();
	}

}
