package org.shopfront.tickets;

import java.util.List;
import java.util.UUID;

import org.shopfront.shared.tabular.DateReader;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves the named column mappings that let any CSV export be imported.
 */
@Service
@Transactional
class ManagingImportProfiles {

	private final ImportProfiles profiles;

	ManagingImportProfiles(ImportProfiles profiles) {
		this.profiles = profiles;
	}

	@Transactional(readOnly = true)
	List<ImportProfile> all() {
		return this.profiles.all();
	}

	@Transactional(readOnly = true)
	ImportProfile profile(UUID id) {
		return this.profiles.require(id);
	}

	UUID create(ImportProfileForm form) {
		ImportProfile profile = checked(form.toProfile(UUID.randomUUID()));
		try {
			this.profiles.insert(profile);
		}
		catch (DuplicateKeyException ex) {
			throw ProfileInvalid.nameTaken();
		}
		return profile.id();
	}

	void edit(UUID id, ImportProfileForm form) {
		this.profiles.require(id);
		ImportProfile profile = checked(form.toProfile(id));
		try {
			if (!this.profiles.update(profile)) {
				throw ProfileChanged.meanwhile();
			}
		}
		catch (DuplicateKeyException ex) {
			throw ProfileInvalid.nameTaken();
		}
	}

	private static ImportProfile checked(ImportProfile profile) {
		if (profile.datePattern() != null && !DateReader.validPattern(profile.datePattern())) {
			throw ProfileInvalid.datePattern();
		}
		if (!profile.columns().containsKey(TicketField.TITLE)
				&& !profile.columns().containsKey(TicketField.DESCRIPTION)) {
			throw ProfileInvalid.nothingToRead();
		}
		return profile;
	}

}
