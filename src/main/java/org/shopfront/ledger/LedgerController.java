package org.shopfront.ledger;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletResponse;

import org.shopfront.shared.paging.Page;
import org.shopfront.shared.paging.PageRequest;
import org.shopfront.shared.paging.Paging;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's view of the ledger: its head and latest entries, a page at a time, a check
 * of the whole chain on request (it reads every entry, so not on every page view), and
 * the export.
 */
@Controller
@RequestMapping("/admin/ledger")
class LedgerController {

	private final LedgerEntries entries;

	private final VerifyingLedger verifying;

	private final Clock clock;

	private final Paging paging;

	LedgerController(LedgerEntries entries, VerifyingLedger verifying, Paging paging, Clock clock) {
		this.entries = entries;
		this.paging = paging;
		this.verifying = verifying;
		this.clock = clock;
	}

	/**
	 * The head and the newest entries; with a cursor, the entries after it, and to htmx's
	 * "more" the rows alone.
	 */
	@GetMapping
	String ledger(@RequestParam(required = false) String cursor,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		// One ledger, the same for every admin: the cursor is bound to the list alone.
		PageRequest request = this.paging.request(cursor, null, "ledger");
		Page<LedgerEntry> page = this.entries.latest(request);
		model.addAttribute("latest", page.items());
		model.addAttribute("next", this.paging.nextLink(request, page));
		if (htmx != null && !request.first()) {
			return "ledger/ledger :: rows";
		}
		model.addAttribute("head", this.entries.head());
		return "ledger/ledger";
	}

	@PostMapping("/verify")
	String verify(RedirectAttributes redirect) {
		long start = System.nanoTime();
		ChainReport report = this.verifying.verify();
		redirect.addFlashAttribute("report", report);
		redirect.addFlashAttribute("millis", (System.nanoTime() - start) / 1_000_000);
		return "redirect:/admin/ledger";
	}

	@GetMapping("/export")
	void export(HttpServletResponse response) throws IOException {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		response.setContentType("application/x-ndjson;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger-" + today + ".jsonl\"");
		this.verifying.export(response.getOutputStream());
	}

}
