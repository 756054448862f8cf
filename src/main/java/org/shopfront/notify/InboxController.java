package org.shopfront.notify;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.shopfront.people.ShopfrontUser;
import org.shopfront.shared.Formats;
import org.shopfront.shared.paging.Page;
import org.shopfront.shared.paging.PageRequest;
import org.shopfront.shared.paging.Paging;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inbox page and the unread badge in the menu, which htmx loads after the page so
 * that no other page pays for counting.
 */
@Controller
class InboxController {

	private final Inbox inbox;

	private final Paging paging;

	private final Formats fmt;

	private final MessageSource messages;

	private final InboxRowHtml html;

	InboxController(Inbox inbox, Paging paging, Formats fmt, MessageSource messages, InboxRowHtml html) {
		this.inbox = inbox;
		this.paging = paging;
		this.fmt = fmt;
		this.messages = messages;
		this.html = html;
	}

	/**
	 * The inbox a page at a time; htmx asks for the list alone (to refresh it), or with a
	 * cursor for the next notices alone.
	 */
	@GetMapping("/inbox")
	String inbox(@AuthenticationPrincipal ShopfrontUser me, Model model, @RequestParam(required = false) String cursor,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request) {
		PageRequest page = this.paging.request(cursor, null, "inbox", me.id());
		Page<InboxEntry> notices = this.inbox.of(me.id(), page);
		Locale locale = LocaleContextHolder.getLocale();
		InboxRow.Words words = new InboxRow.Words(this.messages.getMessage("inbox.new", null, locale),
				this.messages.getMessage("inbox.markRead", null, locale));
		model.addAttribute("notices", this.html.of(
				notices.items().stream().map((n) -> InboxRow.of(n, this.fmt, words, request.getContextPath())).toList(),
				locale));
		model.addAttribute("next", this.paging.nextLink(page, notices));
		if (htmx != null) {
			return page.first() ? "notify/inbox :: notices" : "notify/inbox :: items";
		}
		model.addAttribute("unread", this.inbox.unread(me.id()));
		return "notify/inbox";
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
