package org.shopfront.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.people.Role;
import org.shopfront.shadowit.ShadowItImport;
import org.shopfront.shadowit.ShadowItImport.PastAnswer;
import org.shopfront.shadowit.ShadowItImport.PastExpense;
import org.shopfront.shadowit.ShadowItImport.PastSignIn;
import org.shopfront.shared.Money;

/**
 * A year of the demo company's card lines and sign-ins: about forty SaaS vendors that
 * spread through the units month by month, among restaurants, hotels, travel and
 * merchants whose names only look like software. IT answered two vendors with the store
 * five months ago (most of their payers moved) and accepted one as sanctioned.
 */
final class DemoShadowIt implements DemoStep {

	/**
	 * A vendor as statements show it, what a seat costs a month, and how far it spreads.
	 */
	record Saas(String vendor, String merchant, String currency, String monthly, int people, String app) {

	}

	static final List<Saas> SAAS = List.of(new Saas("slack", "SLACK T04ABC123 DUBLIN", "EUR", "7.25", 30, "Slack"),
			new Saas("zoom", "ZOOM.US 888-799-9666 CA", "EUR", "13.99", 24, "Zoom"),
			new Saas("notion", "NOTION LABS INC", "USD", "10.00", 18, "Notion"),
			new Saas("miro", "MIRO.COM", "EUR", "8.00", 14, "Miro"),
			new Saas("canva", "CANVA* 04123456789", "EUR", "11.99", 12, "Canva"),
			new Saas("figma", "FIGMA MONTHLY RENEWAL", "USD", "15.00", 6, "Figma"),
			new Saas("dropbox", "DROPBOX*1A2B3C4D5E", "EUR", "11.99", 10, "Dropbox"),
			new Saas("asana", "ASANA.COM", "EUR", "10.99", 9, "Asana"),
			new Saas("trello", "TRELLO.COM* ATLASSIAN", "EUR", "5.00", 16, "Trello"),
			new Saas("monday", "MONDAY.COM", "EUR", "9.00", 7, "monday.com"),
			new Saas("airtable", "AIRTABLE.COM", "USD", "20.00", 5, "Airtable"),
			new Saas("calendly", "CALENDLY", "USD", "10.00", 11, "Calendly"),
			new Saas("typeform", "TYPEFORM SL", "EUR", "25.00", 4, "Typeform"),
			new Saas("surveymonkey", "SURVEYMONKEY", "EUR", "35.00", 3, "SurveyMonkey"),
			new Saas("docusign", "DOCUSIGN INC", "EUR", "25.00", 5, "DocuSign"),
			new Saas("grammarly", "GRAMMARLY CO*1234", "USD", "12.00", 9, null),
			new Saas("deepl", "DEEPL SE", "EUR", "8.74", 12, null),
			new Saas("openai", "OPENAI *CHATGPT SUBSCR", "USD", "20.00", 22, "ChatGPT"),
			new Saas("anthropic", "ANTHROPIC", "USD", "18.00", 8, null),
			new Saas("midjourney", "MIDJOURNEY INC.", "USD", "10.00", 4, null),
			new Saas("hubspot", "HUBSPOT INC", "EUR", "45.00", 6, "HubSpot"),
			new Saas("pipedrive", "PIPEDRIVE", "EUR", "14.90", 8, "Pipedrive"),
			new Saas("mailchimp", "MAILCHIMP", "USD", "35.00", 3, null),
			new Saas("semrush", "SEMRUSH", "USD", "119.95", 2, null),
			new Saas("hotjar", "HOTJAR LTD", "EUR", "32.00", 2, null),
			new Saas("tableau", "TABLEAU SOFTWARE", "EUR", "70.00", 3, "Tableau"),
			new Saas("github", "GITHUB, INC.", "USD", "4.00", 20, "GitHub"),
			new Saas("jetbrains", "JETBRAINS", "EUR", "24.90", 9, null),
			new Saas("postman", "POSTMAN", "USD", "14.00", 6, "Postman"),
			new Saas("aws", "AWS EMEA AWS.AMAZON.CO", "EUR", "150.00", 3, "AWS"),
			new Saas("digitalocean", "DIGITALOCEAN.COM", "USD", "24.00", 2, null),
			new Saas("heroku", "HEROKU", "USD", "25.00", 2, null),
			new Saas("vercel", "VERCEL INC.", "USD", "20.00", 3, null),
			new Saas("1password", "1PASSWORD", "EUR", "7.99", 8, null),
			new Saas("lastpass", "LASTPASS.COM", "EUR", "4.00", 6, null),
			new Saas("nordvpn", "NORDVPN.COM", "EUR", "11.99", 5, null),
			new Saas("loom", "LOOM.COM", "USD", "12.50", 7, "Loom"),
			new Saas("vimeo", "VIMEO.COM", "EUR", "20.00", 3, null),
			new Saas("wetransfer", "WETRANSFER", "EUR", "12.00", 6, null),
			new Saas("adobe", "ADOBE *CREATIVE CLOUD", "EUR", "66.45", 7, "Adobe"),
			new Saas("linkedin", "LINKEDIN PRE 7242340", "EUR", "55.00", 5, null));

	/**
	 * Ordinary expenses: restaurants, hotels, travel, and names that only look like
	 * software.
	 */
	static final List<String> ORDINARY = List.of("LA BRASSERIE PARIS", "PRET A MANGER LONDON",
			"HILTON HOTELS AMSTERDAM", "MARRIOTT MUNICH", "LUFTHANSA 2201234567", "SNCF VOYAGES", "UBER *TRIP",
			"SHELL OIL 5744", "ZOOM CAR WASH", "AMAZON MKTPLACE PMTS", "STARBUCKS 4421", "DB BAHN", "IKEA HAMBURG",
			"OFFICE DEPOT 1123", "BOOKING.COM HOTEL", "TAXI BERLIN 123", "RESTAURANT SLACK WATER",
			"NOTION CAFE BERLIN");

	/** Vendors the store answered five months ago, and the one IT accepted. */
	private static final List<String> ANSWERED = List.of("zoom", "trello");

	private static final String SANCTIONED = "github";

	private static final int MONTHS = 12;

	private final ShadowItImport shadowIt;

	private final Directory directory;

	private final Clock clock;

	private final long seed;

	DemoShadowIt(ShadowItImport shadowIt, Directory directory, Clock clock, long seed) {
		this.shadowIt = shadowIt;
		this.directory = directory;
		this.clock = clock;
		this.seed = seed;
	}

	@Override
	public String name() {
		return "shadow IT";
	}

	@Override
	public boolean due() {
		return this.shadowIt.isEmpty();
	}

	@Override
	public String seed() {
		Random random = new Random(this.seed);
		List<Person> staff = this.directory.withRole(Role.CUSTOMER)
			.stream()
			.filter((p) -> p.unitName() != null)
			.toList();
		YearMonth now = YearMonth.now(this.clock);
		YearMonth answeredIn = now.minusMonths(5);
		List<PastExpense> lines = new ArrayList<>();
		List<PastSignIn> signIns = new ArrayList<>();
		for (Saas saas : SAAS) {
			for (int p = 0; p < saas.people(); p++) {
				Person person = staff.get(random.nextInt(staff.size()));
				YearMonth start = now.minusMonths(random.nextInt(MONTHS));
				boolean moves = ANSWERED.contains(saas.vendor()) && random.nextInt(4) > 0;
				for (YearMonth month = start; !month.isAfter(now); month = month.plusMonths(1)) {
					if (moves && month.isAfter(answeredIn)) {
						break;
					}
					LocalDate day = month.atDay(1 + random.nextInt(28));
					lines.add(new PastExpense(day, Money.of(saas.monthly(), saas.currency()), saas.merchant(),
							person.username(), person.unitName(), saas.vendor() + "-" + lines.size()));
					if (saas.app() != null) {
						signIns.add(new PastSignIn(day, saas.app(), person.username()));
					}
				}
			}
			if (saas.app() != null) {
				addFreeUsers(saas, staff, now, random, signIns);
			}
		}
		addOrdinary(staff, now, random, lines);
		this.shadowIt.add(lines, signIns);
		this.shadowIt.add(answers(answeredIn));
		return lines.size() + " card lines and " + signIns.size() + " sign-ins over " + MONTHS + " months";
	}

	/** People who sign in without paying: free plans and invitations. */
	private static void addFreeUsers(Saas saas, List<Person> staff, YearMonth now, Random random,
			List<PastSignIn> signIns) {
		for (int p = 0; p < saas.people() / 2; p++) {
			Person person = staff.get(random.nextInt(staff.size()));
			for (int back = random.nextInt(MONTHS); back >= 0; back--) {
				signIns.add(new PastSignIn(now.minusMonths(back).atDay(1), saas.app(), person.username()));
			}
		}
	}

	private static void addOrdinary(List<Person> staff, YearMonth now, Random random, List<PastExpense> lines) {
		for (int i = 0; i < 1500; i++) {
			Person person = staff.get(random.nextInt(staff.size()));
			YearMonth month = now.minusMonths(random.nextInt(MONTHS));
			BigDecimal amount = BigDecimal.valueOf(800 + random.nextInt(40000)).movePointLeft(2);
			lines.add(new PastExpense(month.atDay(1 + random.nextInt(28)), Money.of(amount.toPlainString(), "EUR"),
					ORDINARY.get(random.nextInt(ORDINARY.size())), person.username(), person.unitName(),
					"expense-" + i));
		}
	}

	private List<PastAnswer> answers(YearMonth answeredIn) {
		Person owner = this.directory.withRole(Role.SERVICE_OWNER).get(0);
		List<PastAnswer> answers = new ArrayList<>();
		for (String vendor : ANSWERED) {
			answers.add(new PastAnswer(vendor, false, owner.id(), owner.displayName(),
					answeredIn.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
		}
		answers.add(new PastAnswer(SANCTIONED, true, owner.id(), owner.displayName(),
				answeredIn.plusMonths(2).atDay(10).atStartOfDay().toInstant(ZoneOffset.UTC)));
		return answers;
	}

}
