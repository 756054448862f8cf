package org.shopfront.estimates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shopfront.imports.ImportLog;
import org.shopfront.imports.ImportPages;
import org.shopfront.imports.ImportRunId;
import org.shopfront.people.ShopfrontUser;
import org.shopfront.shared.InvalidInput;

import org.springframework.beans.factory.annotation.Value;
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
 * The past projects page of IT managers ({@code /manage/**}: service owners and admins):
 * the record estimates are widened from, how it overran, and the import of a file with a
 * column mapping, whose run then has its own page with the per-row report.
 */
@Controller
class PastProjectsController {

	static final int SHOWN = 50;

	static final int RECENT = 10;

	private final PastProjects projects;

	private final ImportingProjects importing;

	private final ImportLog log;

	private final ImportPages pages;

	private final String currency;

	PastProjectsController(PastProjects projects, ImportingProjects importing, ImportLog log, ImportPages pages,
			@Value("${shopfront.currency:EUR}") String currency) {
		this.projects = projects;
		this.importing = importing;
		this.log = log;
		this.pages = pages;
		this.currency = currency;
	}

	@GetMapping("/manage/past-projects")
	String list(Model model) {
		model.addAttribute("form", ProjectImportForm.empty(this.currency));
		return page(model);
	}

	@PostMapping("/manage/past-projects")
	String upload(@Valid @ModelAttribute("form") ProjectImportForm form, BindingResult errors,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal ShopfrontUser me, Model model) throws IOException {
		boolean chosen = this.pages.chosen(file, model);
		ImportingProjects.Request request = form.request((file != null) ? file.getOriginalFilename() : null, errors);
		if (!chosen || request == null) {
			return page(model);
		}
		Path upload = this.pages.receive(file);
		try {
			ImportRunId id = this.importing.start(request, upload, me.displayName());
			return "redirect:/manage/past-projects/imports/" + id;
		}
		catch (InvalidInput ex) {
			this.pages.refused(ex, model);
			return page(model);
		}
	}

	@GetMapping("/manage/past-projects/imports/{id}")
	String run(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return this.pages.run(ProjectImport.NAME, new ImportRunId(id), "/manage/past-projects/imports/" + id,
				"estimates.import", htmx != null, "estimates/import-run", model);
	}

	private String page(Model model) {
		model.addAttribute("count", this.projects.count());
		model.addAttribute("projects", this.projects.list(0, SHOWN));
		model.addAttribute("overruns",
				java.util.Arrays.stream(Measure.values())
					.map((measure) -> this.projects.overruns(measure, null))
					.filter((overruns) -> overruns.projects() > 0)
					.toList());
		model.addAttribute("recent", this.log.recent(ProjectImport.NAME, RECENT));
		return "estimates/past-projects";
	}

}
