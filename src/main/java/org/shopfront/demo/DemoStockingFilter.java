package org.shopfront.demo;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * While the demo is being seeded, pages answer 503 with a page that says the store is
 * being stocked and reloads itself, and the API a problem detail with
 * {@code Retry-After}; static files and the health probes pass.
 */
class DemoStockingFilter extends OncePerRequestFilter {

	static final int RETRY_SECONDS = 5;

	private static final List<String> PASSING = List.of("/actuator", "/css/", "/js/", "/webjars/", "/favicon");

	private final DemoSeeding seeding;

	private final MessageSource messages;

	DemoStockingFilter(DemoSeeding seeding, MessageSource messages) {
		this.seeding = seeding;
		this.messages = messages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !this.seeding.underway() || PASSING.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_SECONDS));
		response.setCharacterEncoding("UTF-8");
		String title = this.messages.getMessage("demo.stocking.title", null, request.getLocale());
		String text = this.messages.getMessage("demo.stocking.text", null, request.getLocale());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":503,\"detail\":\""
						+ json(text) + "\"}");
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		title = HtmlUtils.htmlEscape(title);
		text = HtmlUtils.htmlEscape(text);
		String root = request.getContextPath();
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
					+ "<meta http-equiv=\"refresh\" content=\"" + RETRY_SECONDS + "\"><title>" + title + "</title>"
					+ "<link rel=\"stylesheet\" href=\"" + root + "/webjars/bootstrap/css/bootstrap.min.css\">"
					+ "<link rel=\"stylesheet\" href=\"" + root + "/css/shopfront.css\"></head>"
					+ "<body><main class=\"container py-5 text-center\"><h1 class=\"display-6\">" + title
					+ "</h1><p class=\"lead\">" + text + "</p></main></body></html>");
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
