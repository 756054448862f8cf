package org.shopfront.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopfront.MovingClock;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.TaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class SentMarksTests {

	private final MovingClock clock = new MovingClock(Instant.parse("2026-12-03T10:00:00Z"));

	private final Deliveries deliveries = mock(Deliveries.class);

	private final TaskScheduler scheduler = mock(TaskScheduler.class);

	private final List<Runnable> scheduled = new ArrayList<>();

	private final List<List<Outgoing>> statements = new ArrayList<>();

	SentMarksTests() {
		when(this.scheduler.schedule(any(Runnable.class), any(Instant.class))).thenAnswer(invocation -> {
			this.scheduled.add(invocation.getArgument(0));
			return null;
		});
		doAnswer(invocation -> this.statements.add(List.copyOf(invocation.getArgument(0)))).when(this.deliveries)
			.sent(anyList(), any());
	}

	@Test
	void deliveriesSentWithinOneWindowAreMarkedInOneStatementAtItsEnd() {
		SentMarks marks = marks("50ms");
		Outgoing first = mail("ada@example.com");
		Outgoing second = mail("grace@example.com");
		Outgoing third = mail("alan@example.com");

		marks.add(List.of(first));
		marks.add(List.of(second, third));
		verifyNoInteractions(this.deliveries);
		this.scheduled.forEach(Runnable::run);

		assertThat(this.scheduled).hasSize(1);
		assertThat(this.statements).containsExactly(List.of(first, second, third));
	}

	@Test
	void theNextWindowStartsWithTheNextDeliverySent() {
		SentMarks marks = marks("50ms");
		marks.add(List.of(mail("ada@example.com")));
		this.scheduled.remove(0).run();
		marks.add(List.of(mail("grace@example.com")));
		this.scheduled.remove(0).run();

		assertThat(this.statements).hasSize(2);
	}

	@Test
	void withoutAWindowEachTransactionsDeliveriesAreMarkedAtOnce() {
		SentMarks marks = marks("0s");
		Outgoing first = mail("ada@example.com");

		marks.add(List.of(first));

		verify(this.deliveries).sent(List.of(first), this.clock.instant());
		assertThat(this.scheduled).isEmpty();
	}

	@Test
	void deliveriesStillWaitingAreMarkedWhenTheApplicationStops() {
		SentMarks marks = marks("50ms");
		Outgoing first = mail("ada@example.com");
		marks.add(List.of(first));

		marks.mark();

		assertThat(this.statements).containsExactly(List.of(first));
	}

	private SentMarks marks(String window) {
		NotifyProperties properties = new Binder(
				new MapConfigurationPropertySource(Map.of("shopfront.notify.delivery.mark-window", window)))
			.bindOrCreate("shopfront.notify", Bindable.of(NotifyProperties.class));
		return new SentMarks(this.deliveries, this.scheduler, new SyncTaskExecutor(), properties, this.clock);
	}

	private Outgoing mail(String to) {
		return Outgoing.claimed(Channel.EMAIL, to, "order-placed", "Someone",
				new NoticeContent("We received your order 7: Laptop", List.of(), List.of()), this.clock.instant());
	}

}
