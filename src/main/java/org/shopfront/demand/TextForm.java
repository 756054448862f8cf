package org.shopfront.demand;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A short text: a question or answer, the changes asked for, a reason for declining. */
record TextForm(@NotBlank @Size(max = 2000) String text) {
}
