package org.pathway.jobposting.posting;

import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.pathway.kit.web.SelfChecked;
import org.pathway.kit.web.SelfChecking;

/** A range of percentages of one FTE, 0–100 (a fixed figure is min = max). */
@SelfChecked
public record PercentRange(
        @NotNull @DecimalMin("0") @DecimalMax("100") Double min,
        @NotNull @DecimalMin("0") @DecimalMax("100") Double max) implements SelfChecking {

    @Override
    public Map<String, String> inconsistencies() {
        if (min != null && max != null && max < min) {
            return Map.of("max", "must not be below min");
        }
        return Map.of();
    }

    /** "40%" or "30–50%". */
    public String text() {
        return min.equals(max) ? Percent.format(min) + "%" : Percent.format(min) + "–" + Percent.format(max) + "%";
    }
}
