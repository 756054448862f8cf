package org.shopfront.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty people directory with a demo company: six business units with their
 * heads and team leads, 150 people with varied names, and the fixed demo logins (all with
 * password {@code demo}). Seeded, so every empty database gets the same company.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "shopfront.demo.enabled", havingValue = "true")
class PeopleDemoData implements ApplicationRunner {

	static final int PEOPLE = 150;

	private static final Logger log = LoggerFactory.getLogger(PeopleDemoData.class);

	/** Unit name, team leads below the head, share of the remaining staff. */
	private record UnitPlan(String name, int leads, int share) {
	}

	private static final List<UnitPlan> UNITS = List.of(new UnitPlan("Sales", 3, 28), new UnitPlan("Marketing", 2, 14),
			new UnitPlan("Finance", 2, 14), new UnitPlan("Operations", 2, 20), new UnitPlan("Human Resources", 1, 8),
			new UnitPlan("Research & Development", 3, 22));

	private static final int IT_FULFILLERS = 8;

	private static final int IT_SERVICE_OWNERS = 3;

	private static final List<String> FIRST_NAMES = List.of("Aisha", "Alejandro", "Amara", "Anders", "Anja", "Arjun",
			"Beatriz", "Ben", "Bianca", "Carlos", "Chen", "Chiara", "Daniel", "Dmitri", "Elena", "Elif", "Emeka",
			"Emma", "Fatima", "Felix", "Freya", "Gabriel", "Hana", "Hannah", "Hugo", "Ines", "Isabel", "Ivan", "Jakob",
			"Jana", "Javier", "Jonas", "Julia", "Kai", "Karin", "Kenji", "Lars", "Laura", "Leila", "Lena", "Liam",
			"Lucas", "Lucia", "Malik", "Marco", "Maria", "Mateo", "Maya", "Mei", "Mila", "Nadia", "Niklas", "Noah",
			"Nora", "Olga", "Oskar", "Paul", "Priya", "Rafael", "Ravi", "Rosa", "Sanna", "Sara", "Sebastian", "Sofia",
			"Tariq", "Thomas", "Tomás", "Valentina", "Wei", "Yara", "Yusuf", "Zainab", "Zoe");

	private static final List<String> LAST_NAMES = List.of("Abebe", "Andersson", "Bauer", "Becker", "Bianchi",
			"Brennan", "Costa", "Da Silva", "Dubois", "Eriksen", "Fischer", "García", "Hansen", "Hartmann", "Hoffmann",
			"Ibrahim", "Horvat", "Jansen", "Kaya", "Keller", "Kovács", "Kumar", "Larsen", "Laurent", "Lehmann",
			"Lindqvist", "López", "Mahlaba", "Martin", "Meyer", "Moreau", "Müller", "Nakamura", "Nguyen", "Novak",
			"O'Connor", "Okafor", "Olsen", "Patel", "Peeters", "Popescu", "Ramos", "Richter", "Rossi", "Santos",
			"Schmidt", "Schneider", "Schulz", "Silva", "Sörensen", "Tanaka", "Van Dijk", "Vogel", "Wagner", "Walsh",
			"Weber", "Szabó", "Wolf", "Yilmaz", "Zhang", "Ziegler");

	private final Users users;

	private final BusinessUnits units;

	private final PasswordEncoder passwords;

	private final long seed;

	PeopleDemoData(Users users, BusinessUnits units, PasswordEncoder passwords,
			@Value("${shopfront.demo.seed:20261127}") long seed) {
		this.users = users;
		this.units = units;
		this.passwords = passwords;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		long started = System.nanoTime();
		// BCrypt is slow on purpose: hash once, share the hash.
		Company company = new Company(new Random(this.seed), this.passwords.encode("demo"));
		company.build();
		log.info(
				"Demo people: {} business units, {} people (logins customer, customer2, manager, fulfiller, owner, "
						+ "admin; password 'demo') in {} ms",
				UNITS.size(), company.created, (System.nanoTime() - started) / 1_000_000);
	}

	/** One run of the generator: the random source, the shared hash and names taken. */
	private final class Company {

		private final Random random;

		private final String hash;

		private final Set<String> taken = new HashSet<>();

		private int created;

		Company(Random random, String hash) {
			this.random = random;
			this.hash = hash;
		}

		void build() {
			UserId ceo = add(null, null, EnumSet.of(Role.BUSINESS_LEADER));
			List<UnitId> unitIds = new ArrayList<>();
			List<UserId> heads = new ArrayList<>();
			for (UnitPlan plan : UNITS) {
				UnitId unit = new UnitId(uuid());
				PeopleDemoData.this.units.insert(unit, plan.name(), null);
				UserId head = plan.name().equals("Sales")
						? fixed("manager", "Morgan Manager", unit, ceo, Role.BUSINESS_LEADER)
						: add(unit, ceo, EnumSet.of(Role.BUSINESS_LEADER));
				PeopleDemoData.this.units.update(unit, plan.name(), head, 0);
				unitIds.add(unit);
				heads.add(head);
			}
			List<List<UserId>> leads = new ArrayList<>();
			for (int u = 0; u < UNITS.size(); u++) {
				List<UserId> unitLeads = new ArrayList<>();
				for (int l = 0; l < UNITS.get(u).leads(); l++) {
					unitLeads.add(add(unitIds.get(u), heads.get(u), EnumSet.of(Role.BUSINESS_LEADER)));
				}
				leads.add(unitLeads);
			}
			int operations = indexOf("Operations");
			// Operations' first team lead runs IT: the fulfillers and service owners.
			UserId itLead = leads.get(operations).get(0);
			UnitId operationsUnit = unitIds.get(operations);
			fixed("customer", "Chris Customer", unitIds.get(indexOf("Sales")), heads.get(indexOf("Sales")));
			int marketing = indexOf("Marketing");
			fixed("customer2", "Casey Customer", unitIds.get(marketing), heads.get(marketing));
			fixed("fulfiller", "Fran Fulfiller", operationsUnit, itLead, Role.FULFILLER);
			fixed("owner", "Sam Owner", operationsUnit, itLead, Role.SERVICE_OWNER);
			fixed("admin", "Alex Admin", operationsUnit, itLead, Role.ADMIN);
			for (int i = 0; i < IT_FULFILLERS; i++) {
				add(operationsUnit, itLead, EnumSet.of(Role.FULFILLER));
			}
			for (int i = 0; i < IT_SERVICE_OWNERS; i++) {
				add(operationsUnit, itLead, EnumSet.of(Role.SERVICE_OWNER));
			}
			int totalShare = UNITS.stream().mapToInt(UnitPlan::share).sum();
			int remaining = PEOPLE - this.created;
			for (int i = 0; i < remaining; i++) {
				int u = pickUnit(totalShare);
				List<UserId> unitLeads = leads.get(u);
				// About a third report straight to the head, the rest to a team lead.
				UserId manager = this.random.nextInt(3) == 0 ? heads.get(u)
						: unitLeads.get(this.random.nextInt(unitLeads.size()));
				add(unitIds.get(u), manager, EnumSet.noneOf(Role.class));
			}
		}

		private int pickUnit(int totalShare) {
			int r = this.random.nextInt(totalShare);
			for (int u = 0; u < UNITS.size(); u++) {
				r -= UNITS.get(u).share();
				if (r < 0) {
					return u;
				}
			}
			return UNITS.size() - 1;
		}

		private UserId fixed(String username, String displayName, UnitId unit, UserId manager, Role... roles) {
			Set<Role> all = EnumSet.noneOf(Role.class);
			all.addAll(List.of(roles));
			this.taken.add(displayName);
			String[] names = displayName.split(" ", 2);
			String email = slug(names[0]) + "." + slug(names[1]) + "@example.com";
			return insert(username, displayName, email, unit, manager, all);
		}

		private UserId add(UnitId unit, UserId manager, Set<Role> roles) {
			String first;
			String last;
			do {
				first = FIRST_NAMES.get(this.random.nextInt(FIRST_NAMES.size()));
				last = LAST_NAMES.get(this.random.nextInt(LAST_NAMES.size()));
			}
			while (!this.taken.add(first + " " + last));
			String username = slug(first) + "." + slug(last);
			return insert(username, first + " " + last, username + "@example.com", unit, manager, roles);
		}

		private UserId insert(String username, String displayName, String email, UnitId unit, UserId manager,
				Set<Role> roles) {
			Account account = Account.create(new UserId(uuid()), username, displayName, email, this.hash, unit, manager,
					roles);
			PeopleDemoData.this.users.insert(account);
			this.created++;
			return account.id();
		}

		/**
		 * A version 4 UUID drawn from the seeded source, so ids repeat from run to run.
		 */
		private UUID uuid() {
			long msb = (this.random.nextLong() & ~0xF000L) | 0x4000L;
			long lsb = (this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
			return new UUID(msb, lsb);
		}

	}

	private static int indexOf(String unit) {
		for (int u = 0; u < UNITS.size(); u++) {
			if (UNITS.get(u).name().equals(unit)) {
				return u;
			}
		}
		throw new IllegalArgumentException(unit);
	}

	/**
	 * "Tomás O'Connor" becomes "tomas oconnor": ASCII letters for usernames and emails.
	 */
	static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").replace(" ", "");
	}

}
