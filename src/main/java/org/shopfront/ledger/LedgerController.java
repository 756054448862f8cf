package org.shopfront.ledger;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's view of the ledger: its head and latest entries, a check of the whole chain
 * on request (it reads every entry, so not on every page view), and the export.
 */
@Controller
@RequestMapping("/admin/ledger")
class LedgerController {

	static final int LATEST = 25;

	private final LedgerEntries entries;

	private final VerifyingLedger verifying;

	private final Clock clock;

	LedgerController(LedgerEntries entries, VerifyingLedger verifying, Clock clock) {
		this.entries = entries;
		this.verifying = verifying;
		this.clock = clock;
	}

	@GetMapping
	String ledger(Model model) {
		model.addAttribute("head", this.entries.head());
		model.addAttribute("latest", this.entries.latest(LATEST));
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
