package org.shopfront.people;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people module's API: look people up, find their manager and reports.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	private final Users users;

	private final BusinessUnits units;

	Directory(Users users, BusinessUnits units) {
		this.users = users;
		this.units = units;
	}

	/** A person, read once per transaction ({@link PeopleReadOnce}). */
	public Optional<Person> find(UserId id) {
		return PeopleReadOnce.find(id, this.users::findPerson);
	}

	public Person require(UserId id) {
		return find(id).orElseThrow(() -> UserNotFound.forId(id));
	}

	public Optional<Person> findByUsername(String username) {
		return this.users.findPersonByUsername(username);
	}

	/**
	 * Everyone with the given role, for instance the customers the demo generator orders
	 * for.
	 */
	public List<Person> withRole(Role role) {
		return this.users.findPeopleWithRole(role);
	}

	/** Every business unit with its head (null when it has none), by name. */
	public List<Unit> units() {
		return this.units.all().stream().map(u -> new Unit(u.id(), u.name(), u.headId())).toList();
	}

}
