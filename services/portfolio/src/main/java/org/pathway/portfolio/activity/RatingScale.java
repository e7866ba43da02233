package org.pathway.portfolio.activity;

import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.pathway.kit.web.SelfChecked;
import org.pathway.kit.web.SelfChecking;

/** The bounds of an evaluation form's scale, e.g. 1–5 or 1–9. */
@SelfChecked
public record RatingScale(@NotNull Double min, @NotNull Double max) implements SelfChecking {

    boolean contains(double score) {
        return score >= min && score <= max;
    }

    @Override
    public Map<String, String> inconsistencies() {
        if (min != null && max != null && max <= min) {
            return Map.of("max", "must be greater than min");
        }
        return Map.of();
    }

    boolean hasBounds() {
        return min != null && max != null && max > min;
    }
}
