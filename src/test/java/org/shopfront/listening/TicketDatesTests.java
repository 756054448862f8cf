package org.shopfront.listening;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date formats service desks export, read in the company's time zone.
 */
class TicketDatesTests {

	final TicketDates dates = new TicketDates(ZoneId.of("Europe/Berlin"), null);

	@Test
	void readsServiceNowJiraAndIsoDates() {
		assertThat(this.dates.read("2016-02-29 01:16:00")).isEqualTo(Instant.parse("2016-02-29T00:16:00Z"));
		assertThat(this.dates.read("29/2/2016 01:16")).isEqualTo(Instant.parse("2016-02-29T00:16:00Z"));
		assertThat(this.dates.read("12/Mar/24 10:15 AM")).isEqualTo(Instant.parse("2024-03-12T09:15:00Z"));
		assertThat(this.dates.read("12/MAR/24 4:40 PM")).isEqualTo(Instant.parse("2024-03-12T15:40:00Z"));
		assertThat(this.dates.read("2024-04-01T09:00:00Z")).isEqualTo(Instant.parse("2024-04-01T09:00:00Z"));
		assertThat(this.dates.read("2024-04-01T09:00:00+02:00")).isEqualTo(Instant.parse("2024-04-01T07:00:00Z"));
		assertThat(this.dates.read("2024-04-01")).isEqualTo(Instant.parse("2024-03-31T22:00:00Z"));
	}

	@Test
	void triesAProfilesOwnPatternFirst() {
		TicketDates american = new TicketDates(ZoneId.of("UTC"), "M/d/yyyy h:mm a");
		assertThat(american.read("3/5/2024 1:00 PM")).isEqualTo(Instant.parse("2024-03-05T13:00:00Z"));
	}

	@Test
	void refusesWhatNoFormatReads() {
		assertThat(this.dates.read("yesterday")).isNull();
		assertThat(this.dates.read("31/2/2016 10:00")).isNull();
		assertThat(TicketDates.validPattern("{{nonsense")).isFalse();
		assertThat(TicketDates.validPattern("dd.MM.yyyy HH:mm")).isTrue();
	}

}
