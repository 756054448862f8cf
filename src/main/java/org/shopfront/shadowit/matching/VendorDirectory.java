package org.shopfront.shadowit.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The software and cloud vendors Shopfront recognises. The shipped directory is
 * {@code shadowit/vendors.csv} (columns {@code id,name,category,domain,aliases}, aliases
 * separated by {@code |}); admins' edits come as a list of {@link Vendor}s. Either way it
 * is checked whole: a duplicate id, domain or alias (once normalised), an unknown
 * category or an alias with no word left is refused with a {@link DirectoryProblem}
 * naming where.
 */
public final class VendorDirectory {

	private static final String RESOURCE = "/shadowit/vendors.csv";

	private static final List<String> COLUMNS = List.of("id", "name", "category", "domain", "aliases");

	private final List<VendorEntry> entries;

	private final Map<String, Vendor> byId;

	private VendorDirectory(List<VendorEntry> entries) {
		this.entries = List.copyOf(entries);
		this.byId = entries.stream()
			.collect(Collectors.toMap((e) -> e.vendor().id(), VendorEntry::vendor, (a, b) -> a, LinkedHashMap::new));
	}

	/** The directory shipped with Shopfront. */
	public static VendorDirectory shipped() {
		try (InputStream in = VendorDirectory.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + RESOURCE);
			}
			return read(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads a directory in the shipped file's format.
	 * @throws DirectoryProblem naming the line of the first problem
	 */
	public static VendorDirectory read(Reader csv) {
		List<Vendor> vendors = new ArrayList<>();
		List<String> places = new ArrayList<>();
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.get()
			.parse(csv)) {
			if (!parser.getHeaderNames().containsAll(COLUMNS)) {
				throw DirectoryProblem.at("line 1", "the columns must be " + String.join(",", COLUMNS) + ", were "
						+ String.join(",", parser.getHeaderNames()));
			}
			for (CSVRecord row : parser) {
				String where = "line " + parser.getCurrentLineNumber();
				if (!row.isConsistent()) {
					throw DirectoryProblem.at(where,
							"expected " + parser.getHeaderNames().size() + " values, found " + row.size());
				}
				Category category = Category.ofSlug(row.get("category").strip())
					.orElseThrow(() -> DirectoryProblem.at(where, "unknown category '" + row.get("category")
							+ "'; the categories are "
							+ Arrays.stream(Category.values()).map(Category::slug).collect(Collectors.joining(", "))));
				List<String> aliases = Arrays.stream(row.get("aliases").split("\\|"))
					.map(String::strip)
					.filter((a) -> !a.isEmpty())
					.toList();
				vendors.add(new Vendor(row.get("id").strip(), row.get("name").strip(), category,
						row.get("domain").strip(), aliases));
				places.add(where);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw DirectoryProblem.at("the directory", "cannot be read: " + ex.getMessage());
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw DirectoryProblem.at("the directory", "is not CSV with a header line: " + ex.getMessage());
		}
		return new VendorDirectory(new DirectoryCheck().check(vendors, places));
	}

	/**
	 * A directory of the given vendors (such as the shipped one as admins edited it).
	 * @throws DirectoryProblem naming the first vendor with a problem
	 */
	public static VendorDirectory of(List<Vendor> vendors) {
		List<String> places = vendors.stream().map((v) -> "vendor '" + v.id() + "'").toList();
		return new VendorDirectory(new DirectoryCheck().check(vendors, places));
	}

	public List<Vendor> vendors() {
		return List.copyOf(this.byId.values());
	}

	public Optional<Vendor> find(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	public int size() {
		return this.entries.size();
	}

	/** Each vendor with its aliases normalised and its domains. */
	List<VendorEntry> entries() {
		return this.entries;
	}

}
