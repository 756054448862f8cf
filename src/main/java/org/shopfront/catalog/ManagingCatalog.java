package org.shopfront.catalog;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The service owner's use cases: create and edit needs, offerings and providers. Rules
 * that span fields (a physical good needs stock, a recommendation needs its reason) are
 * reported against the field to fix.
 */
@Service
@Transactional
class ManagingCatalog {

	private final Needs needs;

	private final Offerings offerings;

	private final Providers providers;

	private final StoreGrid grid;

	ManagingCatalog(Needs needs, Offerings offerings, Providers providers, StoreGrid grid) {
		this.needs = needs;
		this.offerings = offerings;
		this.providers = providers;
		this.grid = grid;
	}

	@Transactional(readOnly = true)
	List<Need> needs() {
		return this.needs.all();
	}

	@Transactional(readOnly = true)
	Need need(NeedId id) {
		return this.needs.find(id).orElseThrow(() -> OfferingNotFound.forNeed(id));
	}

	@Transactional(readOnly = true)
	List<Offering> offeringsOf(NeedId id) {
		return this.offerings.ofNeed(id);
	}

	@Transactional(readOnly = true)
	Offering offering(OfferingId id) {
		return this.offerings.find(id).orElseThrow(() -> OfferingNotFound.forId(id));
	}

	@Transactional(readOnly = true)
	List<Provider> providers() {
		return this.providers.all();
	}

	@Transactional(readOnly = true)
	Provider provider(ProviderId id) {
		return this.providers.find(id).orElseThrow(() -> OfferingNotFound.forProvider(id));
	}

	NeedId createNeed(NeedForm form) {
		Need need = new Need(NeedId.random(), form.title().trim(), form.category(), form.description().trim(), 0);
		this.needs.insert(need);
		this.grid.catalogEdited();
		return need.id();
	}

	void editNeed(NeedId id, NeedForm form) {
		need(id);
		if (!this.needs
			.update(new Need(id, form.title().trim(), form.category(), form.description().trim(), form.version()))) {
			throw StaleCatalogEntry.changedMeanwhile();
		}
		this.grid.catalogEdited();
	}

	ProviderId createProvider(ProviderForm form, Errors errors) {
		if (this.providers.nameTaken(form.name(), null)) {
			errors.rejectValue("name", "catalog.provider.taken");
			return null;
		}
		Provider provider = new Provider(ProviderId.random(), form.name().trim(), form.kind(), form.profile().trim(),
				blankToNull(form.website()), 0);
		this.providers.insert(provider);
		return provider.id();
	}

	void editProvider(ProviderId id, ProviderForm form, Errors errors) {
		provider(id);
		if (this.providers.nameTaken(form.name(), id)) {
			errors.rejectValue("name", "catalog.provider.taken");
			return;
		}
		if (!this.providers.update(new Provider(id, form.name().trim(), form.kind(), form.profile().trim(),
				blankToNull(form.website()), form.version()))) {
			throw StaleCatalogEntry.changedMeanwhile();
		}
		this.needs.servedBy(id).forEach(this.needs::refreshSearchText);
		this.grid.catalogEdited();
	}

	OfferingId createOffering(NeedId needId, OfferingForm form, Errors errors) {
		need(needId);
		check(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Offering offering = form.toOffering(OfferingId.random(), needId);
		this.offerings.insert(offering);
		afterSave(offering);
		return offering.id();
	}

	void editOffering(OfferingId id, OfferingForm form, Errors errors) {
		Offering current = offering(id);
		check(form, errors);
		if (errors.hasErrors()) {
			return;
		}
		Offering edited = form.toOffering(id, current.needId());
		if (!this.offerings.update(edited)) {
			throw StaleCatalogEntry.changedMeanwhile();
		}
		afterSave(edited);
	}

	private void afterSave(Offering offering) {
		this.grid.catalogEdited();
		if (offering.recommended()) {
			this.offerings.clearOtherRecommendations(offering.needId(), offering.id());
		}
		this.needs.refreshSearchText(offering.needId());
	}

	private void check(OfferingForm form, Errors errors) {
		if (form.providerId() != null && this.providers.find(new ProviderId(form.providerId())).isEmpty()) {
			errors.rejectValue("providerId", "catalog.provider.unknown");
		}
		if (form.physical() && form.stock() == null) {
			errors.rejectValue("stock", "catalog.stock.required");
		}
		if (form.recommended() && (form.recommendationReason() == null || form.recommendationReason().isBlank())) {
			errors.rejectValue("recommendationReason", "catalog.reason.required");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
