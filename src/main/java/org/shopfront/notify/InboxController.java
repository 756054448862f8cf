package org.shopfront.notify;

import java.util.UUID;

import org.shopfront.people.ShopfrontUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The inbox page and the unread badge in the menu, which htmx loads after the page so
 * that no other page pays for counting.
 */
@Controller
class InboxController {

	private final Inbox inbox;

	InboxController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/inbox")
	String inbox(@AuthenticationPrincipal ShopfrontUser me, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("notices", this.inbox.of(me.id()));
		return (htmx != null) ? "notify/inbox :: notices" : "notify/inbox";
	}

	@GetMapping("/inbox/badge")
	String badge(@AuthenticationPrincipal ShopfrontUser me, Model model) {
		model.addAttribute("unread", this.inbox.unread(me.id()));
		return "notify/inbox :: badge";
	}

	@PostMapping("/inbox/{id}/read")
	String markRead(@AuthenticationPrincipal ShopfrontUser me, @PathVariable UUID id) {
		this.inbox.markRead(me.id(), id);
		return "redirect:/inbox";
	}

	@PostMapping("/inbox/read")
	String markAllRead(@AuthenticationPrincipal ShopfrontUser me) {
		this.inbox.markAllRead(me.id());
		return "redirect:/inbox";
	}

}
