package org.shopfront.catalog;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Builds catalog entries for tests the way a service owner does, through
 * {@link ManagingCatalog}, and reads stock through the module's API.
 */
public final class CatalogFixture {

	private static final AtomicInteger sequence = new AtomicInteger();

	private final ManagingCatalog managing;

	private final Catalog catalog;

	public CatalogFixture(ApplicationContext context) {
		this.managing = context.getBean(ManagingCatalog.class);
		this.catalog = context.getBean(Catalog.class);
	}

	public ProviderId provider(String name) {
		ProviderForm form = new ProviderForm(name + " " + sequence.incrementAndGet(), ProviderKind.INTERNAL,
				"Does " + name, "", 0);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		ProviderId id = this.managing.createProvider(form, errors);
		requireValid(errors);
		return id;
	}

	public NeedId need(String title) {
		return this.managing.createNeed(new NeedForm(title, Category.DEVICES, "Tests need " + title, 0));
	}

	/** A physical good with a one-off price and so many items in stock. */
	public OfferingId good(NeedId need, ProviderId provider, String oneOffPrice, int stock, String... orderFields) {
		return offering(need, provider, "Good " + sequence.incrementAndGet(), new BigDecimal(oneOffPrice),
				BigDecimal.ZERO, true, stock, orderFields);
	}

	/** A service with a monthly price and no stock. */
	public OfferingId service(NeedId need, ProviderId provider, String monthlyPrice) {
		return offering(need, provider, "Service " + sequence.incrementAndGet(), BigDecimal.ZERO,
				new BigDecimal(monthlyPrice), false, null);
	}

	/** A physical good with a need and provider of its own. */
	public OfferingId good(String oneOffPrice, int stock, String... orderFields) {
		return good(need("A laptop"), provider("Workplace"), oneOffPrice, stock, orderFields);
	}

	public OfferingId offering(NeedId need, ProviderId provider, String title, BigDecimal oneOff, BigDecimal monthly,
			boolean physical, Integer stock, String... orderFields) {
		return offering(need, provider, title, oneOff, monthly, physical, stock, null, orderFields);
	}

	/** A physical good sold out, with the business days it takes to restock (or null). */
	public OfferingId soldOut(NeedId need, ProviderId provider, String title, BigDecimal oneOff, Integer restockDays) {
		return offering(need, provider, title, oneOff, BigDecimal.ZERO, true, 0, restockDays, "Who is it for?");
	}

	private OfferingId offering(NeedId need, ProviderId provider, String title, BigDecimal oneOff, BigDecimal monthly,
			boolean physical, Integer stock, Integer restockDays, String... orderFields) {
		OfferingForm form = new OfferingForm(provider.value(), title, "About " + title, oneOff, monthly, 3, physical,
				stock, restockDays, "Mon–Fri 08:00–18:00", "", "", false, "", String.join("\n", orderFields), true, 0);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		OfferingId id = this.managing.createOffering(need, form, errors);
		requireValid(errors);
		return id;
	}

	/**
	 * Takes an offering out of the store, as a service owner does by unticking "active".
	 */
	public void retire(OfferingId offering) {
		OfferingForm current = OfferingForm.of(this.managing.offering(offering));
		OfferingForm retired = new OfferingForm(current.providerId(), current.title(), current.summary(),
				current.oneOffPrice(), current.monthlyPrice(), current.deliveryDays(), current.physical(),
				current.stock(), current.restockDays(), current.supportHours(), current.pros(), current.cons(),
				current.recommended(), current.recommendationReason(), current.orderFields(), false, current.version());
		Errors errors = new BeanPropertyBindingResult(retired, "form");
		this.managing.editOffering(offering, retired, errors);
		requireValid(errors);
	}

	public Integer stockOf(OfferingId offering) {
		return this.catalog.orderable(offering).stock();
	}

	private static void requireValid(Errors errors) {
		if (errors.hasErrors()) {
			throw new IllegalStateException("Fixture catalog entry rejected: " + errors);
		}
	}

}
