package org.shopfront.operations;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Customers placing orders through the API from several threads, as fast as the
 * application answers, until stopped: what was sent, what was acknowledged (201, with its
 * id and number) and how the others were answered.
 */
final class OrderLoad {

	static final JsonMapper json = JsonMapper.builder().build();

	private final PackagedApp app;

	private final String offeringId;

	private final int answers;

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final List<Thread> threads = new ArrayList<>();

	final AtomicInteger sent = new AtomicInteger();

	/** Order id to order number, for every order answered 201. */
	final Map<String, Long> acknowledged = new ConcurrentHashMap<>();

	/** Status (or "no answer") to count, for every request not answered 201. */
	final Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();

	/** Bodies of the answers that were neither 201 nor a problem detail. */
	final List<String> oddAnswers = new CopyOnWriteArrayList<>();

	private OrderLoad(PackagedApp app, String offeringId, int answers) {
		this.app = app;
		this.offeringId = offeringId;
		this.answers = answers;
	}

	/**
	 * An offering of the demo store without stock (a service) under the approval
	 * threshold, so every order is placed at once and none runs out.
	 */
	static OrderLoad on(PackagedApp app) throws IOException {
		for (JsonNode need : json.readTree(app.get("/api/needs", "customer").body())) {
			JsonNode detail = json.readTree(app.get("/api/needs/" + need.get("id").asString(), "customer").body());
			for (JsonNode option : detail.get("options")) {
				if (!option.get("physical").asBoolean() && option.get("firstYearCost").asDouble() < 500) {
					return new OrderLoad(app, option.get("id").asString(), option.get("orderFields").size());
				}
			}
		}
		throw new IllegalStateException("The demo store has no service to order");
	}

	OrderLoad start(int clients) {
		for (int i = 0; i < clients; i++) {
			Thread thread = new Thread(this::placeOrders, "order-load-" + i);
			thread.start();
			this.threads.add(thread);
		}
		return this;
	}

	/** Sends no further order; those in flight go on. */
	void halt() {
		this.running.set(false);
	}

	/** Stops sending and waits for the requests in flight to be answered or to fail. */
	void stop() throws InterruptedException {
		halt();
		for (Thread thread : this.threads) {
			thread.join(PackagedApp.REQUEST_TIMEOUT.plus(Duration.ofSeconds(5)).toMillis());
		}
	}

	private void placeOrders() {
		StringBuilder answers = new StringBuilder("[");
		for (int i = 0; i < this.answers; i++) {
			answers.append(i == 0 ? "" : ",").append("\"load test\"");
		}
		String order = "{\"offeringId\":\"" + this.offeringId + "\",\"quantity\":1,\"answers\":" + answers + "]}";
		while (this.running.get()) {
			this.sent.incrementAndGet();
			try {
				HttpResponse<String> response = this.app.postJson("/api/orders", "customer", order);
				if (response.statusCode() == 201) {
					JsonNode placed = json.readTree(response.body());
					this.acknowledged.put(placed.get("id").asString(), placed.get("number").asLong());
				}
				else {
					count(String.valueOf(response.statusCode()));
					if (!response.headers().firstValue("Content-Type").orElse("").contains("problem+json")) {
						this.oddAnswers.add(response.statusCode() + " " + response.body());
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				count("no answer");
			}
		}
	}

	private void count(String answer) {
		this.refused.computeIfAbsent(answer, (a) -> new AtomicInteger()).incrementAndGet();
	}

}
