package org.shopfront.people;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in person into every page's model as {@code me}, for the layout's menu.
 * Our controllers are chosen by package, a check of the class name per request; choosing
 * them by the {@code @Controller} annotation searched their annotations on every request
 * (decision 0047).
 */
@ControllerAdvice(basePackages = "org.shopfront")
class CurrentUserAdvice {

	@ModelAttribute("me")
	ShopfrontUser me(@AuthenticationPrincipal ShopfrontUser me) {
		return me;
	}

}
