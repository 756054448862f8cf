package org.shopfront.people;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.shopfront.shared.Kept;
import org.shopfront.shared.RenderedOnce;

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
	 * Menus kept at most: the language comes from the browser, so past this many the
	 * menus asked for least are let go.
	 */
	private static final int KEPT = 256;

	private final RenderedOnce renders;

	private final Kept<Key, String> rendered;

	LayoutMenu(RenderedOnce renders) {
		this.renders = renders;
		this.rendered = renders.keep("layout-menu", KEPT);
	}

	@ModelAttribute("menu")
	String menu(@AuthenticationPrincipal ShopfrontUser me, Locale locale, HttpServletRequest request) {
		if (me == null) {
			return null;
		}
		return this.rendered.get(new Key(me.roles(), locale, request.getContextPath()), this::render);
	}

	private String render(Key key) {
		return this.renders.render("layout-menu", Set.of(), key.locale(),
				Map.of("roles", key.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
						"contextPath", key.contextPath()));
	}

	private record Key(Set<Role> roles, Locale locale, String contextPath) {
	}

}
