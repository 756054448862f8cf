package org.shopfront.people;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in person into every page's model as {@code me}, for the layout's menu.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserAdvice {

	@ModelAttribute("me")
	ShopfrontUser me(@AuthenticationPrincipal ShopfrontUser me) {
		return me;
	}

}
