package org.shopfront.people;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page: the password form (unless local accounts are off) and a button per
 * single sign-on provider. After a refused attempt it says why, and how long to wait when
 * there were too many.
 */
@Controller
class LoginController {

	/** A provider's button: its registration id and the name people know it by. */
	record Provider(String id, String name) {
	}

	private final List<Provider> providers = new ArrayList<>();

	private final boolean localAccounts;

	LoginController(ObjectProvider<ClientRegistrationRepository> registrations, SignInProperties signIn) {
		if (registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object registration : all) {
				ClientRegistration client = (ClientRegistration) registration;
				this.providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
			}
		}
		this.localAccounts = signIn.localAccounts();
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		model.addAttribute("providers", this.providers);
		model.addAttribute("localAccounts", this.localAccounts);
		HttpSession session = request.getSession(false);
		Object refusal = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
		if (refusal instanceof SignInThrottled throttled) {
			model.addAttribute("waitMinutes", throttled.minutes());
		}
		model.addAttribute("ssoFailed", refusal instanceof OAuth2AuthenticationException);
		return "people/login";
	}

}
