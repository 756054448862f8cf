package org.shopfront.demo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo runs its steps in the order given, each in a transaction of its own, and skips
 * a step whose module already has data.
 */
class DemoDataTests {

	private final List<String> calls = new ArrayList<>();

	private final DemoSeeding seeding = new DemoSeeding();

	@Test
	void runsTheStepsThatAreDueInTheOrderGivenEachInItsOwnTransaction() {
		DemoData demo = new DemoData(List.of(step("people", true), step("catalog", false), step("orders", true)),
				transactions(), this.seeding);

		assertThat(demo.seed()).containsExactly("people", "orders");
		assertThat(this.calls).containsExactly("begin", "people due?", "people seeded", "people seeded while stocking",
				"commit", "begin", "catalog due?", "commit", "begin", "orders due?", "orders seeded",
				"orders seeded while stocking", "commit");
	}

	@Test
	void runsAStepThatCommitsItsOwnWorkOutsideATransaction() {
		DemoStep own = new DemoStep() {

			@Override
			public String name() {
				return "pain points";
			}

			@Override
			public boolean due() {
				return true;
			}

			@Override
			public boolean inATransaction() {
				return false;
			}

			@Override
			public String seed() {
				DemoDataTests.this.calls.add("pain points seeded");
				return "mined";
			}

		};
		DemoData demo = new DemoData(List.of(step("people", true), own), transactions(), this.seeding);

		assertThat(demo.seed()).containsExactly("people", "pain points");
		assertThat(this.calls).containsExactly("begin", "people due?", "people seeded", "people seeded while stocking",
				"commit", "pain points seeded");
	}

	@Test
	void runsBeforeEveryOtherRunner() {
		assertThat(new DemoData(List.of(), transactions(), this.seeding).getOrder()).isEqualTo(Integer.MIN_VALUE);
	}

	@Test
	void saysTheStoreIsBeingStockedOnlyWhileItsStepsRun() {
		DemoData demo = new DemoData(List.of(step("people", true)), transactions(), this.seeding);

		demo.seed();

		assertThat(this.calls).contains("people seeded while stocking");
		assertThat(this.seeding.underway()).isFalse();
	}

	private DemoStep step(String name, boolean due) {
		return new DemoStep() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public boolean due() {
				DemoDataTests.this.calls.add(name + " due?");
				return due;
			}

			@Override
			public String seed() {
				DemoDataTests.this.calls.add(name + " seeded");
				if (DemoDataTests.this.seeding.underway()) {
					DemoDataTests.this.calls.add(name + " seeded while stocking");
				}
				return "something";
			}

		};
	}

	private TransactionOperations transactions() {
		return new TransactionOperations() {

			@Override
			public <T> T execute(TransactionCallback<T> action) {
				DemoDataTests.this.calls.add("begin");
				T result = action.doInTransaction(null);
				DemoDataTests.this.calls.add("commit");
				return result;
			}

		};
	}

}
