package org.shopfront.people;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the layout's menu into every page's model as {@code menu}, rendered
 * ({@code layout-menu.html}) once per set of roles, language and context path and kept:
 * the menu's links, labels and role checks were a large part of every page's CPU
 * (decision 0041). The menu depends on nothing else of the person, so people with the
 * same roles share it; their name and the sign-out form (with its CSRF token) stay in the
 * layout.
 */
@ControllerAdvice(basePackages = "org.shopfront")
class LayoutMenu {

	/**
	 * Menus kept at most: the language comes from the browser, so past this many a menu
	 * is rendered for its page alone.
	 */
	private static final int KEPT = 256;

	private final ITemplateEngine templates;

	private final ApplicationContext beans;

	private final Map<Key, String> rendered = new ConcurrentHashMap<>();

	LayoutMenu(ITemplateEngine templates, ApplicationContext beans) {
		this.templates = templates;
		this.beans = beans;
	}

	@ModelAttribute("menu")
	String menu(@AuthenticationPrincipal ShopfrontUser me, Locale locale, HttpServletRequest request) {
		if (me == null) {
			return null;
		}
		Key key = new Key(me.roles(), locale, request.getContextPath());
		String menu = this.rendered.get(key);
		if (menu == null) {
			menu = render(key);
			if (this.rendered.size() < KEPT) {
				this.rendered.putIfAbsent(key, menu);
			}
		}
		return menu;
	}

	private String render(Key key) {
		Context context = new Context(key.locale());
		// One evaluation context per rendering:
		// Thymeleaf sets its expression objects on it.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.beans, null));
		context.setVariable("roles", key.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
		context.setVariable("contextPath", key.contextPath());
		return this.templates.process("layout-menu", context);
	}

	private record Key(Set<Role> roles, Locale locale, String contextPath) {
	}

}
