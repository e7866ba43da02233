package org.pathway.portfolio.profile;

import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.pathway.kit.web.SelfChecked;
import org.pathway.kit.web.SelfChecking;

/** A range of clinical time as shares of one FTE (0–1), e.g. 0.2–0.5 for a clerkship director. */
@SelfChecked
public record ShareRange(
        @NotNull @DecimalMin("0.0") @DecimalMax("1.0") Double min,
        @NotNull @DecimalMin("0.0") @DecimalMax("1.0") Double max) implements SelfChecking {

    @Override
    public Map<String, String> inconsistencies() {
        if (min != null && max != null && max < min) {
            return Map.of("max", "must not be below min");
        }
        return Map.of();
    }
}
