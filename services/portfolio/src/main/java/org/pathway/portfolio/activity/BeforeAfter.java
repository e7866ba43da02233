package org.pathway.portfolio.activity;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.pathway.kit.web.SelfChecked;
import org.pathway.kit.web.SelfChecking;

/** Ratings of a session before and after it was revamped, on one scale: the growth committees look for. */
@SelfChecked
public record BeforeAfter(@NotNull Double before, @NotNull Double after, @NotNull @Valid RatingScale scale) implements SelfChecking {

    @Override
    public Map<String, String> inconsistencies() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (scale != null && scale.hasBounds()) {
            String message = "must be within the scale " + scale.min() + "–" + scale.max();
            if (before != null && !scale.contains(before)) {
                problems.put("before", message);
            }
            if (after != null && !scale.contains(after)) {
                problems.put("after", message);
            }
        }
        return problems;
    }
}
