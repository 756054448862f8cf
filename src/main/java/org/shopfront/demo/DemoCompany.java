package org.shopfront.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.shopfront.people.PeopleImport;
import org.shopfront.people.PeopleImport.NewPerson;
import org.shopfront.people.PeopleImport.NewUnit;
import org.shopfront.people.Role;

/**
 * The demo company: six business units with their heads and team leads, IT's fulfillers
 * and service owners in Operations, 150 people with varied names, and the fixed demo
 * logins (all with password {@code demo}). Seeded, so every empty database gets the same
 * company.
 */
final class DemoCompany implements DemoStep {

	static final int PEOPLE = 150;

	static final String PASSWORD = "demo";

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

	private final PeopleImport people;

	private final long seed;

	DemoCompany(PeopleImport people, long seed) {
		this.people = people;
		this.seed = seed;
	}

	@Override
	public String name() {
		return "people";
	}

	@Override
	public boolean due() {
		return this.people.directoryIsEmpty();
	}

	@Override
	public String seed() {
		Staff staff = new Staff(new Random(this.seed));
		staff.build();
		this.people.add(staff.units, staff.people, PASSWORD);
		return UNITS.size() + " business units, " + staff.people.size()
				+ " people (logins customer, customer2, manager, fulfiller, owner, admin; password '" + PASSWORD + "')";
	}

	/** One run of the generator: the random source, and the units and people so far. */
	private static final class Staff {

		private final Random random;

		private final Set<String> taken = new HashSet<>();

		private final List<NewUnit> units = new ArrayList<>();

		private final List<NewPerson> people = new ArrayList<>();

		Staff(Random random) {
			this.random = random;
		}

		void build() {
			String ceo = add(null, null, EnumSet.of(Role.BUSINESS_LEADER));
			List<String> heads = new ArrayList<>();
			for (UnitPlan plan : UNITS) {
				String head = plan.name().equals("Sales")
						? fixed("manager", "Morgan Manager", plan.name(), ceo, Role.BUSINESS_LEADER)
						: add(plan.name(), ceo, EnumSet.of(Role.BUSINESS_LEADER));
				this.units.add(new NewUnit(plan.name(), head));
				heads.add(head);
			}
			List<List<String>> leads = new ArrayList<>();
			for (int u = 0; u < UNITS.size(); u++) {
				List<String> unitLeads = new ArrayList<>();
				for (int l = 0; l < UNITS.get(u).leads(); l++) {
					unitLeads.add(add(UNITS.get(u).name(), heads.get(u), EnumSet.of(Role.BUSINESS_LEADER)));
				}
				leads.add(unitLeads);
			}
			// Operations' first team lead runs IT: the fulfillers and service owners.
			String itLead = leads.get(indexOf("Operations")).get(0);
			fixed("customer", "Chris Customer", "Sales", heads.get(indexOf("Sales")));
			fixed("customer2", "Casey Customer", "Marketing", heads.get(indexOf("Marketing")));
			fixed("fulfiller", "Fran Fulfiller", "Operations", itLead, Role.FULFILLER);
			fixed("owner", "Sam Owner", "Operations", itLead, Role.SERVICE_OWNER);
			fixed("admin", "Alex Admin", "Operations", itLead, Role.ADMIN);
			for (int i = 0; i < IT_FULFILLERS; i++) {
				add("Operations", itLead, EnumSet.of(Role.FULFILLER));
			}
			for (int i = 0; i < IT_SERVICE_OWNERS; i++) {
				add("Operations", itLead, EnumSet.of(Role.SERVICE_OWNER));
			}
			int totalShare = UNITS.stream().mapToInt(UnitPlan::share).sum();
			int remaining = PEOPLE - this.people.size();
			for (int i = 0; i < remaining; i++) {
				int u = pickUnit(totalShare);
				List<String> unitLeads = leads.get(u);
				// About a third report straight to the head, the rest to a team lead.
				String manager = this.random.nextInt(3) == 0 ? heads.get(u)
						: unitLeads.get(this.random.nextInt(unitLeads.size()));
				add(UNITS.get(u).name(), manager, EnumSet.noneOf(Role.class));
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

		private String fixed(String username, String displayName, String unit, String manager, Role... roles) {
			this.taken.add(displayName);
			String[] names = displayName.split(" ", 2);
			String email = slug(names[0]) + "." + slug(names[1]) + "@example.com";
			return add(username, displayName, email, unit, manager, Set.of(roles));
		}

		private String add(String unit, String manager, Set<Role> roles) {
			String first;
			String last;
			do {
				first = FIRST_NAMES.get(this.random.nextInt(FIRST_NAMES.size()));
				last = LAST_NAMES.get(this.random.nextInt(LAST_NAMES.size()));
			}
			while (!this.taken.add(first + " " + last));
			String username = slug(first) + "." + slug(last);
			return add(username, first + " " + last, username + "@example.com", unit, manager, roles);
		}

		private String add(String username, String displayName, String email, String unit, String manager,
				Set<Role> roles) {
			this.people.add(new NewPerson(username, displayName, email, unit, manager, roles));
			return username;
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
