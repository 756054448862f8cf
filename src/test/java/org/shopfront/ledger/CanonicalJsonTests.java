package org.shopfront.ledger;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same facts always give the same text, whatever order they were put in.
 */
class CanonicalJsonTests {

	@Test
	void sortsKeysAndFixesNumberAndInstantFormats() {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("z", 1.0);
		facts.put("a", 0.85);
		facts.put("m", Instant.parse("2026-03-09T09:00:00Z"));
		facts.put("n", 12L);
		facts.put("b", null);
		facts.put("t", true);
		assertThat(CanonicalJson.of(facts))
			.isEqualTo("{\"a\":0.85,\"b\":null,\"m\":\"2026-03-09T09:00:00.000000Z\",\"n\":12,\"t\":true,\"z\":1}");
	}

	@Test
	void givesTheSameTextWhateverTheInsertionOrder() {
		Map<String, Object> one = new HashMap<>(Map.of("b", "x", "a", 2, "c", Map.of("y", 1, "x", 2)));
		Map<String, Object> two = new LinkedHashMap<>();
		two.put("c", Map.of("x", 2, "y", 1));
		two.put("a", 2);
		two.put("b", "x");
		assertThat(CanonicalJson.of(one)).isEqualTo(CanonicalJson.of(two))
			.isEqualTo("{\"a\":2,\"b\":\"x\",\"c\":{\"x\":2,\"y\":1}}");
	}

	@Test
	void escapesOnlyWhatJsonRequires() {
		assertThat(CanonicalJson.of(Map.of("s", "\"Ünïcode\"\\\n\t\u0001 ok")))
			.isEqualTo("{\"s\":\"\\\"Ünïcode\\\"\\\\\\n\\t\\u0001 ok\"}");
	}

	@Test
	void writesInstantsExactlyAsTheFormatterWould() {
		java.util.Random random = new java.util.Random(7);
		for (int i = 0; i < 10_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(253_402_300_799L), random.nextInt(1_000_000_000));
			assertThat(CanonicalJson.instant(instant))
				.isEqualTo(CanonicalJson.INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS)));
		}
	}

	@Test
	void keepsInstantsToTheMicrosecond() {
		assertThat(CanonicalJson.instant(Instant.parse("2026-03-09T09:00:00.123456789Z")))
			.isEqualTo("2026-03-09T09:00:00.123456Z");
	}

}
