package org.shopfront.demand;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;
import org.shopfront.shared.Money;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A demand's moves and the forms' rules: each move only from where it may be made, and
 * every problem of a form written beside its field.
 */
class DemandTests {

	static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

	static final Actor IT = new Actor(new UserId(UUID.randomUUID()), "Ira Owner");

	static Demand submitted() {
		DemandContent content = new DemandContent("Read invoices", "Keyed by hand", "Read automatically",
				new ExpectedValue(Money.of("120000", "EUR"), null, null, null, null), null, null, "Accounts payable",
				List.of());
		Parties parties = new Parties(new UnitId(UUID.randomUUID()), "Finance", new UserId(UUID.randomUUID()), "Mia",
				new UserId(UUID.randomUUID()), "Leo", null, null);
		return Demand.submit(101, content, parties, NOW);
	}

	static Demand proposed() {
		return submitted().review(IT).propose(IT);
	}

	@Test
	void reviewingNamesTheItPersonWhoAnswers() {
		Demand inReview = submitted().review(IT);
		assertThat(inReview.status()).isEqualTo(DemandStatus.IN_REVIEW);
		assertThat(inReview.parties().itOwnerName()).isEqualTo("Ira Owner");
	}

	@Test
	void aDemandIsDecidedOnlyOnceItHasAProposalAndOnlyOnce() {
		assertThatThrownBy(() -> submitted().decide()).isInstanceOf(DemandConflict.class);
		Demand decided = proposed().decide();
		assertThat(decided.status()).isEqualTo(DemandStatus.DECIDED);
		assertThatThrownBy(decided::decide).isInstanceOf(DemandConflict.class)
			.extracting(ex -> ((DemandConflict) ex).messageKey())
			.isEqualTo("error.demand.alreadyDecided");
	}

	@Test
	void nothingIsProposedOnAClosedOrDecidedDemand() {
		Demand declined = proposed().decline("Not this year", NOW);
		assertThat(declined.isClosed()).isTrue();
		assertThat(declined.closedReason()).isEqualTo("Not this year");
		assertThatThrownBy(() -> declined.propose(IT)).isInstanceOf(DemandConflict.class);
		assertThatThrownBy(() -> proposed().decide().propose(IT)).isInstanceOf(DemandConflict.class);
	}

	@Test
	void changesAreAskedOnlyOfAProposalAndSendItBackToIt() {
		assertThatThrownBy(() -> submitted().requestChanges()).isInstanceOf(DemandConflict.class);
		assertThat(proposed().requestChanges().status()).isEqualTo(DemandStatus.IN_REVIEW);
		assertThatThrownBy(() -> submitted().decline("No", NOW)).isInstanceOf(DemandConflict.class);
	}

	@Test
	void theInitiativeMovesOnlyADecidedDemand() {
		UUID initiative = UUID.randomUUID();
		assertThatThrownBy(() -> proposed().startInitiative(initiative)).isInstanceOf(DemandConflict.class);
		Demand running = proposed().decide().startInitiative(initiative);
		assertThat(running.initiativeId()).isEqualTo(initiative);
		assertThat(running.confirmValue().status()).isEqualTo(DemandStatus.VALUE_CONFIRMED);
		assertThatThrownBy(() -> proposed().confirmValue()).isInstanceOf(DemandConflict.class);
		assertThatThrownBy(() -> proposed().close("Done", NOW)).isInstanceOf(DemandConflict.class);
	}

	@Test
	void aDemandSaysWhatItIsWorthAndEveryLinkIsAWebAddress() {
		DemandForm form = new DemandForm("T", "P", "O", null, "EUR", "", "", null, null, null, "", "A",
				"https://ok.example.org\nftp://files.example.org", null);
		Errors errors = check(form);
		assertThat(errors.getFieldError("valuePerYear").getCode()).isEqualTo("demand.value.required");
		assertThat(errors.getFieldError("links").getCode()).isEqualTo("demand.links.invalid");
	}

	@Test
	void aTargetNeedsItsUnitAndTodaysFigure() {
		DemandForm form = new DemandForm("T", "P", "O", null, "EUR", "Keyed invoices", "", null, null, null, "", "A",
				"", null);
		Errors errors = check(form);
		assertThat(errors.hasFieldErrors("targetUnit")).isTrue();
		assertThat(errors.hasFieldErrors("targetToday")).isTrue();
		assertThat(errors.hasFieldErrors("valuePerYear")).isFalse();
	}

	@Test
	void aDateThatMattersLiesAheadAndSaysWhy() {
		DemandForm form = new DemandForm("T", "P", "O", new BigDecimal("10"), "XYZ", "", "", null, null,
				LocalDate.of(2026, 5, 1), "", "A", "", null);
		Errors errors = check(form);
		assertThat(errors.getFieldError("neededBy").getCode()).isEqualTo("demand.neededBy.future");
		assertThat(errors.hasFieldErrors("neededByWhy")).isTrue();
		assertThat(errors.getFieldError("currency").getCode()).isEqualTo("demand.currency.unknown");
	}

	@Test
	void aProposalOffersTwoOptionsOrSaysWhyNotAndRecommendsOne() {
		ProposalForm one = new ProposalForm("", "EUR", List.of(DemandFixture.threeOptions(null).get(0)), 0, "", "");
		Errors errors = new BeanPropertyBindingResult(one, "form");
		assertThat(ProposalRules.check(one, LocalDate.of(2026, 6, 1), java.util.Map.of(), errors)).isNull();
		assertThat(errors.hasFieldErrors("fewerOptionsReason")).isTrue();
		assertThat(errors.hasFieldErrors("recommendationReason")).isTrue();

		ProposalForm explained = new ProposalForm("", "EUR", List.of(DemandFixture.threeOptions(null).get(0)), 0,
				"The only way", "Nothing else exists");
		Errors fine = new BeanPropertyBindingResult(explained, "form");
		assertThat(ProposalRules.check(explained, LocalDate.of(2026, 6, 1), java.util.Map.of(), fine)).isNotNull();
	}

	@Test
	void aBoughtServiceNamesItsProviderAndEveryOptionItsRisks() {
		OptionForm bought = new OptionForm(OptionKind.BUY_SERVICE, "Buy", "", null, "", new BigDecimal("1"),
				new BigDecimal("1"), new BigDecimal("1"), LocalDate.of(2027, 1, 1), "");
		ProposalForm form = new ProposalForm("", "EUR", List.of(bought, DemandFixture.threeOptions(null).get(2)), 1,
				"Why", "");
		Errors errors = new BeanPropertyBindingResult(form, "form");
		ProposalRules.check(form, LocalDate.of(2026, 6, 1), java.util.Map.of(), errors);
		assertThat(errors.getFieldError("options[0].providerId").getCode())
			.isEqualTo("proposal.option.provider.required");
		assertThat(errors.hasFieldErrors("options[0].risks")).isTrue();
		assertThat(errors.hasFieldErrors("options[1].oneOffCost")).as("doing nothing costs nothing").isFalse();
	}

	private static Errors check(DemandForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		DemandRules.check(form, LocalDate.of(2026, 6, 1), errors);
		return errors;
	}

}
