package org.shopfront.shadowit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopfront.ShopfrontTest;
import org.shopfront.imports.ImportLog;
import org.shopfront.imports.ImportRun;
import org.shopfront.imports.ImportRunId;
import org.shopfront.imports.ImportStatus;
import org.shopfront.shadowit.SignInMonths.ApplicationMonth;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Sign-in logs from Okta and Entra, on the test database: people per application and
 * month, failed sign-ins and other events not counted, a log imported twice counted once.
 */
@ShopfrontTest
class SignInImportTests {

	@TempDir
	Path folder;

	@Autowired
	ImportingSignIns importing;

	@Autowired
	SignInMonths months;

	@Autowired
	ImportLog log;

	/** Hands each test a year no other test uses, so that tests never meet. */
	private static final AtomicInteger YEARS = new AtomicInteger(ThreadLocalRandom.current().nextInt(2200, 2800));

	private int year;

	@BeforeEach
	void year() {
		this.year = YEARS.incrementAndGet();
	}

	@Test
	void countsThePeopleSigningInToEachApplicationPerMonthFromAnOktaLog() throws IOException {
		String log = """
				published,eventType,actor.alternateId,target.displayName,outcome.result
				%1$d-01-05T09:00:00.000Z,user.authentication.sso,ann@example.com,Slack,SUCCESS
				%1$d-01-06T09:00:00.000Z,user.authentication.sso,ANN@example.com,Slack,SUCCESS
				%1$d-01-07T09:00:00.000Z,user.authentication.sso,bob@example.com,Slack,SUCCESS
				%1$d-01-07T09:00:00.000Z,user.authentication.sso,carol@example.com,Slack,FAILURE
				%1$d-01-07T09:00:00.000Z,user.session.start,dan@example.com,Okta Dashboard,SUCCESS
				%1$d-02-01T09:00:00.000Z,user.authentication.sso,ann@example.com,Slack,SUCCESS
				""".formatted(this.year);
		ImportRun run = importLog(SignInProfile.OKTA, log);
		assertThat(run.status()).isEqualTo(ImportStatus.DONE);
		assertThat(run.rowsRead()).isEqualTo(6);
		importLog(SignInProfile.OKTA, log);
		assertThat(thisYear())
			.extracting(ApplicationMonth::month, ApplicationMonth::application, ApplicationMonth::vendorId,
					ApplicationMonth::people)
			.containsExactly(tuple(LocalDate.of(this.year, 1, 1), "Slack", "slack", 2L),
					tuple(LocalDate.of(this.year, 2, 1), "Slack", "slack", 1L));
	}

	@Test
	void countsThePeopleFromAnEntraSignInLog() throws IOException {
		ImportRun run = importLog(SignInProfile.ENTRA, """
				Date (UTC),Request ID,User,Username,Application,Status
				%1$d-03-02T08:15:00Z,r1,Ann Example,ann@example.com,Figma,Success
				%1$d-03-03T08:15:00Z,r2,Bob Example,bob@example.com,Figma,Failure
				%1$d-03-04T08:15:00Z,r3,Eve Example,eve@example.com,Miro,Success
				""".formatted(this.year));
		assertThat(run.status()).isEqualTo(ImportStatus.DONE);
		assertThat(thisYear())
			.extracting(ApplicationMonth::application, ApplicationMonth::vendorId, ApplicationMonth::people)
			.containsExactly(tuple("Figma", "figma", 1L), tuple("Miro", "miro", 1L));
	}

	@Test
	void storesNothingOfALogWithALineWithoutAPerson() throws IOException {
		ImportRun run = importLog(SignInProfile.ENTRA, """
				Date (UTC),Username,Application,Status
				%1$d-04-02T08:15:00Z,ann@example.com,Figma,Success
				%1$d-04-03T08:15:00Z,,Figma,Success
				""".formatted(this.year));
		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(this.log.rejections(run.id(), 10)).singleElement()
			.satisfies((rejection) -> assertThat(rejection.line()).isEqualTo(3));
		assertThat(thisYear()).isEmpty();
	}

	private ImportRun importLog(SignInProfile profile, String content) throws IOException {
		Path file = Files.writeString(this.folder.resolve(UUID.randomUUID() + ".csv"), content);
		ImportRunId id = this.importing.importNow(profile, file, "log.csv", "Tester");
		return this.log.find(id).orElseThrow();
	}

	private List<ApplicationMonth> thisYear() {
		return this.months.peoplePerMonth().stream().filter((month) -> month.month().getYear() == this.year).toList();
	}

}
