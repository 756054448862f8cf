package org.shopfront.shadowit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shopfront.imports.ImportLog;
import org.shopfront.imports.ImportPages;
import org.shopfront.imports.ImportRun;
import org.shopfront.imports.ImportRunId;
import org.shopfront.imports.ImportStatus;
import org.shopfront.people.ShopfrontUser;
import org.shopfront.shared.InvalidInput;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The IT admins' import pages of shadow IT ({@code /admin/shadow-it}): upload card and
 * expense lines (a ready layout or named columns) or a sign-in log, then follow the run
 * on its page (the imports module's, {@link ImportPages}), which for card lines ends with
 * what the run found: lines matched, unknown and stored already.
 */
@Controller
class ShadowItImportController {

	static final String EXPENSES = "/admin/shadow-it/import";

	static final String SIGN_INS = "/admin/shadow-it/sign-ins";

	static final int RECENT = 10;

	private final ImportingExpenses expenses;

	private final ImportingSignIns signIns;

	private final ImportLog log;

	private final ImportPages pages;

	ShadowItImportController(ImportingExpenses expenses, ImportingSignIns signIns, ImportLog log, ImportPages pages) {
		this.expenses = expenses;
		this.signIns = signIns;
		this.log = log;
		this.pages = pages;
	}

	@GetMapping(EXPENSES)
	String expenseForm(Model model) {
		model.addAttribute("form", ExpenseImportForm.empty());
		return expensePage(model);
	}

	@PostMapping(EXPENSES)
	String uploadExpenses(@Valid @ModelAttribute("form") ExpenseImportForm form, BindingResult errors,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal ShopfrontUser me, Model model) throws IOException {
		boolean chosen = this.pages.chosen(file, model);
		ExpenseImportRequest request = form.request((file != null) ? file.getOriginalFilename() : null, errors);
		if (!chosen || request == null) {
			return expensePage(model);
		}
		Path upload = this.pages.receive(file);
		try {
			return "redirect:" + EXPENSES + "s/" + this.expenses.start(request, upload, me.displayName());
		}
		catch (InvalidInput ex) {
			this.pages.refused(ex, model);
			return expensePage(model);
		}
	}

	@GetMapping(EXPENSES + "s/{id}")
	String expenseRun(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		String view = this.pages.run(ExpenseImport.NAME, new ImportRunId(id), EXPENSES + "s/" + id, "expenses",
				htmx != null, "shadowit/import-run", model);
		ImportRun run = (ImportRun) model.getAttribute("run");
		if (run != null && run.status() == ImportStatus.DONE) {
			model.addAttribute("summary", this.expenses.summary(run));
		}
		return (htmx != null) ? "shadowit/import-run :: poll" : view;
	}

	@GetMapping(SIGN_INS)
	String signInForm(Model model) {
		model.addAttribute("form", SignInImportForm.empty());
		return signInPage(model);
	}

	@PostMapping(SIGN_INS)
	String uploadSignIns(@Valid @ModelAttribute("form") SignInImportForm form, BindingResult errors,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal ShopfrontUser me, Model model) throws IOException {
		boolean chosen = this.pages.chosen(file, model);
		SignInProfile profile = form.profile(errors);
		if (!chosen || profile == null) {
			return signInPage(model);
		}
		Path upload = this.pages.receive(file);
		try {
			return "redirect:" + SIGN_INS + "/"
					+ this.signIns.start(profile, upload, file.getOriginalFilename(), me.displayName());
		}
		catch (InvalidInput ex) {
			this.pages.refused(ex, model);
			return signInPage(model);
		}
	}

	@GetMapping(SIGN_INS + "/{id}")
	String signInRun(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		return this.pages.run(SignInImport.NAME, new ImportRunId(id), SIGN_INS + "/" + id, "signIns", htmx != null,
				"shadowit/sign-in-run", model);
	}

	private String expensePage(Model model) {
		model.addAttribute("profiles", ExpenseProfile.values());
		model.addAttribute("recent", this.log.recent(ExpenseImport.NAME, RECENT));
		model.addAttribute("runs", EXPENSES + "s/");
		return "shadowit/import";
	}

	private String signInPage(Model model) {
		model.addAttribute("profiles", SignInProfile.values());
		model.addAttribute("recent", this.log.recent(SignInImport.NAME, RECENT));
		model.addAttribute("runs", SIGN_INS + "/");
		return "shadowit/sign-ins";
	}

}
