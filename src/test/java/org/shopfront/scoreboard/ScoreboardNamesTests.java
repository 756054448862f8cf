package org.shopfront.scoreboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shopfront.catalog.Catalog;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.ProviderId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The scoreboard names only the subjects it shows, reading those from the catalog, and
 * the store's track records read no names at all (every offering was read per call).
 */
@SpringBootTest
class ScoreboardNamesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Scoreboard scoreboard;

	@Autowired
	ScoreboardProviderRecords records;

	@MockitoSpyBean
	Catalog catalog;

	@Test
	void namesTheProvidersItShowsWithoutReadingEveryOffering() {
		CatalogFixture fixture = new CatalogFixture(this.context);
		ProviderId shown = fixture.provider("Named Provider " + UUID.randomUUID());
		NeedId need = fixture.need("A need with a scored provider");
		fixture.service(need, shown, "10");
		ScoreWindow window = this.scoreboard.window(ScoreWindow.DEFAULT_WEEKS);
		keptPromiseOf(shown.value(), window.from());
		clearInvocations(this.catalog);

		List<SubjectFigures> subjects = this.scoreboard.subjects(ScoreDimension.PROVIDER, window);

		assertThat(subjects).filteredOn((s) -> s.id().equals(shown.value()))
			.extracting(SubjectFigures::name)
			.singleElement()
			.asString()
			.startsWith("Named Provider ");
		verify(this.catalog, never()).allOrderable();
		verify(this.catalog).providerNames(anyCollection());
	}

	@Test
	void aSubjectIsNamedFromItsOwnRowAlone() {
		CatalogFixture fixture = new CatalogFixture(this.context);
		ProviderId withOffering = fixture.provider("Provider with an offering " + UUID.randomUUID());
		fixture.service(fixture.need("A need"), withOffering, "10");
		ProviderId without = fixture.provider("Provider without one " + UUID.randomUUID());

		assertThat(this.catalog.providerNames(Set.of(withOffering.value(), without.value())))
			.containsOnlyKeys(withOffering.value());
		assertThat(this.scoreboard.subject(ScoreDimension.PROVIDER, without.value(),
				this.scoreboard.window(ScoreWindow.DEFAULT_WEEKS)))
			.isEmpty();
	}

	@Test
	void theStoresTrackRecordsReadNoNames() {
		ProviderId provider = new CatalogFixture(this.context).provider("Recorded Provider " + UUID.randomUUID());
		keptPromiseOf(provider.value(), this.scoreboard.window(ScoreWindow.DEFAULT_WEEKS).from());
		clearInvocations(this.catalog);

		assertThat(this.records.all()).containsKey(provider);
		verifyNoInteractions(this.catalog);
	}

	private void keptPromiseOf(UUID provider, LocalDate week) {
		this.jdbc.sql("insert into score_week (dimension, subject, week, kept) values ('PROVIDER', :subject, :week, 1)")
			.param("subject", provider)
			.param("week", week)
			.update();
	}

}
