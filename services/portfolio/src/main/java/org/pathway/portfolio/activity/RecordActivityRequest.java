package org.pathway.portfolio.activity;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.pathway.kit.web.SelfChecked;
import org.pathway.kit.web.SelfChecking;

/**
 * Exactly the fields a faculty member may set when recording an activity: the common ones plus the one typed detail
 * named after its kind ({@code "kind": "TEACHING"} with {@code "teaching": {...}}). The owner and the institution come
 * from the token; a body that names them (or anything else) is rejected as an unknown field.
 */
@SelfChecked
record RecordActivityRequest(
        @NotNull ActivityKind kind,
        @NotBlank @Size(max = 300) String title,
        @NotNull @PastOrPresent LocalDate occurredOn,
        LocalDate endedOn,
        @Valid TeachingDetails teaching,
        @Valid CurriculumDetails curriculum,
        @Valid ScholarshipDetails scholarship,
        @Valid LeadershipDetails leadership,
        @Valid AwardDetails award,
        @Valid MentoringDetails mentoring) implements ActivityContent, SelfChecking {

    @Override
    public Map<String, String> inconsistencies() {
        return ActivityContent.inconsistencies(kind, this);
    }
}
