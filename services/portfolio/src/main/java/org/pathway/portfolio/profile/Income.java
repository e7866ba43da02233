package org.pathway.portfolio.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/** A yearly amount in whole units of an ISO 4217 currency. Private: it never leaves the portfolio. */
public record Income(@NotNull @PositiveOrZero @Max(100_000_000) Long amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency) {
}
