package org.shopfront.catalog;

import java.util.List;

/**
 * What the demo store sells: twelve providers (six of IT's teams, six vendors) and the
 * needs they serve. Prices are in EUR; a first-year value above 1000 needs the manager's
 * approval. Where a vendor serves a need better than IT does, IT says so.
 */
final class CatalogDemoContent {

	static final String WHO = "Who is it for?";

	static final String COST_CENTRE = "Cost centre";

	static final String START = "Start date";

	static final String LOCATION = "Delivery location";

	static final String WHY = "Business justification";

	static final String LAYOUT = "Keyboard layout";

	static final String DATA_SETS = "Data sets needed";

	static final String PROJECT = "Project or team";

	static final String ENVIRONMENT = "Environment";

	static final String END = "Access end date";

	private static final String WORKPLACE = "Workplace Services";

	private static final String IDENTITY = "Identity & Access Team";

	private static final String DATA = "Data Platform Team";

	private static final String CLOUD = "Cloud Platform Team";

	private static final String APPS = "Business Apps Team";

	private static final String DESK = "Service Desk";

	private static final String NORTHWIND = "Northwind Devices";

	private static final String CONTOSO = "Contoso Cloud";

	private static final String FABRIKAM = "Fabrikam CRM";

	private static final String TAILSPIN = "Tailspin Collaboration";

	private static final String LITWARE = "Litware Analytics";

	private static final String ADATUM = "Adatum Security";

	private static final String OFFICE_HOURS = "Mon–Fri 08:00–18:00";

	private static final String ALWAYS = "24/7";

	private static final String NEXT_DAY = "Mon–Fri 08:00–18:00, next-business-day replacement";

	private static final String VENDOR_HOURS = "Mon–Fri 09:00–17:00 (vendor hotline)";

	private CatalogDemoContent() {
	}

	record ProviderSpec(String name, ProviderKind kind, String profile, String website) {
	}

	record NeedSpec(String title, Category category, String description, List<OfferingSpec> offerings) {
	}

	/**
	 * One offering, written as a chain:
	 * {@code offer(…).stock(12).pros(…).recommended(…)}.
	 */
	static final class OfferingSpec {

		final String provider;

		final String title;

		final String summary;

		final double oneOff;

		final double monthly;

		final int days;

		boolean physical;

		Integer stock;

		String support = OFFICE_HOURS;

		String pros = "";

		String cons = "";

		String reason;

		String fields = "";

		OfferingSpec(String provider, String title, String summary, double oneOff, double monthly, int days) {
			this.provider = provider;
			this.title = title;
			this.summary = summary;
			this.oneOff = oneOff;
			this.monthly = monthly;
			this.days = days;
		}

		OfferingSpec stock(int items) {
			this.physical = true;
			this.stock = items;
			return this;
		}

		OfferingSpec support(String hours) {
			this.support = hours;
			return this;
		}

		OfferingSpec pros(String... lines) {
			this.pros = String.join("\n", lines);
			return this;
		}

		OfferingSpec cons(String... lines) {
			this.cons = String.join("\n", lines);
			return this;
		}

		OfferingSpec recommended(String why) {
			this.reason = why;
			return this;
		}

		OfferingSpec fields(String... labels) {
			this.fields = String.join("\n", labels);
			return this;
		}

	}

	static List<ProviderSpec> providers() {
		return List.of(
				internal(WORKPLACE,
						"Laptops, phones, monitors and the software on them; imaging, enrolment and desk-side setup."),
				internal(IDENTITY, "Accounts, access rights, VPN and multi-factor authentication for everyone."),
				internal(DATA, "The data warehouse, dashboards, reports and data pipelines between systems."),
				internal(CLOUD, "Virtual machines, containers, storage and hosting on the company cloud platform."),
				internal(APPS, "The company CRM, expenses, work tracking and other business applications."),
				internal(DESK, "First-line help, new-starter setup, training and repairs at the walk-in IT bar."),
				external(NORTHWIND, "Hardware reseller with a framework contract: devices, leasing and repairs.",
						"https://northwind-devices.example.com"),
				external(CONTOSO, "Public cloud provider: virtual machines, storage, hosting and integration services.",
						"https://contoso-cloud.example.com"),
				external(FABRIKAM, "Software-as-a-service CRM used by many sales teams in our industry.",
						"https://fabrikam-crm.example.com"),
				external(TAILSPIN, "Meetings, webinars, whiteboards and meeting-room systems as a service.",
						"https://tailspin-collab.example.com"),
				external(LITWARE, "Self-service analytics and data preparation tools for business users.",
						"https://litware-analytics.example.com"),
				external(ADATUM, "Security vendor: hardware tokens, e-signatures and remote access.",
						"https://adatum-security.example.com"));
	}

	static List<NeedSpec> needs() {
		return List.of(devices(), phone(), monitor(), headset(), dock(), tablet(), printer(), broken(), newStarter(),
				officeSuite(), design(), developerTools(), pdf(), training(), warehouse(), vpn(), securityKey(),
				guest(), vault(), meetingRoom(), webinars(), teamSpace(), whiteboard(), dashboard(), cleanup(),
				reports(), dataFeed(), server(), testEnvironment(), storage(), website(), backup(), crm(), expenses(),
				projects());
	}

	private static NeedSpec devices() {
		return need("A laptop for a new starter", Category.DEVICES,
				"A ready-to-use laptop with the company image, mail and VPN, waiting on the desk on day one.",
				offer(WORKPLACE, "Standard business laptop 14\"",
						"14\" laptop, 16 GB RAM, 512 GB SSD; imaged, encrypted and enrolled before it leaves IT.", 799,
						15, 5)
					.stock(24)
					.support(NEXT_DAY)
					.pros("In stock and ready within a week", "Spare-pool swap if it breaks", "Fits every dock")
					.cons("Not powerful enough for heavy data or video work")
					.recommended("Covers what nine in ten new starters need, in stock and under the approval limit.")
					.fields(WHO, START, LAYOUT, COST_CENTRE),
				offer(WORKPLACE, "Performance laptop 16\" for developers and analysts",
						"16\" laptop, 32 GB RAM, 1 TB SSD, dedicated graphics; same image and support.", 1890, 15, 7)
					.stock(6)
					.support(NEXT_DAY)
					.pros("Runs containers, big spreadsheets and video editing", "Large screen")
					.cons("Heavier and twice the price", "Needs manager approval")
					.fields(WHO, START, LAYOUT, COST_CENTRE, WHY),
				offer(NORTHWIND, "Northwind UltraLight 13 laptop",
						"Ultralight 13\" laptop delivered by the vendor, enrolled remotely on first start.", 1290, 0,
						12)
					.stock(0)
					.support(VENDOR_HOURS)
					.pros("Under 1 kg, long battery life", "Delivered straight to a home address")
					.cons("Currently out of stock at the vendor", "Repairs go back to the vendor")
					.fields(WHO, START, LAYOUT, LOCATION, COST_CENTRE));
	}

	private static NeedSpec phone() {
		return need("A mobile phone for work", Category.DEVICES,
				"A work phone with mail, calendar and the authenticator app, with a company plan.",
				offer(WORKPLACE, "Company smartphone (standard model)",
						"Mid-range smartphone bought by IT, with the company mobile plan.", 399, 25, 4)
					.stock(15)
					.pros("Set up by IT with mail and authenticator", "Plan pooled across the company")
					.cons("You keep it for four years"),
				offer(NORTHWIND, "Northwind phone leasing with plan",
						"Leased smartphone with plan, insurance and a new device every two years.", 0, 39, 8)
					.stock(30)
					.support(VENDOR_HOURS)
					.pros("Insurance and yearly battery check included", "Swap to a new model every two years")
					.cons("Plan managed in the vendor's portal")
					.recommended("Leasing includes plan, insurance and swaps; cheaper over two years than buying.")
					.fields(WHO, LOCATION, COST_CENTRE));
	}

	private static NeedSpec monitor() {
		return need("An extra monitor for my desk", Category.DEVICES,
				"A second screen for the office or home desk, with the right cable for your laptop.",
				offer(WORKPLACE, "27\" office monitor", "27\" QHD monitor with USB-C, height-adjustable stand.", 229, 0,
						3)
					.stock(18)
					.pros("USB-C: one cable charges the laptop", "Height-adjustable")
					.cons("Office pick-up or courier at your cost")
					.recommended("Good ergonomics at a fair price, in stock.")
					.fields(WHO, LOCATION),
				offer(NORTHWIND, "34\" curved ultrawide monitor", "34\" curved ultrawide for spreadsheets and design.",
						549, 0, 9)
					.stock(4)
					.support(VENDOR_HOURS)
					.pros("Replaces two screens", "Delivered to your home")
					.cons("Needs a lot of desk depth")
					.fields(WHO, LOCATION, WHY));
	}

	private static NeedSpec headset() {
		return need("A headset for calls", Category.DEVICES,
				"A headset for calls and meetings in the office or at home.",
				offer(WORKPLACE, "Wired USB headset", "Certified for the company meeting platform, with mute button.",
						49, 0, 2)
					.stock(60)
					.pros("Cheap and always in stock", "Never needs charging")
					.cons("Cable")
					.recommended("Fine for most calls; pick it up at the IT bar tomorrow.")
					.fields(WHO, LOCATION),
				offer(NORTHWIND, "Wireless noise-cancelling headset",
						"Bluetooth headset with active noise cancelling and a USB dongle.", 189, 0, 6)
					.stock(0)
					.support(VENDOR_HOURS)
					.pros("Blocks open-plan noise", "Works with phone and laptop")
					.cons("Out of stock at the moment", "Battery wears out after a few years")
					.fields(WHO, LOCATION));
	}

	private static NeedSpec dock() {
		return need("A docking station for hot desks", Category.DEVICES,
				"Connect laptop, screens, keyboard and network with one cable.",
				offer(WORKPLACE, "USB-C docking station", "USB-C dock, two displays, network, 90 W charging.", 179, 0,
						3)
					.stock(12)
					.pros("Works with every standard laptop")
					.cons("Two screens at most"),
				offer(NORTHWIND, "Thunderbolt dock with dual 4K", "Thunderbolt dock for two 4K screens at 60 Hz.", 289,
						0, 8)
					.stock(7)
					.support(VENDOR_HOURS)
					.pros("Dual 4K at 60 Hz")
					.cons("Only useful with the performance laptop")
					.fields(WHO, LOCATION));
	}

	private static NeedSpec tablet() {
		return need("A tablet for field work", Category.DEVICES,
				"A tablet for site visits, inspections and signing off work with customers.",
				offer(WORKPLACE, "Standard tablet with keyboard cover", "10\" tablet with keyboard cover and pen.", 649,
						12, 6)
					.stock(5)
					.pros("Light", "Managed by IT like a phone")
					.cons("Not built for rain or drops")
					.fields(WHO, COST_CENTRE),
				offer(NORTHWIND, "Rugged field tablet", "Drop- and water-proof tablet with 4G and a three-year swap.",
						1150, 9, 15)
					.stock(3)
					.support(ALWAYS)
					.pros("Survives building sites and rain", "4G included")
					.cons("Heavy", "Needs manager approval")
					.fields(WHO, COST_CENTRE, WHY));
	}

	private static NeedSpec printer() {
		return need("A printer for a small office", Category.DEVICES,
				"Printing and scanning for a branch or small team office.",
				offer(WORKPLACE, "Managed multifunction printer", "Print, scan and copy; toner and repairs included.",
						0, 39, 14)
					.stock(3)
					.pros("Toner ordered automatically", "Scan to mail")
					.cons("Minimum term of 36 months")
					.fields(LOCATION, COST_CENTRE),
				offer(NORTHWIND, "Northwind compact laser printer", "Small black-and-white laser printer, bought once.",
						289, 0, 7)
					.stock(0)
					.support(VENDOR_HOURS)
					.pros("Cheap to buy")
					.cons("Out of stock", "You order toner yourself")
					.fields(LOCATION, COST_CENTRE));
	}

	private static NeedSpec broken() {
		return need("A replacement for a broken or slow laptop", Category.DEVICES,
				"Get a working laptop back fast when yours is broken, stolen or too slow.",
				offer(DESK, "Repair or swap at the IT bar",
						"Bring the laptop to the IT bar; we repair it or hand you a spare the same day.", 0, 0, 1)
					.pros("Usually fixed the same day", "Your files stay in company cloud storage")
					.cons("You need to come to the office")
					.recommended("The quickest way back to work; spares are always ready.")
					.fields(WHO, LOCATION),
				offer(WORKPLACE, "Refurbished business laptop", "A refurbished standard laptop from the spare pool.",
						450, 10, 3)
					.stock(9)
					.support(NEXT_DAY)
					.pros("Cheap", "Shipped to you")
					.cons("Older model with a worn keyboard")
					.fields(WHO, LAYOUT, COST_CENTRE));
	}

	private static NeedSpec newStarter() {
		return need("Setting up a new employee's workplace", Category.DEVICES,
				"Accounts, devices and desk ready for a new colleague's first day, in one request.",
				offer(DESK, "New starter package",
						"Accounts, laptop, phone and a 30-minute welcome session on day one, coordinated by the Service Desk.",
						0, 0, 8)
					.pros("One request instead of five", "Welcome session included")
					.cons("Needs eight working days' notice")
					.recommended("We coordinate everything; order it as soon as the contract is signed.")
					.fields(WHO, START, LOCATION, COST_CENTRE));
	}

	private static NeedSpec officeSuite() {
		return need("Office suite and e-mail", Category.SOFTWARE,
				"Word processing, spreadsheets, slides and a mailbox for a new colleague or a shared team address.",
				offer(WORKPLACE, "Standard office and mail licence",
						"Desktop and web office apps, 50 GB mailbox, 1 TB personal storage.", 0, 11, 1)
					.pros("Installed automatically on company laptops")
					.cons("Monthly cost per person")
					.recommended("The standard for every employee.")
					.fields(WHO, COST_CENTRE),
				offer(CONTOSO, "Contoso web office (browser only)",
						"Web-only office apps and a small mailbox for frontline staff.", 0, 5, 1)
					.support(VENDOR_HOURS)
					.pros("Half the price")
					.cons("No desktop apps", "Mailbox limited to 2 GB")
					.fields(WHO, COST_CENTRE));
	}

	private static NeedSpec design() {
		return need("Design software for marketing", Category.SOFTWARE,
				"Image editing, layout and vector graphics for campaigns and presentations.",
				offer(WORKPLACE, "Managed design suite licence",
						"The full design suite, installed and updated on your company laptop.", 0, 62, 3)
					.pros("Installed and updated by IT", "Licence moves with you")
					.cons("Expensive if you only edit a few images")
					.fields(WHO, COST_CENTRE),
				offer(CONTOSO, "Contoso Design Studio (web)", "Browser-based design tool with templates and brand kit.",
						0, 15, 1)
					.support(VENDOR_HOURS)
					.pros("Brand templates for non-designers", "Works in the browser")
					.cons("Not for print-ready professional work")
					.fields(WHO, COST_CENTRE));
	}

	private static NeedSpec developerTools() {
		return need("A developer IDE and tools", Category.SOFTWARE,
				"An IDE, Git access and build tools for writing and reviewing code.",
				offer(WORKPLACE, "Developer tooling bundle", "Commercial IDE licence, Git client and container tools.",
						0, 19, 2)
					.pros("Preconfigured for company repositories")
					.cons("Needs the performance laptop for containers")
					.recommended("Everything a developer needs on day one.")
					.fields(WHO, PROJECT),
				offer(CONTOSO, "Contoso Dev Box in the cloud", "A powerful development machine in the cloud, per seat.",
						0, 89, 1)
					.support(ALWAYS)
					.pros("Any laptop will do", "Ready in an hour")
					.cons("Needs a fast connection", "Needs manager approval")
					.fields(WHO, PROJECT, WHY));
	}

	private static NeedSpec pdf() {
		return need("A PDF editor to sign and edit documents", Category.SOFTWARE,
				"Edit PDFs, fill in forms and sign contracts electronically.",
				offer(WORKPLACE, "PDF editor licence", "Desktop PDF editor with forms and simple signatures.", 0, 14, 1)
					.pros("Edits any PDF offline")
					.cons("Signatures are not legally qualified")
					.fields(WHO),
				offer(ADATUM, "Adatum e-signature service", "Legally binding e-signatures with audit trail.", 0, 22, 2)
					.support(VENDOR_HOURS)
					.pros("Legally binding", "Customers sign in the browser", "Audit trail")
					.cons("Editing PDFs is limited")
					.recommended(
							"For contracts you need a legally binding signature; the desktop editor can't do that.")
					.fields(WHO, COST_CENTRE));
	}

	private static NeedSpec training() {
		return need("IT training for my team", Category.SOFTWARE,
				"A hands-on session on the office apps, the meeting platform or security basics.",
				offer(DESK, "Half-day team training", "A trainer from the Service Desk comes to your team.", 350, 0, 10)
					.pros("Tailored to your team's questions")
					.cons("Needs two weeks to schedule")
					.fields(PROJECT, LOCATION, START));
	}

	private static NeedSpec warehouse() {
		return need("Access to the data warehouse", Category.ACCESS,
				"Read access to curated data sets in the data warehouse for analysis and reporting.",
				offer(IDENTITY, "Data warehouse read access",
						"Read access to named data sets, approved by their data owners.", 0, 0, 3)
					.pros("No cost", "Data owners approve quickly")
					.cons("SQL skills needed")
					.recommended("Free and enough for most analyses.")
					.fields(DATA_SETS, WHY),
				offer(DATA, "Analyst workspace with warehouse access",
						"Read access plus a personal sandbox schema and a notebook environment.", 0, 45, 5)
					.pros("Your own sandbox to join and store results", "Notebooks included")
					.cons("Monthly cost")
					.fields(DATA_SETS, WHY, COST_CENTRE));
	}

	private static NeedSpec vpn() {
		return need("VPN access for working from home", Category.ACCESS,
				"Reach internal systems securely from home or while travelling.",
				offer(IDENTITY, "Company VPN profile", "VPN profile pushed to your company laptop.", 0, 0, 1)
					.support(ALWAYS)
					.pros("Free", "Installed automatically")
					.cons("Company devices only")
					.recommended("Free and ready the next day.")
					.fields(WHO),
				offer(ADATUM, "Adatum zero-trust remote access",
						"Browser-based access to selected internal apps, also from personal devices.", 0, 7, 3)
					.support(VENDOR_HOURS)
					.pros("Works on personal devices")
					.cons("Only web applications")
					.fields(WHO, WHY));
	}

	private static NeedSpec securityKey() {
		return need("A hardware security key for MFA", Category.ACCESS,
				"A physical key for phishing-proof sign-in, for admins and people who travel.",
				offer(IDENTITY, "FIDO2 security key", "USB-C and NFC security key, registered to your account.", 45, 0,
						2)
					.stock(80)
					.pros("Phishing-proof", "Works on phone and laptop")
					.cons("Keep a backup key somewhere safe")
					.recommended("The company standard key, registered for you.")
					.fields(WHO),
				offer(ADATUM, "Adatum one-time password token", "Key-fob token showing a six-digit code.", 39, 0, 5)
					.stock(0)
					.support(VENDOR_HOURS)
					.pros("No USB needed")
					.cons("Out of stock", "Not phishing-proof")
					.fields(WHO));
	}

	private static NeedSpec guest() {
		return need("Access for a contractor or guest", Category.ACCESS,
				"A time-limited account for a contractor, auditor or guest.",
				offer(IDENTITY, "Guest account (up to 90 days)",
						"A named account with mail and the access you list, ending automatically.", 0, 0, 2)
					.pros("Ends automatically", "No cost")
					.cons("Extensions need a new request")
					.fields(WHO, END, WHY));
	}

	private static NeedSpec vault() {
		return need("A shared password vault for my team", Category.ACCESS,
				"Store and share team passwords safely instead of in spreadsheets.",
				offer(IDENTITY, "Team vault in the company password manager",
						"A shared vault with the members you name.", 0, 2, 2)
					.pros("Integrated with company sign-in", "Audited")
					.cons("Members need a company account")
					.recommended("Integrated with sign-in and audited; that matters for shared secrets.")
					.fields(PROJECT, WHO),
				offer(ADATUM, "Adatum Vault for Teams", "Vendor-hosted password vault for teams and partners.", 0, 6, 3)
					.support(VENDOR_HOURS)
					.pros("Partners can join")
					.cons("A separate login")
					.fields(PROJECT, COST_CENTRE));
	}

	private static NeedSpec meetingRoom() {
		return need("Video conferencing for a meeting room", Category.COLLABORATION,
				"A camera, microphones and screen so a room can join video calls with one touch.",
				offer(WORKPLACE, "Meeting room video kit", "Camera bar, room controller and installation by IT.", 2400,
						25, 20)
					.stock(2)
					.pros("Same kit as in other rooms")
					.cons("Installation backlog of several weeks")
					.fields(LOCATION, COST_CENTRE, WHY),
				offer(TAILSPIN, "Tailspin Rooms subscription with hardware",
						"Room hardware, software, monitoring and on-site support in one subscription.", 0, 119, 15)
					.stock(10)
					.support(ALWAYS)
					.pros("Hardware swapped when it breaks", "Rooms monitored remotely")
					.cons("Monthly cost for as long as the room is used")
					.recommended(
							"Hardware, software and on-site support from one vendor; rooms go live in half the time.")
					.fields(LOCATION, COST_CENTRE, WHY));
	}

	private static NeedSpec webinars() {
		return need("Webinars for customer events", Category.COLLABORATION,
				"Run online events with registration, reminders and attendee reports.",
				offer(TAILSPIN, "Tailspin Webinar (up to 500 attendees)",
						"Webinar platform with registration pages, reminders and reports.", 0, 79, 2)
					.support(ALWAYS)
					.pros("Registration and reminders built in", "Reports for Marketing")
					.cons("Another tool to learn")
					.recommended("Registration pages, reminders and reports built in; our platform has none of that.")
					.fields(PROJECT, COST_CENTRE),
				offer(APPS, "Live events on the company meeting platform",
						"Large meetings for up to 1000 viewers on the platform everyone knows.", 0, 0, 5)
					.pros("No cost", "Familiar")
					.cons("No registration pages", "No attendee reports")
					.fields(PROJECT, START));
	}

	private static NeedSpec teamSpace() {
		return need("A shared team space with chat and files", Category.COLLABORATION,
				"A place for a team or project to chat, share files and plan together.",
				offer(WORKPLACE, "Team workspace", "Chat channels, shared files and a wiki for your team.", 0, 0, 1)
					.pros("Free", "Part of the office suite")
					.cons("Guests need an account")
					.recommended("Free and part of the tools you already use.")
					.fields(PROJECT, WHO),
				offer(TAILSPIN, "Tailspin Chat for external partners",
						"Shared channels with customers and partners outside the company.", 0, 4, 2)
					.support(VENDOR_HOURS)
					.pros("Partners join without a company account")
					.cons("Files stored at the vendor")
					.fields(PROJECT, WHO, WHY));
	}

	private static NeedSpec whiteboard() {
		return need("Whiteboarding for remote workshops", Category.COLLABORATION,
				"A shared online whiteboard for workshops, retrospectives and planning.",
				offer(WORKPLACE, "Online whiteboard (included)", "The whiteboard app of the office suite.", 0, 0, 1)
					.pros("Free", "Opens from any meeting")
					.cons("Few templates")
					.fields(WHO),
				offer(TAILSPIN, "Tailspin Whiteboard", "Infinite canvas with workshop templates and voting.", 0, 8, 1)
					.support(VENDOR_HOURS)
					.pros("Hundreds of templates", "Timer and voting")
					.cons("Separate login")
					.fields(WHO, COST_CENTRE));
	}

	private static NeedSpec dashboard() {
		return need("A dashboard for my team's numbers", Category.DATA,
				"See your team's key figures in one place, refreshed every day.",
				offer(DATA, "Self-service dashboard workspace",
						"A workspace on the company BI platform, connected to the warehouse.", 0, 20, 5)
					.pros("Connected to the warehouse", "Shared with your team")
					.cons("You build the dashboard yourself")
					.recommended("Connected to the data you already have; the data team helps you start.")
					.fields(PROJECT, DATA_SETS, COST_CENTRE),
				offer(LITWARE, "Litware Analytics Pro licence", "Desktop and cloud analytics licence per person.", 0,
						35, 2)
					.support(VENDOR_HOURS)
					.pros("Powerful visualisations")
					.cons("Data must be exported to it")
					.fields(WHO, COST_CENTRE),
				offer(DATA, "Custom dashboard built by the data team",
						"The data team interviews you and builds the dashboard for you.", 2800, 0, 25)
					.pros("Built for you, tested against source data")
					.cons("Weeks of lead time", "Needs manager approval")
					.fields(PROJECT, DATA_SETS, WHY, COST_CENTRE));
	}

	private static NeedSpec cleanup() {
		return need("Cleaning up and merging customer lists", Category.DATA,
				"Remove duplicates and fix addresses in customer or supplier lists before a campaign or migration.",
				offer(DATA, "Data quality project", "The data team cleans and merges your lists.", 1500, 0, 30)
					.pros("Done for you")
					.cons("Long queue", "Needs manager approval")
					.fields(PROJECT, DATA_SETS, WHY, COST_CENTRE),
				offer(LITWARE, "Litware Data Prep licence", "Self-service tool to profile, clean and merge data.", 0,
						49, 3)
					.support(VENDOR_HOURS)
					.pros("Results in days, not weeks", "Reusable for the next list")
					.cons("Someone in your team must learn it")
					.recommended("Lists change every month: a tool your team runs beats a one-off project.")
					.fields(WHO, COST_CENTRE));
	}

	private static NeedSpec reports() {
		return need("Automated reports sent by e-mail", Category.DATA,
				"A report that arrives in your inbox every week or month without anyone building it by hand.",
				offer(DATA, "Scheduled warehouse report", "A report on warehouse data, mailed on a schedule.", 0, 0, 8)
					.pros("No cost")
					.cons("Queue of about two weeks")
					.fields(DATA_SETS, WHO),
				offer(LITWARE, "Litware report scheduler", "Schedule any Litware dashboard as a PDF mail.", 0, 12, 2)
					.support(VENDOR_HOURS)
					.pros("Set it up yourself")
					.cons("Needs a Litware licence")
					.fields(WHO, COST_CENTRE));
	}

	private static NeedSpec dataFeed() {
		return need("A data feed from one system into another", Category.DATA,
				"Move data automatically between two systems, for instance orders from the shop into finance.",
				offer(DATA, "Managed integration pipeline", "Built, monitored and maintained by the data team.", 900,
						60, 25)
					.support(ALWAYS)
					.pros("Monitored around the clock", "Documented for audits")
					.cons("Needs manager approval", "Takes about five weeks")
					.fields(PROJECT, DATA_SETS, WHY, COST_CENTRE),
				offer(CONTOSO, "Contoso Connect integration service",
						"Low-code connectors between common SaaS systems.", 0, 95, 10)
					.support(VENDOR_HOURS)
					.pros("Hundreds of ready connectors")
					.cons("You maintain the flows", "Needs manager approval")
					.fields(PROJECT, WHY, COST_CENTRE));
	}

	private static NeedSpec server() {
		return need("A server or virtual machine for a project", Category.INFRASTRUCTURE,
				"Compute capacity for an application, a tool or an experiment.",
				offer(CLOUD, "Managed virtual machine (medium)", "4 vCPU, 16 GB RAM, patched and backed up by IT.", 0,
						140, 4)
					.support(ALWAYS)
					.pros("Patched, monitored and backed up")
					.cons("Needs manager approval")
					.recommended("Patching and backup are done for you; that is where self-managed servers fail.")
					.fields(PROJECT, ENVIRONMENT, WHY, COST_CENTRE),
				offer(CONTOSO, "Contoso Cloud VM (self-managed)", "4 vCPU, 16 GB RAM in the public cloud, you run it.",
						0, 85, 1)
					.support(VENDOR_HOURS)
					.pros("Ready within the hour")
					.cons("You patch and back it up", "Needs manager approval")
					.fields(PROJECT, ENVIRONMENT, WHY, COST_CENTRE));
	}

	private static NeedSpec testEnvironment() {
		return need("A test environment for a new application", Category.INFRASTRUCTURE,
				"A place to deploy and test an application before it goes live.",
				offer(CLOUD, "Kubernetes namespace with CI/CD",
						"A namespace on the company platform with pipelines and monitoring.", 0, 60, 5)
					.pros("Same platform as production")
					.cons("Container know-how needed")
					.recommended("Testing on the same platform as production avoids surprises at go-live.")
					.fields(PROJECT, ENVIRONMENT, COST_CENTRE),
				offer(CONTOSO, "Contoso App Service sandbox", "A managed app sandbox, deleted after 90 days.", 0, 30, 1)
					.support(VENDOR_HOURS)
					.pros("Ready today")
					.cons("Deleted after 90 days")
					.fields(PROJECT, ENVIRONMENT));
	}

	private static NeedSpec storage() {
		return need("More storage for a shared drive", Category.INFRASTRUCTURE,
				"More space for a team's shared files or archives.",
				offer(WORKPLACE, "Extra 500 GB on the shared drive", "Adds 500 GB to your team's shared drive.", 0, 10,
						2)
					.pros("Same drive, nothing to learn")
					.cons("Monthly cost grows with use")
					.fields(PROJECT, COST_CENTRE),
				offer(CONTOSO, "Contoso object storage bucket (1 TB)", "Cheap storage for archives and backups.", 0, 22,
						1)
					.support(VENDOR_HOURS)
					.pros("Cheap per terabyte")
					.cons("Not a drive: needs a tool to browse")
					.fields(PROJECT, COST_CENTRE, WHY));
	}

	private static NeedSpec website() {
		return need("A website or landing page", Category.INFRASTRUCTURE,
				"A public web page for a campaign, product or event.",
				offer(CLOUD, "Hosted site on the company web platform",
						"Hosting on the corporate web platform with the brand design.", 300, 30, 10)
					.pros("Corporate design and domain")
					.cons("Changes go through the web team")
					.fields(PROJECT, WHY, COST_CENTRE),
				offer(CONTOSO, "Contoso Static Sites", "Static site hosting with a visual editor and our domain.", 0, 9,
						2)
					.support(VENDOR_HOURS)
					.pros("Live tomorrow", "Marketing edits it directly")
					.cons("Static pages only")
					.recommended("For campaign pages, the vendor's hosting is cheaper and live tomorrow.")
					.fields(PROJECT, COST_CENTRE));
	}

	private static NeedSpec backup() {
		return need("Backup for a team server", Category.INFRASTRUCTURE,
				"Nightly backups with restore tests for a server or database your team runs.",
				offer(CLOUD, "Managed backup", "Nightly backups kept for 35 days, restore test every quarter.", 0, 45,
						3)
					.support(ALWAYS)
					.pros("Restore tests included")
					.cons("Only servers on the company platform")
					.fields(PROJECT, ENVIRONMENT, COST_CENTRE));
	}

	private static NeedSpec crm() {
		return need("A CRM for the sales team", Category.BUSINESS_APPS,
				"Track leads, opportunities and customer contacts, with the pipeline in one place.",
				offer(APPS, "Company CRM seat (configured for Sales)",
						"A seat in the in-house CRM with the sales pipeline already configured.", 0, 65, 5)
					.pros("Connected to finance and ERP")
					.cons("Clunky on mobile", "Being retired next year")
					.fields(WHO, COST_CENTRE),
				offer(FABRIKAM, "Fabrikam CRM Professional", "SaaS CRM seat with mobile app and e-mail integration.", 0,
						89, 3)
					.support(ALWAYS)
					.pros("Excellent mobile app", "Company sign-in already set up")
					.cons("Needs manager approval")
					.recommended("Our in-house CRM is retired next year; Fabrikam is where Sales is moving.")
					.fields(WHO, COST_CENTRE, WHY),
				offer(FABRIKAM, "Fabrikam CRM Enterprise with onboarding",
						"Enterprise seat with forecasting, plus onboarding by the vendor.", 2500, 129, 30)
					.support(ALWAYS)
					.pros("Forecasting and territory management", "Vendor onboards your team")
					.cons("Expensive", "Needs manager approval")
					.fields(WHO, COST_CENTRE, WHY));
	}

	private static NeedSpec expenses() {
		return need("Expense reporting on the go", Category.BUSINESS_APPS,
				"Photograph receipts and submit expenses from your phone.",
				offer(APPS, "Expenses app (mobile)", "The company expenses app on your work phone.", 0, 0, 2)
					.pros("Connected to payroll", "No cost")
					.cons("Work phone needed")
					.recommended("Connected to payroll, so you are reimbursed faster.")
					.fields(WHO),
				offer(CONTOSO, "Contoso Receipts", "Receipt scanning with automatic export to finance.", 0, 6, 3)
					.support(VENDOR_HOURS)
					.pros("Works on personal phones")
					.cons("Export checked by Finance by hand")
					.fields(WHO, COST_CENTRE));
	}

	private static NeedSpec projects() {
		return need("A project management tool", Category.BUSINESS_APPS,
				"Plan tasks, milestones and who does what, with a board everyone can see.",
				offer(APPS, "Project board on the company work tracker", "Boards, timelines and reports for a project.",
						0, 8, 2)
					.pros("Linked to IT tickets")
					.cons("Few templates")
					.fields(PROJECT, WHO),
				offer(TAILSPIN, "Tailspin Projects", "Simple project boards with Gantt charts and guests.", 0, 12, 1)
					.support(VENDOR_HOURS)
					.pros("Gantt charts", "Guests included")
					.cons("Another login")
					.fields(PROJECT, WHO, COST_CENTRE));
	}

	private static ProviderSpec internal(String name, String profile) {
		return new ProviderSpec(name, ProviderKind.INTERNAL, profile, null);
	}

	private static ProviderSpec external(String name, String profile, String website) {
		return new ProviderSpec(name, ProviderKind.EXTERNAL, profile, website);
	}

	private static NeedSpec need(String title, Category category, String description, OfferingSpec... offerings) {
		return new NeedSpec(title, category, description, List.of(offerings));
	}

	private static OfferingSpec offer(String provider, String title, String summary, double oneOff, double monthly,
			int days) {
		return new OfferingSpec(provider, title, summary, oneOff, monthly, days);
	}

}
