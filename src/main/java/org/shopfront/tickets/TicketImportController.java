package org.shopfront.tickets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shopfront.imports.ImportLog;
import org.shopfront.imports.ImportPages;
import org.shopfront.imports.ImportRunId;
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
 * The import pages: upload a file, then follow its progress and read its rejected rows.
 * The run's page polls itself with htmx while the file is read; those polls are answered
 * with the run's fragment only ({@link ImportPages}).
 */
@Controller
class TicketImportController {

	static final int RECENT = 20;

	private final ImportingTickets importing;

	private final ImportLog log;

	private final ImportPages pages;

	private final ManagingImportProfiles profiles;

	TicketImportController(ImportingTickets importing, ImportLog log, ImportPages pages,
			ManagingImportProfiles profiles) {
		this.importing = importing;
		this.log = log;
		this.pages = pages;
		this.profiles = profiles;
	}

	@GetMapping("/listening/import")
	String form(Model model) {
		model.addAttribute("form", ImportForm.empty());
		return page(model);
	}

	@PostMapping("/listening/import")
	String upload(@Valid @ModelAttribute("form") ImportForm form, BindingResult errors,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal ShopfrontUser me, Model model) throws IOException {
		boolean chosen = this.pages.chosen(file, model);
		ImportRequest request = request(form, errors, file);
		if (!chosen || errors.hasErrors()) {
			return page(model);
		}
		Path upload = this.pages.receive(file);
		try {
			ImportRunId id = this.importing.start(request, upload, me.displayName());
			return "redirect:/listening/imports/" + id;
		}
		catch (InvalidInput ex) {
			this.pages.refused(ex, model);
			return page(model);
		}
	}

	@GetMapping("/listening/imports/{id}")
	String run(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return this.pages.run(TicketImport.NAME, new ImportRunId(id), "/listening/imports/" + id, "import",
				htmx != null, "tickets/import-run", model);
	}

	private ImportRequest request(ImportForm form, BindingResult errors, MultipartFile file) {
		if (errors.hasFieldErrors("layout") || form.layout() == null) {
			return null;
		}
		String name = (file != null) ? file.getOriginalFilename() : null;
		for (TicketFormat format : new TicketFormat[] { TicketFormat.SERVICENOW, TicketFormat.JIRA,
				TicketFormat.JSON_LINES }) {
			if (format.name().equals(form.layout())) {
				return new ImportRequest(format, null, form.source().strip(), name);
			}
		}
		try {
			UUID profile = UUID.fromString(form.layout());
			return new ImportRequest(TicketFormat.PROFILE, profile,
					(form.source() == null) ? "" : form.source().strip(), name);
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("layout", "import.layout.unknown");
			return null;
		}
	}

	private String page(Model model) {
		model.addAttribute("profiles", this.profiles.all());
		model.addAttribute("recent", this.log.recent(TicketImport.NAME, RECENT));
		return "tickets/import";
	}

}
