package org.shopfront.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.OrderableOffering;
import org.shopfront.catalog.ProviderId;
import org.shopfront.people.UserId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every move an order may make from every status: the legal ones and the ones it must
 * refuse with an {@link OrderConflict}.
 */
class OrderTests {

	static final Instant PLACED = Instant.parse("2026-11-02T09:00:00Z");

	static final Instant LATER = PLACED.plusSeconds(3600);

	static final UserId CUSTOMER = UserId.random();

	static final UserId MANAGER = UserId.random();

	static final UserId FULFILLER = UserId.random();

	static final OrderableOffering LAPTOP = new OrderableOffering(OfferingId.random(), NeedId.random(),
			ProviderId.random(), "Laptop 14\"", "A laptop", "Workplace team", new BigDecimal("1200.00"),
			new BigDecimal("10.00"), 5, true, 3, null, List.of("Who is it for?"), true);

	/** The moves, by name, each applied to an order. */
	static final Map<String, UnaryOperator<Order>> MOVES = Map.of("approve", Order::approve, "reject",
			o -> o.reject(LATER), "take", o -> o.take(FULFILLER), "note", o -> {
				o.checkCanNote();
				return o;
			}, "deliver", o -> o.deliver(LATER), "confirm", o -> o.confirm(LATER), "cancel", o -> o.cancel(LATER));

	/** Where each move may start from. */
	static final Map<String, Set<OrderStatus>> LEGAL = Map.of("approve", EnumSet.of(OrderStatus.AWAITING_APPROVAL),
			"reject", EnumSet.of(OrderStatus.AWAITING_APPROVAL), "take", EnumSet.of(OrderStatus.OPEN), "note",
			EnumSet.of(OrderStatus.AWAITING_APPROVAL, OrderStatus.OPEN, OrderStatus.IN_PROGRESS), "deliver",
			EnumSet.of(OrderStatus.IN_PROGRESS), "confirm", EnumSet.of(OrderStatus.DELIVERED), "cancel",
			EnumSet.of(OrderStatus.AWAITING_APPROVAL, OrderStatus.OPEN));

	/** Where each move leads; a note leaves the order where it stands. */
	static final Map<String, OrderStatus> AFTER = Map.of("approve", OrderStatus.OPEN, "reject", OrderStatus.REJECTED,
			"take", OrderStatus.IN_PROGRESS, "deliver", OrderStatus.DELIVERED, "confirm", OrderStatus.CONFIRMED,
			"cancel", OrderStatus.CANCELLED);

	static Order awaitingApproval() {
		return Order.place(10001, CUSTOMER, "Grace Hopper", MANAGER, LAPTOP, 1,
				List.of(new Order.Detail("Who is it for?", "Me")), true, PLACED);
	}

	static Order open() {
		return Order.place(10002, CUSTOMER, "Grace Hopper", MANAGER, LAPTOP, 1, List.of(), false, PLACED);
	}

	static Order in(OrderStatus status) {
		return switch (status) {
			case AWAITING_APPROVAL -> awaitingApproval();
			case OPEN -> open();
			case IN_PROGRESS -> open().take(FULFILLER);
			case DELIVERED -> in(OrderStatus.IN_PROGRESS).deliver(LATER);
			case CONFIRMED -> in(OrderStatus.DELIVERED).confirm(LATER.plusSeconds(60));
			case REJECTED -> awaitingApproval().reject(LATER);
			case CANCELLED -> open().cancel(LATER);
		};
	}

	static Stream<Arguments> illegalMoves() {
		return MOVES.keySet()
			.stream()
			.sorted()
			.flatMap(move -> EnumSet.complementOf(EnumSet.copyOf(LEGAL.get(move)))
				.stream()
				.map(status -> Arguments.of(move, status)));
	}

	static Stream<Arguments> legalMoves() {
		return MOVES.keySet()
			.stream()
			.sorted()
			.flatMap(move -> LEGAL.get(move).stream().map(status -> Arguments.of(move, status)));
	}

	@Test
	void placedOrderAboveThresholdAwaitsApproval() {
		Order order = awaitingApproval();
		assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_APPROVAL);
		assertThat(order.offeringTitle()).isEqualTo("Laptop 14\"");
		assertThat(order.providerName()).isEqualTo("Workplace team");
		assertThat(order.oneOffPrice()).isEqualByComparingTo("1200.00");
		assertThat(order.placedAt()).isEqualTo(PLACED);
		assertThat(order.fulfillerId()).isNull();
		assertThat(order.version()).isZero();
	}

	@Test
	void placedOrderWithoutApprovalGoesStraightToTheQueue() {
		assertThat(open().status()).isEqualTo(OrderStatus.OPEN);
	}

	@Test
	void refusesAnOrderForLessThanOneItem() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Order.place(1, CUSTOMER, "Grace Hopper", null, LAPTOP, 0, List.of(), false, PLACED));
	}

	@Test
	void firstYearValueIsOneOffPlusTwelveMonthsTimesQuantity() {
		Order two = Order.place(1, CUSTOMER, "Grace Hopper", null, LAPTOP, 2, List.of(), false, PLACED);
		assertThat(two.firstYearValue()).isEqualByComparingTo("2640.00");
	}

	@Test
	void approvalSendsTheOrderToTheQueue() {
		assertThat(awaitingApproval().approve().status()).isEqualTo(OrderStatus.OPEN);
	}

	@Test
	void rejectionClosesTheOrderAndGivesStockBack() {
		Order rejected = awaitingApproval().reject(LATER);
		assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
		assertThat(rejected.closedAt()).isEqualTo(LATER);
		assertThat(rejected.takesStockBack()).isTrue();
	}

	@Test
	void takingAssignsTheFulfiller() {
		Order taken = open().take(FULFILLER);
		assertThat(taken.status()).isEqualTo(OrderStatus.IN_PROGRESS);
		assertThat(taken.fulfillerId()).isEqualTo(FULFILLER);
	}

	@Test
	void deliveryRecordsWhenItArrived() {
		Order delivered = in(OrderStatus.DELIVERED);
		assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
		assertThat(delivered.deliveredAt()).isEqualTo(LATER);
		assertThat(delivered.fulfillerId()).isEqualTo(FULFILLER);
		assertThat(delivered.closedAt()).isNull();
		assertThat(delivered.takesStockBack()).isFalse();
	}

	@Test
	void confirmationClosesTheOrder() {
		Order confirmed = in(OrderStatus.CONFIRMED);
		assertThat(confirmed.status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(confirmed.closedAt()).isEqualTo(LATER.plusSeconds(60));
		assertThat(confirmed.status().isClosed()).isTrue();
	}

	@Test
	void cancellingAnOpenOrderClosesItAndGivesStockBack() {
		Order cancelled = open().cancel(LATER);
		assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(cancelled.takesStockBack()).isTrue();
	}

	@Test
	void cancellingAnOrderAwaitingApprovalIsAllowed() {
		assertThat(awaitingApproval().cancel(LATER).status()).isEqualTo(OrderStatus.CANCELLED);
	}

	@Test
	void refusesDeliveryOfOrderAwaitingApproval() {
		assertThatThrownBy(() -> awaitingApproval().deliver(LATER)).isInstanceOf(OrderConflict.class)
			.extracting(ex -> ((OrderConflict) ex).messageKey())
			.isEqualTo("error.order.illegalTransition.deliver");
	}

	@Test
	void refusesApprovalOfDeliveredOrder() {
		assertThatThrownBy(() -> in(OrderStatus.DELIVERED).approve()).isInstanceOf(OrderConflict.class);
	}

	@Test
	void refusesCancellingOrderAlreadyInProgress() {
		assertThatThrownBy(() -> in(OrderStatus.IN_PROGRESS).cancel(LATER)).isInstanceOf(OrderConflict.class);
	}

	@Test
	void refusesTakingAnOrderSomeoneAlreadyTookWithItsOwnMessage() {
		assertThatThrownBy(() -> in(OrderStatus.IN_PROGRESS).take(UserId.random())).isInstanceOf(OrderConflict.class)
			.extracting(ex -> ((OrderConflict) ex).messageKey())
			.isEqualTo("error.order.alreadyTaken");
	}

	@Test
	void refusesConfirmingBeforeDelivery() {
		assertThatThrownBy(() -> in(OrderStatus.IN_PROGRESS).confirm(LATER)).isInstanceOf(OrderConflict.class);
	}

	@Test
	void movesKeepTheVersionTheOrderWasReadAt() {
		assertThat(awaitingApproval().approve().take(FULFILLER).deliver(LATER).version()).isZero();
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("legalMoves")
	void allowsLegalMove(String move, OrderStatus from) {
		Order order = in(from);
		Order moved = MOVES.get(move).apply(order);
		assertThat(moved.id()).isEqualTo(order.id());
		assertThat(moved.status()).isEqualTo(AFTER.getOrDefault(move, from));
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("illegalMoves")
	void refusesIllegalMove(String move, OrderStatus from) {
		Order order = in(from);
		assertThatThrownBy(() -> MOVES.get(move).apply(order)).isInstanceOf(OrderConflict.class);
	}

	@Test
	void everyMoveIsCovered() {
		long cases = legalMoves().count() + illegalMoves().count();
		assertThat(cases).isEqualTo((long) MOVES.size() * OrderStatus.values().length);
	}

}
