package org.shopfront.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a whole staff at once, as from an HR system's export into a new installation:
 * business units and people, naming their heads, units and managers, in one transaction.
 */
@Service
public class PeopleImport {

	/** A business unit and the user name of its head (one of the people), or null. */
	public record NewUnit(String name, String head) {
	}

	/**
	 * A person, their unit's name and their manager's user name (or null); everyone is a
	 * customer, and {@code roles} adds to that.
	 */
	public record NewPerson(String username, String displayName, String email, String unit, String manager,
			Set<Role> roles) {
	}

	private final Users users;

	private final BusinessUnits units;

	private final PasswordEncoder passwords;

	PeopleImport(Users users, BusinessUnits units, PasswordEncoder passwords) {
		this.users = users;
		this.units = units;
		this.passwords = passwords;
	}

	/** Whether nobody has an account yet. */
	@Transactional(readOnly = true)
	public boolean directoryIsEmpty() {
		return this.users.count() == 0;
	}

	/**
	 * Adds the units, then the people (a manager before their reports), then names each
	 * unit's head. Everyone gets {@code initialPassword}, hashed once for the whole batch
	 * because hashing is slow on purpose.
	 */
	@Transactional
	public void add(List<NewUnit> units, List<NewPerson> people, String initialPassword) {
		Map<String, UnitId> unitIds = new HashMap<>();
		for (NewUnit unit : units) {
			UnitId id = UnitId.random();
			this.units.insert(id, unit.name(), null);
			unitIds.put(unit.name(), id);
		}
		String hash = this.passwords.encode(initialPassword);
		Map<String, UserId> userIds = new HashMap<>();
		for (NewPerson person : people) {
			Account account = Account.create(person.username(), person.displayName(), person.email(), hash,
					known(unitIds, person.unit(), "unit"), known(userIds, person.manager(), "manager"), person.roles());
			this.users.insert(account);
			userIds.put(person.username(), account.id());
		}
		for (NewUnit unit : units) {
			if (unit.head() != null) {
				this.units.update(unitIds.get(unit.name()), unit.name(), known(userIds, unit.head(), "head"), 0);
			}
		}
	}

	private static <T> T known(Map<String, T> ids, String name, String what) {
		if (name == null) {
			return null;
		}
		T id = ids.get(name);
		if (id == null) {
			throw new IllegalArgumentException("Unknown " + what + " " + name + " (not earlier in the import)");
		}
		return id;
	}

}
