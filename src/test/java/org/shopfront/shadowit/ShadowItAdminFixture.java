package org.shopfront.shadowit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.shopfront.shadowit.matching.Category;
import org.shopfront.shadowit.matching.Vendor;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports card lines and sign-in logs for other modules' tests (the authorization matrix)
 * the way the admin pages do, waiting for the end: the runs' ids and a merchant to
 * review.
 */
public final class ShadowItAdminFixture {

	private final ImportingExpenses expenses;

	private final ImportingSignIns signIns;

	private final JdbcClient jdbc;

	private final DirectoryEdits edits;

	public ShadowItAdminFixture(ApplicationContext context) {
		this.expenses = context.getBean(ImportingExpenses.class);
		this.signIns = context.getBean(ImportingSignIns.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.edits = context.getBean(DirectoryEdits.class);
	}

	/** The run of a small card file with one unknown merchant paid in two months. */
	public UUID expenseRun() {
		Path file = write("""
				Date,Merchant,Amount,Currency
				2026-01-10,%1$s,20.00,EUR
				2026-02-10,%1$s,20.00,EUR
				""".formatted(merchant()));
		try {
			return this.expenses
				.importNow(new ExpenseImportRequest(ExpenseProfile.GENERIC, null, "card.csv"), file, "Fixture")
				.value();
		}
		finally {
			delete(file);
		}
	}

	/**
	 * The normalised text of a merchant with stored lines (after {@link #expenseRun}).
	 */
	public String merchantKey() {
		return this.jdbc.sql("select min(merchant_key) from expense_line where merchant like 'KWX%'")
			.query(String.class)
			.single();
	}

	/** The run of a small Entra sign-in log. */
	public UUID signInRun() {
		Path file = write("""
				Date (UTC),Username,Application,Status
				2026-01-05T10:00:00Z,fixture@example.com,Miro,Success
				""");
		try {
			return this.signIns.importNow(SignInProfile.ENTRA, file, "entra.csv", "Fixture").value();
		}
		finally {
			delete(file);
		}
	}

	/** A vendor admins added to the directory, for routes that change one. */
	public String vendor() {
		String id = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
		this.edits.save(new Vendor(id, "Matrix " + id, Category.PRODUCTIVITY, id + ".com", List.of()), "Fixture",
				Instant.now());
		return id;
	}

	private static String merchant() {
		return "KWX" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "Q").toUpperCase()
				+ " SOFTWARE";
	}

	private static Path write(String content) {
		try {
			return Files.writeString(Files.createTempFile("shadowit-fixture-", ".csv"), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
