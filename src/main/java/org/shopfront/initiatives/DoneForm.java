package org.shopfront.initiatives;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** The day a milestone was done. */
record DoneForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn) {

}
