package org.shopfront.demo;

import java.time.Clock;
import java.util.List;

import org.shopfront.catalog.Catalog;
import org.shopfront.demand.DemandImport;
import org.shopfront.catalog.CatalogImport;
import org.shopfront.feedback.FeedbackImport;
import org.shopfront.initiatives.InitiativeImport;
import org.shopfront.notify.NoticeHistory;
import org.shopfront.ordering.OrderHistory;
import org.shopfront.ordering.OrderImport;
import org.shopfront.ordering.OrderPromises;
import org.shopfront.painpoints.PainPointMining;
import org.shopfront.people.Directory;
import org.shopfront.promises.PromiseBackfill;
import org.shopfront.people.PeopleImport;
import org.shopfront.tickets.TicketIntake;
import org.shopfront.tickets.TicketTexts;
import org.shopfront.shared.Formats;
import org.shopfront.shadowit.ShadowItImport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo, only with {@code shopfront.demo.enabled=true} (the {@code demo} profile): its
 * steps, and the one runner that takes them in the order written here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shopfront.demo.enabled", havingValue = "true")
class DemoConfiguration {

	@Bean
	DemoData demoData(DemoCompany people, DemoStore catalog, DemoOrders orders, DemoNotices notices,
			DemoPromises promises, DemoFeedback feedback, DemoDemands demands, DemoInitiatives initiatives,
			DemoShadowIt shadowIt, DemoServiceDesk serviceDesk, TransactionTemplate transactions, DemoSeeding seeding) {
		return new DemoData(List.of(people, catalog, orders, notices, promises, feedback, demands, initiatives,
				shadowIt, serviceDesk), transactions, seeding);
	}

	@Bean
	DemoShadowIt demoShadowIt(ShadowItImport shadowIt, Directory directory, Clock clock,
			@Value("${shopfront.demo.seed:20261127}") long seed) {
		return new DemoShadowIt(shadowIt, directory, clock, seed);
	}

	@Bean
	DemoSeeding demoSeeding() {
		return new DemoSeeding();
	}

	/**
	 * Before the security filters, so that the sign-in page also says the store is being
	 * stocked.
	 */
	@Bean
	FilterRegistrationBean<DemoStockingFilter> demoStockingFilter(DemoSeeding seeding, MessageSource messages) {
		FilterRegistrationBean<DemoStockingFilter> registration = new FilterRegistrationBean<>(
				new DemoStockingFilter(seeding, messages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	DemoDemands demoDemands(DemandImport demands, Directory directory, Catalog catalog, Clock clock) {
		return new DemoDemands(demands, directory, catalog, clock);
	}

	@Bean
	DemoInitiatives demoInitiatives(InitiativeImport initiatives, DemoDemands demands, Directory directory, Clock clock,
			@Value("${shopfront.demo.seed:20261127}") long seed) {
		return new DemoInitiatives(initiatives, demands, directory, clock, seed);
	}

	@Bean
	DemoCompany demoCompany(PeopleImport people, @Value("${shopfront.demo.seed:20261127}") long seed) {
		return new DemoCompany(people, seed);
	}

	@Bean
	DemoStore demoStore(CatalogImport catalog) {
		return new DemoStore(catalog);
	}

	@Bean
	DemoOrders demoOrders(OrderImport orders, Directory directory, Catalog catalog, Clock clock,
			@Value("${shopfront.demo.seed:20261127}") long seed) {
		return new DemoOrders(orders, directory, catalog, clock, seed);
	}

	@Bean
	DemoNotices demoNotices(NoticeHistory notices, OrderHistory history, Directory directory, Formats formats,
			Clock clock) {
		return new DemoNotices(notices, history, directory, formats, clock);
	}

	@Bean
	DemoPromises demoPromises(PromiseBackfill backfill) {
		return new DemoPromises(backfill);
	}

	@Bean
	DemoFeedback demoFeedback(FeedbackImport feedback, OrderHistory history, OrderPromises promises,
			Directory directory, Clock clock, @Value("${shopfront.demo.seed:20261127}") long seed) {
		return new DemoFeedback(feedback, history, promises, directory, clock, seed);
	}

	@Bean
	DemoServiceDesk demoServiceDesk(TicketTexts texts, TicketIntake intake, PainPointMining mining, Clock clock,
			@Value("${shopfront.demo.seed:20261127}") long seed) {
		return new DemoServiceDesk(texts, intake, mining, clock, seed);
	}

}
