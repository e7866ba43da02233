package org.pathway.portfolio.activity;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * Exactly the fields a faculty member may set when recording an activity. The owner and the institution come from the
 * token; a body that names them (or anything else) is rejected as an unknown field.
 */
record RecordActivityRequest(
        @NotNull ActivityKind kind,
        @NotBlank @Size(max = 300) String title,
        @NotNull @PastOrPresent LocalDate occurredOn,
        LocalDate endedOn) {

    @AssertTrue(message = "must not be before occurredOn")
    boolean isEndedOn() {
        return endedOn == null || occurredOn == null || !endedOn.isBefore(occurredOn);
    }
}
