package org.shopfront.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.shopfront.shared.InvalidInput;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * What every upload page does the same way: takes the uploaded file into a temporary file
 * (an import owns and deletes it), shows a refused file's reason beside the file field
 * ({@code imports/upload :: file}), and shows a run (template {@code imports/run}), as a
 * whole page or, for the page's own htmx polls, as its {@code run} fragment only. The
 * model attributes are the templates': {@code fileError}, {@code run}, {@code stalled},
 * {@code rejections}, {@code runPath} and {@code words} (the target's message prefix).
 */
@Component
public class ImportPages {

	/** Rejected rows a run's page lists. */
	static final int REJECTIONS_SHOWN = 1000;

	private final ImportLog log;

	private final Clock clock;

	ImportPages(ImportLog log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	/** Whether a file was chosen; if not, the page says so beside the field. */
	public boolean chosen(MultipartFile file, Model model) {
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			model.addAttribute("fileError", "import.file.required");
			return false;
		}
		return true;
	}

	/**
	 * The uploaded file as a temporary file, for {@link Importing#start}, which deletes
	 * it.
	 */
	public Path receive(MultipartFile file) throws IOException {
		Path upload = Files.createTempFile("shopfront-import-", ".upload");
		file.transferTo(upload);
		return upload;
	}

	/** Shows why a file was refused beside the file field. */
	public void refused(InvalidInput refusal, Model model) {
		model.addAttribute("fileError", refusal.messageKey());
		model.addAttribute("fileErrorArguments", refusal.arguments());
	}

	/**
	 * Shows a run: the page {@code page} (which includes {@code imports/run :: run}) or,
	 * for htmx, the fragment alone.
	 * @param path the run's own address, which its page polls while it runs
	 * @param words the target's message prefix ({@code <words>.run.counts},
	 * {@code <words>.run.done}, {@code <words>.reason.*})
	 * @throws ImportRunNotFound if there is no such run of the target
	 */
	public String run(String target, ImportRunId id, String path, String words, boolean htmx, String page,
			Model model) {
		ImportRun run = this.log.find(id)
			.filter((found) -> found.target().equals(target))
			.orElseThrow(() -> ImportRunNotFound.forId(id));
		model.addAttribute("run", run);
		model.addAttribute("stalled", run.stalled(this.clock.instant()));
		model.addAttribute("runPath", path);
		model.addAttribute("words", words);
		if (!run.running()) {
			model.addAttribute("rejections", this.log.rejections(run.id(), REJECTIONS_SHOWN));
		}
		return htmx ? "imports/run :: run" : page;
	}

}
