package org.shopfront.promises;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast count of open orders per elapsed-time bin agrees with counting them one by
 * one, while orders open, finish and slots are compacted.
 */
class OpenOrdersTests {

	@Test
	void countsElapsedTimesLikeAScanWithManyOrdersOpeningAndFinishing() {
		Random random = new Random(3);
		Segment segment = new Segment("everything");
		OpenOrders open = new OpenOrders(segment);
		List<TrackedOrder> alive = new ArrayList<>();
		double start = 0;
		for (int step = 0; step < 20_000; step++) {
			start += random.nextDouble() * 0.5;
			TrackedOrder order = new TrackedOrder(step, Instant.EPOCH, start, new Segment[] { segment });
			order.slots[0] = open.add(order);
			alive.add(order);
			if (random.nextDouble() < 0.45 && !alive.isEmpty()) {
				TrackedOrder finished = alive.remove(random.nextInt(alive.size()));
				open.remove(finished.slots[0]);
			}
		}
		double position = start + 3;

		int[] fast = new int[LeadTimeBins.COUNT];
		open.countElapsed(position, fast);
		int[] scan = new int[LeadTimeBins.COUNT];
		alive.forEach((order) -> scan[LeadTimeBins.of(position - order.start)]++);

		assertThat(open.size()).isEqualTo(alive.size()).isGreaterThan(1000);
		int differing = 0;
		for (int bin = 0; bin < LeadTimeBins.COUNT; bin++) {
			differing += Math.abs(fast[bin] - scan[bin]);
		}
		// orders exactly on a bin edge may land on either side through rounding
		assertThat(differing).isLessThanOrEqualTo(2);
		assertThat(Arrays.stream(fast).sum()).isEqualTo(alive.size());
	}

}
