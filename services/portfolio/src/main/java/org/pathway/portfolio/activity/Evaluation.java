package org.pathway.portfolio.activity;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.pathway.kit.web.SelfChecked;
import org.pathway.kit.web.SelfChecking;

/** Learners' mean rating on a stated scale; a mean outside its own scale is a typo, never evidence. */
@SelfChecked
public record Evaluation(@NotNull Double mean, @NotNull @Valid RatingScale scale, @Positive Integer respondents)
        implements SelfChecking {

    @Override
    public Map<String, String> inconsistencies() {
        if (mean != null && scale != null && scale.hasBounds() && !scale.contains(mean)) {
            return Map.of("mean", "must be within the scale " + scale.min() + "–" + scale.max());
        }
        return Map.of();
    }
}
