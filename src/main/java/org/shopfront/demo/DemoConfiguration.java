package org.shopfront.demo;

import java.time.Clock;
import java.util.List;

import org.shopfront.catalog.Catalog;
import org.shopfront.demand.DemandImport;
import org.shopfront.catalog.CatalogImport;
import org.shopfront.feedback.FeedbackImport;
import org.shopfront.initiatives.InitiativeImport;
import org.shopfront.ordering.OrderHistory;
import org.shopfront.ordering.OrderImport;
import org.shopfront.ordering.OrderPromises;
import org.shopfront.people.Directory;
import org.shopfront.promises.PromiseBackfill;
import org.shopfront.people.PeopleImport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo, only with {@code shopfront.demo.enabled=true} (the {@code demo} profile): its
 * steps, and the one runner that takes them in the order written here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shopfront.demo.enabled", havingValue = "true")
class DemoConfiguration {

	@Bean
	DemoData demoData(DemoCompany people, DemoStore catalog, DemoOrders orders, DemoPromises promises,
			DemoFeedback feedback, DemoDemands demands, DemoInitiatives initiatives, TransactionTemplate transactions) {
		return new DemoData(List.of(people, catalog, orders, promises, feedback, demands, initiatives), transactions);
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
	DemoPromises demoPromises(PromiseBackfill backfill) {
		return new DemoPromises(backfill);
	}

	@Bean
	DemoFeedback demoFeedback(FeedbackImport feedback, OrderHistory history, OrderPromises promises,
			Directory directory, Clock clock, @Value("${shopfront.demo.seed:20261127}") long seed) {
		return new DemoFeedback(feedback, history, promises, directory, clock, seed);
	}

}
