package org.shopfront.painpoints.mining;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PainPointMinerTests {

	private static final String[][] TOPICS = { { "vpn", "tunnel", "disconnects", "remote", "client", "certificate" },
			{ "printer", "toner", "jams", "paper", "tray", "queue" },
			{ "password", "expired", "reset", "locked", "account", "login" },
			{ "laptop", "screen", "battery", "charger", "keyboard", "replacement" } };

	private final List<TicketText> tickets = new ArrayList<>();

	private final List<String> topics = new ArrayList<>();

	PainPointMinerTests() {
		Random random = new Random(7);
		for (int i = 0; i < 240; i++) {
			int topic = i % TOPICS.length;
			String[] words = TOPICS[topic];
			StringBuilder body = new StringBuilder("hi team please help ");
			for (int w = 0; w < 5; w++) {
				body.append(words[random.nextInt(words.length)]).append(' ');
			}
			body.append("today asap thanks regards senior engineer ext");
			this.tickets.add(TicketText.of(words[random.nextInt(words.length)] + " issue", body.toString()));
			this.topics.add(String.valueOf(topic));
		}
	}

	private MiningResult mine(long seed) {
		return new PainPointMiner(MiningOptions.builder().k(4).seed(seed).threads(2).build()).mine(this.tickets);
	}

	@Test
	void findsKnownClustersDespiteGreetingsAndSignatures() {
		MiningResult result = mine(1);
		assertThat(ClusteringAgreement.of(this.topics, result.assignments()).nmi()).isGreaterThan(0.9);
		assertThat(result.painPoints()).hasSize(4).allSatisfy((painPoint) -> {
			assertThat(painPoint.size()).isEqualTo(60);
			assertThat(painPoint.examples()).hasSize(3);
		});
	}

	@Test
	void labelsNameTheProblemNotTheMailAroundIt() {
		MiningResult result = mine(1);
		assertThat(result.learnedBoilerplate()).contains("senior", "engineer", "ext", "today", "asap");
		List<String> boilerplate = List.of("hi", "team", "please", "help", "today", "asap", "thanks", "regards",
				"senior", "engineer", "ext", "issue");
		for (PainPoint painPoint : result.painPoints()) {
			assertThat(painPoint.terms()).isNotEmpty()
				.allSatisfy((term) -> assertThat(term.split(" ")).doesNotContainAnyElementsOf(boilerplate));
		}
	}

	@Test
	void givesTheSameResultForTheSameSeed() {
		MiningResult first = mine(3);
		MiningResult second = new PainPointMiner(MiningOptions.builder().k(4).seed(3).threads(1).build())
			.mine(this.tickets);
		assertThat(second.assignments()).containsExactly(first.assignments());
		assertThat(second.painPoints()).isEqualTo(first.painPoints());
	}

	@Test
	void assignsANewTicketToTheNearestPainPoint() {
		MiningResult result = mine(1);
		PainPointModel.Assignment assignment = result.model()
			.assign(TicketText.of("Toner empty", "Hello, the printer says toner low and the paper jams. Thanks"))
			.orElseThrow();
		assertThat(String.join(" ", assignment.painPoint().terms())).containsAnyOf("printer", "toner", "jams", "paper",
				"tray", "queue");
		assertThat(assignment.similarity()).isPositive();
		assertThat(result.model().assign(TicketText.of("zzz", "qqq"))).isEmpty();
	}

}
