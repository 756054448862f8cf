package org.shopfront.promises;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A segment's estimate of how often promises held at each level, and how it is shrunk
 * towards its parent's.
 */
class SegmentCalibrationTests {

	static TrackedOrder finished(int score, int reached) {
		TrackedOrder order = new TrackedOrder("order", Instant.EPOCH, 0, new Segment[0]);
		order.bin = 1;
		order.quotedFrom = 0;
		order.reached = reached;
		order.timeScore = score;
		order.promiseScore = score;
		return order;
	}

	static void add(SegmentCalibration calibration, int orders, int score, int reached) {
		for (int i = 0; i < orders; i++) {
			calibration.count(finished(score, reached), 1);
		}
	}

	@Test
	void anOrderBeyondTheLevelsItsCurveReachedSaysNothingAboutTheLevelsAbove() {
		SegmentCalibration calibration = new SegmentCalibration();
		add(calibration, 10, 0, Levels.COUNT);
		add(calibration, 10, 150, Levels.COUNT);
		add(calibration, 10, Levels.COUNT, 100);

		double[] held = calibration.estimate().promise();

		assertThat(held[99]).as("below what its curve reached it was a broken promise")
			.isCloseTo(1 / 3.0, within(1e-9));
		assertThat(held[150]).as("above, only promises whose curve got there count").isCloseTo(1, within(1e-9));
		assertThat(calibration.estimate().sample()).isEqualTo(30);
	}

	@Test
	void anOrderStillOpenCountsAsNeedingAtLeastTheLevelItHasReached() {
		SegmentCalibration calibration = new SegmentCalibration();
		add(calibration, 10, 20, Levels.COUNT);
		TrackedOrder open = finished(100, Levels.COUNT);
		open.bin = -1;
		open.quantiles = new float[Levels.COUNT];
		calibration.count(open, 1);

		double[] held = calibration.estimate().time();

		assertThat(held[20]).isCloseTo(10 / 11.0, within(1e-9));
		assertThat(held[Levels.COUNT]).isCloseTo(10 / 11.0, within(1e-9));

		calibration.count(open, -1);
		assertThat(calibration.estimate().time()[20]).isEqualTo(1);
	}

	@Test
	void aSegmentWithAsManyOrdersAsThePriorWeightMeetsItsParentHalfway() {
		SegmentCalibration calibration = new SegmentCalibration();
		add(calibration, 30, 0, Levels.COUNT);

		CalibrationMap map = CalibrationMap.IDENTITY.shrink(calibration.estimate(), 30);

		assertThat(map.promise()[99]).as("own 1, parent 0.5").isCloseTo(0.75, within(1e-9));
		assertThat(map.promiseLevel(0.75)).isCloseTo(Levels.level(99), within(1e-9));
		assertThat(CalibrationMap.IDENTITY.promiseLevel(0.85)).isCloseTo(0.85, within(1e-9));
		assertThat(CalibrationMap.IDENTITY.timeHeld(0.42)).isCloseTo(0.42, within(1e-9));
	}

}
