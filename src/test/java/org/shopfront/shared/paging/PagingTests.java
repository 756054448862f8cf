package org.shopfront.shared.paging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shopfront.MovingClock;
import org.shopfront.shared.SignedTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cursor tokens open the next page of the list they were made for, and nothing else; the
 * keyset's SQL starts after the cursor, nulls included.
 */
class PagingTests {

	final MovingClock clock = new MovingClock(Instant.parse("2026-12-01T09:00:00Z"));

	final Paging paging = new Paging(SignedTokens.withSecret("paging-test", this.clock));

	final UUID me = UUID.randomUUID();

	final Instant placed = Instant.parse("2026-11-30T10:15:30.123456Z");

	final UUID id = UUID.randomUUID();

	String nextToken(Object... scope) {
		PageRequest first = this.paging.request(null, 2, scope);
		Page<String> page = Page.of(List.of("a", "b", "c"), first, row -> Cursor.of(this.placed, this.id));
		return this.paging.next(first, page);
	}

	@Test
	void aTokenOpensThePositionItWasMadeForInTheSameList() {
		String token = nextToken("orders", "mine", this.me, "placed");
		PageRequest next = this.paging.request(token, 2, "orders", "mine", this.me, "placed");
		assertThat(next.after()).isEqualTo(Cursor.of(this.placed, this.id));
	}

	@Test
	void aTokenMadeForAnotherPersonSortOrListIsRefused() {
		String token = nextToken("orders", "mine", this.me, "placed");
		assertThatThrownBy(() -> this.paging.request(token, 2, "orders", "mine", UUID.randomUUID(), "placed"))
			.isInstanceOf(InvalidCursor.class);
		assertThatThrownBy(() -> this.paging.request(token, 2, "orders", "mine", this.me, "promised"))
			.isInstanceOf(InvalidCursor.class);
		assertThatThrownBy(() -> this.paging.request(token, 2, "orders", "reports", this.me, "placed"))
			.isInstanceOf(InvalidCursor.class);
	}

	@Test
	void aChangedMadeUpOrExpiredTokenIsRefused() {
		String token = nextToken("inbox", this.me);
		// The signature's first character: all six of its bits count, where the last
		// character's lowest bits are padding that decoding ignores.
		int at = token.indexOf('.') + 1;
		String changed = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
		assertThatThrownBy(() -> this.paging.request(changed, 2, "inbox", this.me)).isInstanceOf(InvalidCursor.class);
		assertThatThrownBy(() -> this.paging.request("not-a-cursor", 2, "inbox", this.me))
			.isInstanceOf(InvalidCursor.class);
		this.clock.move(Paging.VALID_FOR.plus(Duration.ofMinutes(1)));
		assertThatThrownBy(() -> this.paging.request(token, 2, "inbox", this.me)).isInstanceOf(InvalidCursor.class);
	}

	@Test
	void theLastPageHasNoNextToken() {
		PageRequest first = this.paging.request(null, 5, "inbox", this.me);
		Page<String> page = Page.of(List.of("a", "b"), first, row -> Cursor.of(this.placed, this.id));
		assertThat(page.items()).containsExactly("a", "b");
		assertThat(this.paging.next(first, page)).isNull();
	}

	@Test
	void anApiClientAsksForBetweenOneAndTheMostRows() {
		assertThat(this.paging.request(null, 10_000, "inbox").size()).isEqualTo(Paging.MAX_SIZE);
		assertThat(this.paging.request(null, 0, "inbox").size()).isEqualTo(1);
		assertThat(this.paging.request(null, null, "inbox").size()).isEqualTo(Paging.PAGE_SIZE);
	}

	@Test
	void aKeysetStartsAfterTheCursorWithNullsWhereTheOrderPutsThem() {
		PageRequest after = PageRequest.first(2).after(Cursor.of(this.placed, this.id));
		assertThat(Keyset.descending("placed_at", "id").after(after))
			.isEqualTo(" and (placed_at, id) < (:after0, :after1)");
		Keyset promised = Keyset.ascending("promised_by", "id").nullable();
		assertThat(promised.after(after))
			.isEqualTo(" and ((promised_by, id) > (:after0, :after1) or promised_by is null)");
		assertThat(promised.after(PageRequest.first(2).after(Cursor.of(null, this.id))))
			.isEqualTo(" and (promised_by is null and id > :after1)");
		assertThat(promised.orderBy()).isEqualTo("promised_by nulls last, id");
		assertThat(
				Keyset.descending("opened_at", "id").nullable().after(PageRequest.first(2).after(Cursor.of(null, 7L))))
			.isEqualTo(" and ((opened_at is null and id < :after1) or opened_at is not null)");
		assertThat(PageRequest.first(2).first()).isTrue();
		assertThat(Keyset.descending("placed_at", "id").after(PageRequest.first(2))).isEmpty();
	}

	@Test
	void aWindowHoldsAPageFromItsFirstRowToItsLastInTheListsOrder() {
		Keyset newest = Keyset.descending("placed_at", "id");
		assertThat(newest.window())
			.isEqualTo(" and (placed_at, id) <= (:from0, :from1) and (placed_at, id) >= (:to0, :to1)");
		assertThat(Keyset.ascending("placed_at", "id").window())
			.isEqualTo(" and (placed_at, id) >= (:from0, :from1) and (placed_at, id) <= (:to0, :to1)");
		Instant earlier = this.placed.minusSeconds(60);
		assertThat(newest.windowParams(Cursor.of(this.placed, this.id), Cursor.of(earlier, this.id)))
			.containsEntry("from1", this.id)
			.containsEntry("to1", this.id)
			.containsKeys("from0", "to0");
		assertThatThrownBy(() -> Keyset.ascending("promised_by", "id").nullable().window())
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aCursorOfTheWrongShapeForTheListIsRefused() {
		PageRequest after = PageRequest.first(2).after(Cursor.of(this.id));
		assertThatThrownBy(() -> Keyset.descending("placed_at", "id").params(after)).isInstanceOf(InvalidCursor.class);
	}

}
