package org.shopfront.shadowit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shopfront.shadowit.matching.DirectoryProblem;
import org.shopfront.shadowit.matching.Vendor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The IT admins' edits of the vendor directory: a vendor added or changed is checked with
 * the whole directory (no alias or domain may stand for two vendors) and stored over the
 * shipped one; the next match uses it.
 */
@Service
class EditingDirectory {

	/** Which form field a problem of the directory is said beside. */
	private static final Map<DirectoryProblem.Kind, String> FIELDS = Map.of(DirectoryProblem.Kind.ID_FORMAT, "id",
			DirectoryProblem.Kind.ID_TAKEN, "id", DirectoryProblem.Kind.NAME, "name", DirectoryProblem.Kind.CATEGORY,
			"category", DirectoryProblem.Kind.DOMAIN, "domain", DirectoryProblem.Kind.DOMAIN_TAKEN, "domain",
			DirectoryProblem.Kind.ALIAS_EMPTY, "aliases", DirectoryProblem.Kind.ALIAS_NO_WORD, "aliases",
			DirectoryProblem.Kind.ALIAS_TAKEN, "aliases");

	private final DirectoryEdits edits;

	private final VendorMatchers matchers;

	private final Clock clock;

	EditingDirectory(DirectoryEdits edits, VendorMatchers matchers, Clock clock) {
		this.edits = edits;
		this.matchers = matchers;
		this.clock = clock;
	}

	/**
	 * Stores a vendor, new ({@code adding}) or changed, if the directory with it holds
	 * together; otherwise says beside the field what is wrong and stores nothing.
	 * @return whether it was stored
	 */
	@Transactional
	boolean save(Vendor vendor, boolean adding, String by, Errors errors) {
		if (adding && this.matchers.directory().find(vendor.id()).isPresent()) {
			errors.rejectValue("id", "shadowit.vendor.problem.ID_TAKEN", new Object[] { vendor.id() }, null);
			return false;
		}
		List<Vendor> edited = new ArrayList<>(this.edits.all());
		edited.removeIf((v) -> v.id().equals(vendor.id()));
		edited.add(vendor);
		try {
			this.matchers.directoryWith(edited);
		}
		catch (DirectoryProblem ex) {
			String field = FIELDS.getOrDefault(ex.kind(), "name");
			errors.rejectValue(field, "shadowit.vendor.problem." + ex.kind().name(), ex.values().toArray(), null);
			return false;
		}
		this.edits.save(vendor, by, this.clock.instant());
		return true;
	}

	/** The vendors whose id, name or an alias holds the text, all when it is blank. */
	List<Vendor> search(String text) {
		List<Vendor> vendors = this.matchers.directory().vendors();
		if (text == null || text.isBlank()) {
			return vendors;
		}
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		return vendors.stream()
			.filter((v) -> v.id().contains(wanted) || v.name().toLowerCase(Locale.ROOT).contains(wanted)
					|| v.aliases().stream().anyMatch((a) -> a.toLowerCase(Locale.ROOT).contains(wanted)))
			.toList();
	}

	/** The ids of the vendors admins have edited or added. */
	List<String> editedIds() {
		return this.edits.all().stream().map(Vendor::id).toList();
	}

}
