package org.shopfront.ordering;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A short text: a rejection reason or a progress note. */
record ReasonForm(@NotBlank @Size(max = 2000) String text) {
}
