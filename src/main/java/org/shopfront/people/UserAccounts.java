package org.shopfront.people;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads local accounts for sign-in.
 */
@Service
class UserAccounts implements UserDetailsService {

	private final Users users;

	UserAccounts(Users users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.users.findAccountByUsername(username)
			.map(Account::toPrincipal)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
