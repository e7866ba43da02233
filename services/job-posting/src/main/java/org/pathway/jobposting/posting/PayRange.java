package org.pathway.jobposting.posting;

import java.util.Map;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.pathway.kit.web.SelfChecked;
import org.pathway.kit.web.SelfChecking;

/** Total annual compensation, whole currency units; ISO 4217 currency code. */
@SelfChecked
public record PayRange(
        @NotNull @Min(0) Long min,
        @NotNull @Min(0) Long max,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency)
        implements SelfChecking {

    @Override
    public Map<String, String> inconsistencies() {
        if (min != null && max != null && max < min) {
            return Map.of("max", "must not be below min");
        }
        return Map.of();
    }

    public String text() {
        return "%,d–%,d %s".formatted(min, max, currency);
    }
}
