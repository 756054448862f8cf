package org.shopfront.shared.tabular;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The date formats service desks export, read in the company's time zone, and a file's
 * own pattern read exactly.
 */
class DateReaderTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	final DateReader dates = DateReader.usual(BERLIN, null);

	@Test
	void readsServiceNowJiraAndIsoDates() {
		assertThat(this.dates.read("2016-02-29 01:16:00")).isEqualTo(Instant.parse("2016-02-29T00:16:00Z"));
		assertThat(this.dates.read("29/2/2016 01:16")).isEqualTo(Instant.parse("2016-02-29T00:16:00Z"));
		assertThat(this.dates.read("12/Mar/24 10:15 AM")).isEqualTo(Instant.parse("2024-03-12T09:15:00Z"));
		assertThat(this.dates.read("12/MAR/24 4:40 PM")).isEqualTo(Instant.parse("2024-03-12T15:40:00Z"));
		assertThat(this.dates.read("2024-04-01T09:00:00Z")).isEqualTo(Instant.parse("2024-04-01T09:00:00Z"));
		assertThat(this.dates.read("2024-04-01T09:00:00+02:00")).isEqualTo(Instant.parse("2024-04-01T07:00:00Z"));
		assertThat(this.dates.read("2024-04-01T09:00:00.250")).isEqualTo(Instant.parse("2024-04-01T07:00:00.250Z"));
		assertThat(this.dates.read("2024-04-01")).isEqualTo(Instant.parse("2024-03-31T22:00:00Z"));
	}

	@Test
	void triesAProfilesOwnPatternFirst() {
		DateReader american = DateReader.usual(ZoneId.of("UTC"), "M/d/yyyy h:mm a");
		assertThat(american.read("3/5/2024 1:00 PM")).isEqualTo(Instant.parse("2024-03-05T13:00:00Z"));
		assertThat(american.read("2024-03-05 13:00:00")).as("and the usual formats after it")
			.isEqualTo(Instant.parse("2024-03-05T13:00:00Z"));
	}

	@Test
	void refusesWhatNoFormatReads() {
		assertThat(this.dates.read("yesterday")).isNull();
		assertThat(this.dates.read("31/2/2016 10:00")).isNull();
		assertThat(DateReader.validPattern("{{nonsense")).isFalse();
		assertThat(DateReader.validPattern("dd.MM.yyyy HH:mm")).isTrue();
	}

	@Test
	void readsExactlyTheGivenPatternOrIsoOnly() {
		DateReader pattern = DateReader.exactly(BERLIN, "d/M/yyyy H:mm");
		assertThat(pattern.read("29/2/2016 01:16")).isEqualTo(Instant.parse("2016-02-29T00:16:00Z"));
		assertThat(pattern.read("2016-02-29")).isNull();
		DateReader iso = DateReader.exactly(BERLIN, null);
		assertThat(iso.read("2026-01-05T09:00")).isEqualTo(Instant.parse("2026-01-05T08:00:00Z"));
		assertThat(iso.read("2026-01-05")).isEqualTo(Instant.parse("2026-01-04T23:00:00Z"));
		assertThat(iso.read("5/1/2026 09:00")).isNull();
	}

	@Test
	void namesTheLineColumnAndFormatOfAnUnreadableDate() {
		assertThatThrownBy(() -> DateReader.exactly(BERLIN, "d/M/yyyy H:mm").read("2016-02-29", 3, "opened_at"))
			.isInstanceOf(FileProblem.class)
			.hasMessage("line 3, column 'opened_at': cannot read '2016-02-29' as a date (pattern d/M/yyyy H:mm)");
		assertThatThrownBy(() -> this.dates.read("soon", 7, "opened"))
			.hasMessage("line 7, column 'opened': cannot read 'soon' as a date (no known date format)");
	}

}
