package org.shopfront;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The main journeys in a real Chromium against the demo store: (a) a customer finds a
 * need by search, compares its options, orders and sees the order under "my orders"; (b)
 * the manager approves it, a fulfiller takes and delivers it, the customer confirms
 * receipt; (c) a leader submits a demand, IT proposes three options, the leader compares
 * them and decides. Skipped when Chromium is not installed, unless
 * {@code shopfront.browser.required=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "shopfront.demo.enabled=true", "shopfront.ordering.approval-threshold=0" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneyTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static WebDriver browser;

	private static String orderUrl;

	private static String orderNumber;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && Boolean.getBoolean("shopfront.browser.required")) {
			fail("Browser tests are required but /usr/bin/chromium or /usr/bin/chromedriver is missing");
		}
		assumeTrue(installed, "Chromium is not installed; skipping browser tests");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1600");
		// The browser's console, where it reports what the Content-Security-Policy
		// refused.
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	@Order(1)
	void customerFindsComparesAndOrdersALaptop() {
		signIn("customer");
		WebElement search = browser.findElement(By.name("q"));
		search.sendKeys("laptop");
		search.submit();
		WebElement firstResult = waitFor(By.cssSelector("#results article a"));
		assertThat(firstResult.getText().toLowerCase()).contains("laptop");
		String fastest = browser.findElement(By.cssSelector("#results article .sf-fastest")).getText();
		assertThat(fastest).as("the card's date, quoted as the comparison quotes it").startsWith("fastest by ");
		click(firstResult);

		WebElement comparison = waitFor(By.id("comparison"));
		List<WebElement> optionColumns = comparison.findElements(By.cssSelector("thead th[scope=col]"));
		assertThat(optionColumns).as("one column per option plus the labels").hasSizeGreaterThanOrEqualTo(3);
		assertThat(comparison.getText()).contains("First-year cost", "Delivery", "Provider");
		List<String> dates = comparison.findElements(By.cssSelector("#delivery-dates td"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(dates).as("the card's fastest date is one of the comparison's")
			.anySatisfy(date -> assertThat(date).startsWith(fastest.substring("fastest ".length())));
		assertThat(dates).as("the option out of stock says so where its date is")
			.anySatisfy(date -> assertThat(date).containsAnyOf("Out of stock", "out of stock"));
		assertThat(comparison.findElement(By.cssSelector(".sf-fastest-option")).getText()).isEqualTo("Fastest");

		click(comparison.findElement(By.linkText("Order this")));
		waitFor(By.id("order-form"));
		assertThat(browser.findElement(By.id("promised-delivery")).getText()).as("the promise before committing")
			.startsWith("by ")
			.contains("arrived by then");
		assertThat(browser.findElement(By.id("promise-before-order")).getText()).as("the promise beside the button")
			.startsWith("Delivered by ")
			.contains("arrived by then");
		for (WebElement answer : browser.findElements(By.cssSelector("input[id^=answers]"))) {
			answer.sendKeys("Jo Newstarter");
		}
		click(browser.findElement(By.cssSelector("#order-form button[type=submit]")));

		WebElement status = waitFor(By.id("order-status"));
		assertThat(status.getText()).isEqualTo("Waiting for approval");
		orderUrl = browser.getCurrentUrl();
		orderNumber = browser.findElement(By.tagName("h1")).getText().replaceAll("\\D", "");

		browser.get(url("/orders"));
		assertThat(waitFor(By.id("main")).getText()).contains("#" + orderNumber);
	}

	@Test
	@Order(2)
	void managerApprovesFulfillerDeliversCustomerConfirms() {
		assumeTrue(orderUrl != null, "needs the order of the first journey");
		signIn("manager");
		browser.get(url("/approvals"));
		click(waitFor(By.linkText("#" + orderNumber)));
		clickButton("Approve");
		assertThat(waitFor(By.id("order-status")).getText()).isEqualTo("Approved, waiting to start");

		signIn("fulfiller");
		browser.get(orderUrl);
		clickButton("Take this order");
		assertThat(waitFor(By.id("order-status")).getText()).isEqualTo("In progress");
		browser.findElement(By.id("note-text")).sendKeys("The laptop is being set up.");
		clickButton("Add note");
		clickButton("Mark as delivered");
		assertThat(waitFor(By.id("order-status")).getText()).isEqualTo("Delivered");

		signIn("customer");
		browser.get(orderUrl);
		assertThat(waitFor(By.id("timeline")).getText()).contains("The laptop is being set up.");
		assertThat(browser.findElement(By.id("promise")).getText()).contains("Our promise", "Delivered by");
		clickButton("I have received it");
		assertThat(waitFor(By.id("order-status")).getText()).isEqualTo("Received");
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("Approved by", "Delivered by",
				"confirmed receipt");
	}

	@Test
	@Order(3)
	void pagesWorkUnderTheContentSecurityPolicyWithLiveSearchAndCharts() {
		signIn("customer");
		browser.get(url("/store"));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript("window.sfSamePage = true;");
		WebElement search = waitFor(By.id("q"));
		search.sendKeys("laptop");
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("q=laptop"));
		WebElement firstResult = waitFor(By.cssSelector("#results article a"));
		assertThat(firstResult.getText().toLowerCase()).contains("laptop");
		assertThat(js.executeScript("return window.sfSamePage === true;")).as("htmx swapped the results in place")
			.isEqualTo(true);

		browser.get(url("/scoreboard"));
		waitFor(By.cssSelector("canvas.sf-record"));
		assertThat(js.executeScript("return Chart.getChart(document.querySelector('canvas.sf-record')) != null;"))
			.as("Chart.js drew the scoreboard's trend")
			.isEqualTo(true);

		browser.get(url("/portfolio"));
		waitFor(By.cssSelector("canvas.sf-portfolio"));
		assertThat(js.executeScript("return Chart.getChart(document.querySelector('canvas.sf-portfolio')) != null;"))
			.as("Chart.js drew the portfolio's trend from the kept figures")
			.isEqualTo(true);
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until((driver) -> driver.findElements(By.cssSelector("#inbox-badge[hx-trigger='load']")).isEmpty());
		browser.get(url("/pain-points/public"));
		waitFor(By.cssSelector("canvas.sf-trend"));
		assertThat(js.executeScript("return Chart.getChart(document.querySelector('canvas.sf-trend')) != null;"))
			.as("Chart.js drew a pain point's trend from the kept table")
			.isEqualTo(true);
		for (String page : List.of("/", "/orders", "/inbox", "/account/tokens", "/pain-points/public",
				"/scoreboard/company/all", "/login")) {
			browser.get(url(page));
			waitFor(By.id("main"));
		}
		signIn("admin");
		for (String page : List.of("/admin/users", "/admin/tokens", "/listening", "/listening/import")) {
			browser.get(url(page));
			waitFor(By.id("main"));
		}
		List<String> refused = browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
			.toList();
		assertThat(refused).as("what the Content-Security-Policy refused").isEmpty();
	}

	/**
	 * The customer marks one notice of their inbox as read: its button submits the page's
	 * one form, which carries the CSRF token, to the notice's own address.
	 */
	@Test
	@Order(8)
	void customerMarksANoticeAsRead() {
		assumeTrue(orderUrl != null, "needs the notices of the first two journeys");
		signIn("customer");
		browser.get(url("/inbox"));
		WebElement button = waitFor(By.xpath("//li[contains(@class, 'sf-notice-unread')]//button"));
		int unread = browser.findElements(By.cssSelector("li.sf-notice-unread")).size();
		click(button);
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
		waitFor(By.id("notices"));
		assertThat(browser.findElements(By.cssSelector("li.sf-notice-unread"))).as("the unread notices on the page")
			.hasSize(unread - 1);
	}

	/**
	 * Shadow IT: an admin imports a card export whose recurring merchant no vendor
	 * matches, names it ClickUp on the review page; a service owner finds ClickUp on the
	 * board and adds it to the store through the pre-filled offering form.
	 */
	@Test
	@Order(7)
	void adminImportsCardLinesConfirmsAVendorAndItBecomesAStoreOffering() throws Exception {
		Path file = Files.createTempFile("card-lines", ".csv");
		LocalDate day = LocalDate.now().withDayOfMonth(3);
		Files.writeString(file, """
				Date,Merchant,Amount,Currency,Employee,Cost Center,Department,Transaction ID
				%s,QWXLY PLANNING SUBSCR 4711,19.00,EUR,browser,CC-1,Sales,browser-1
				%s,QWXLY PLANNING SUBSCR 4711,19.00,EUR,browser,CC-1,Sales,browser-2
				""".formatted(day.minusMonths(1), day.minusMonths(2)));
		signIn("admin");
		browser.get(url("/admin/shadow-it/import"));
		waitFor(By.id("file"));
		browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		new Select(browser.findElement(By.id("layout"))).selectByValue("GENERIC");
		clickButton("Import");
		// The import runs in the background: the review page lists the merchant once it
		// is done.
		WebElement row = new WebDriverWait(browser, Duration.ofSeconds(30)).until((driver) -> {
			driver.get(url("/admin/shadow-it/review"));
			List<WebElement> rows = driver
				.findElements(By.xpath("//tr[.//code[contains(normalize-space(), 'QWXLY PLANNING')]]"));
			return rows.isEmpty() ? null : rows.get(0);
		});
		assertThat(row).as("the unknown recurring merchant is listed for review").isNotNull();
		row.findElement(By.cssSelector("input[name=vendor][type=search]")).sendKeys("ClickUp");
		// The directory's suggestions, open under the search box, may take the browser's
		// own
		// click.
		((JavascriptExecutor) browser).executeScript("arguments[0].click();",
				row.findElement(By.xpath(".//button[normalize-space()='Name it']")));
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "ClickUp"));

		signIn("owner");
		browser.get(url("/shadow-it"));
		browser.get(waitFor(By.linkText("ClickUp")).getAttribute("href"));
		submit("add-to-store", "Add to the store");
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/offerings/new"));
		assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("ClickUp");
		((JavascriptExecutor) browser).executeScript("arguments[0].click();",
				browser.findElement(By.xpath("//main//button[normalize-space()='Save']")));
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "ClickUp"));
		browser.get(url("/shadow-it/vendors/clickup"));
		assertThat(waitFor(By.id("vendor-history")).getText()).contains("added it to the store");
	}

	/**
	 * The demand of the journeys below, for the initiative's journey that follows them.
	 */
	static String demandUrl;

	@Test
	@Order(4)
	void leaderSubmitsADemand() {
		signIn("manager");
		browser.get(url("/demands"));
		click(waitFor(By.cssSelector("a[href$='/demands/new']")));
		waitFor(By.id("demand-form"));
		type("title", "Read supplier invoices automatically");
		type("problem", "Accounts payable keys 4,000 invoices a month by hand.");
		type("outcome", "Invoices are read and booked without typing.");
		type("affected", "Accounts payable, suppliers waiting for payment");
		type("valuePerYear", "150000");
		type("target", "Invoices keyed by hand");
		type("targetUnit", "per month");
		type("targetToday", "4000");
		type("links", "https://wiki.example.com/invoices");
		submit("demand-form", "Submit to IT");

		assertThat(waitFor(By.id("demand-status")).getText()).isEqualTo("Submitted");
		demandUrl = browser.getCurrentUrl();
	}

	@Test
	@Order(5)
	void itProposesThreeOptionsRecommendingAnOutsideProvider() {
		assumeTrue(demandUrl != null, "needs the demand of the leader's journey");
		signIn("owner");
		browser.get(demandUrl);
		clickButton("Take it in review");
		assertThat(waitFor(By.id("demand-status")).getText()).isEqualTo("In review by IT");
		click(waitFor(By.linkText("Write the proposal")));
		waitFor(By.id("proposal-form"));
		option(0, "BUILD_INSIDE", "Build a reader in-house", null, "90000", "12000", "120", "None of us built one");
		option(1, "BUY_SERVICE", "Subscribe to an invoice reading service", "Litware Analytics", "25000", "30000", "20",
				"Depends on the vendor");
		option(2, "DO_NOTHING", "Keep keying by hand", null, null, null, null, "The backlog grows");
		click(browser.findElement(By.id("option-1-recommended")));
		type("recommendationReason", "The service is proven and costs a third of building.");
		submit("proposal-form", "Put it before the leader");

		assertThat(waitFor(By.id("demand-status")).getText()).isEqualTo("Proposal ready");
	}

	@Test
	@Order(6)
	void leaderComparesTheOptionsAndDecides() {
		assumeTrue(demandUrl != null, "needs the demand of the leader's journey");
		signIn("manager");
		browser.get(demandUrl);
		WebElement proposal = waitFor(By.id("proposal"));
		assertThat(proposal.findElements(By.cssSelector("thead th[scope=col]"))).as("three options and the labels")
			.hasSize(4);
		assertThat(proposal.getText()).contains("Budget we promise", "Date we promise", "Risks",
				"Subscribe to an invoice reading service", "Litware Analytics", "estimated");
		// The decision's button closes a long page, where the footer may take the
		// browser's
		// own click.
		((JavascriptExecutor) browser).executeScript("arguments[0].click();",
				proposal.findElement(By.cssSelector("#choose button.btn-primary")));

		// The decision starts the chosen option's initiative, which may already show.
		assertThat(waitFor(By.id("demand-status")).getText()).isIn("Decided", "Initiative running");
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("decided");
	}

	/**
	 * Presses a long form's submit button; the browser's own click, which a footer at the
	 * bottom of the window may intercept, is not what is under test.
	 */
	private void submit(String form, String button) {
		WebElement submit = browser.findElement(By.id(form))
			.findElement(By.xpath(".//button[normalize-space()='" + button + "']"));
		((JavascriptExecutor) browser).executeScript("arguments[0].click();", submit);
	}

	private void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Fills one option of the proposal form; a date goes in as the browser's value. */
	private void option(int i, String kind, String name, String provider, String oneOff, String running, String effort,
			String risks) {
		String at = "option-" + i + "-";
		new Select(browser.findElement(By.id(at + "kind"))).selectByValue(kind);
		type(at + "name", name);
		if (provider != null) {
			new Select(browser.findElement(By.id(at + "providerId"))).selectByVisibleText(provider);
		}
		if (oneOff != null) {
			type(at + "oneOffCost", oneOff);
			type(at + "runningCost", running);
			type(at + "effortDays", effort);
			((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
					browser.findElement(By.id(at + "deliveryDate")), LocalDate.now().plusMonths(4).toString());
		}
		type(at + "risks", risks);
	}

	private void signIn(String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		waitFor(By.cssSelector("nav.navbar"));
	}

	private void clickButton(String text) {
		click(waitFor(By.xpath("//button[normalize-space()='" + text + "']")));
	}

	/**
	 * Scrolls the element to the middle at once and clicks it. Bootstrap makes scrolling
	 * smooth, so a plain scrollIntoView was still moving the page when the click came,
	 * and the click landed where the element had been (intercepted, at random).
	 */
	private static void click(WebElement element) {
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private WebElement waitFor(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.elementToBeClickable(locator));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
