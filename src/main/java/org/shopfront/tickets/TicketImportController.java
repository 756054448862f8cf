package org.shopfront.tickets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;

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
 * The run's page polls itself with htmx while the file is read; the controller answers
 * those polls with the page's {@code run} fragment only.
 */
@Controller
class TicketImportController {

	static final int RECENT = 20;

	static final int REJECTIONS_SHOWN = 1000;

	private final ImportingTickets importing;

	private final ImportRuns runs;

	private final ManagingImportProfiles profiles;

	private final Clock clock;

	TicketImportController(ImportingTickets importing, ImportRuns runs, ManagingImportProfiles profiles, Clock clock) {
		this.importing = importing;
		this.runs = runs;
		this.profiles = profiles;
		this.clock = clock;
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
		boolean noFile = file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank();
		if (noFile) {
			model.addAttribute("fileError", "import.file.required");
		}
		ImportRequest request = request(form, errors, file);
		if (noFile || errors.hasErrors()) {
			return page(model);
		}
		Path upload = Files.createTempFile("shopfront-import-", ".upload");
		try {
			file.transferTo(upload);
			ImportRunId id = this.importing.start(request, upload, me.displayName());
			return "redirect:/listening/imports/" + id;
		}
		catch (InvalidInput ex) {
			Files.deleteIfExists(upload);
			model.addAttribute("fileError", ex.messageKey());
			model.addAttribute("fileErrorArguments", ex.arguments());
			return page(model);
		}
	}

	@GetMapping("/listening/imports/{id}")
	String run(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ImportRun run = this.runs.find(new ImportRunId(id)).orElseThrow(() -> ImportRunNotFound.forId(id));
		model.addAttribute("run", run);
		model.addAttribute("stalled", run.stalled(this.clock.instant()));
		if (!run.running()) {
			model.addAttribute("rejections", this.runs.rejections(run.id(), REJECTIONS_SHOWN));
		}
		return (htmx != null) ? "tickets/import-run :: run" : "tickets/import-run";
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
		model.addAttribute("recent", this.runs.recent(RECENT));
		return "tickets/import";
	}

}
