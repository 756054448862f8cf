package org.shopfront.feedback;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustScoreTests {

	@Test
	void isTheShareOfNinesAndTensMinusTheShareOfZeroToSix() {
		TrustScore score = TrustScore.of(List.of(10, 9, 8, 7, 6, 0, 9, 3, 10, 10));
		assertThat(score.answers()).isEqualTo(10);
		assertThat(score.promoters()).isEqualTo(5);
		assertThat(score.passives()).isEqualTo(2);
		assertThat(score.detractors()).isEqualTo(3);
		assertThat(score.value()).isEqualTo(20);
	}

	@Test
	void runsFromMinusToPlusAHundred() {
		assertThat(TrustScore.of(List.of(9, 10)).value()).isEqualTo(100);
		assertThat(TrustScore.of(List.of(0, 6)).value()).isEqualTo(-100);
		assertThat(TrustScore.of(List.of(7, 8)).value()).isZero();
	}

	@Test
	void roundsToWholePoints() {
		assertThat(TrustScore.of(List.of(9, 8, 8)).value()).isEqualTo(33);
		assertThat(TrustScore.of(List.of(9, 9, 0)).value()).isEqualTo(33);
		assertThat(TrustScore.of(List.of(0, 0, 9)).value()).isEqualTo(-33);
	}

	@Test
	void hasNoValueWithoutAnswers() {
		assertThat(TrustScore.of(List.of()).value()).isNull();
	}

	@Test
	void refusesAnswersOutsideZeroToTen() {
		assertThatThrownBy(() -> TrustScore.of(List.of(11))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> TrustScore.of(List.of(-1))).isInstanceOf(IllegalArgumentException.class);
	}

}
