package org.shopfront.ordering;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The order form: how many, and one answer per field the offering declares. */
record OrderForm(@NotNull @Min(1) @Max(100) Integer quantity, List<String> answers) {

	static OrderForm empty(int fields) {
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < fields; i++) {
			answers.add("");
		}
		return new OrderForm(1, answers);
	}

}
