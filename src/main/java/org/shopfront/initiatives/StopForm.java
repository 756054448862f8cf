package org.shopfront.initiatives;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The sponsor stops an initiative, and says why. */
record StopForm(@NotBlank @Size(max = 2000) String reason) {

}
