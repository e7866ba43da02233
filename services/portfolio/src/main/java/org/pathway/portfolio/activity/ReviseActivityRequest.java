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
 * The whole new content of an activity (PUT replaces it). The kind is not among the fields: evidence filed under the
 * wrong kind is removed and recorded again, so consumers never see a teaching session turn into a paper. The typed
 * detail must match the stored kind; the activity checks that.
 */
@SelfChecked
record ReviseActivityRequest(
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
        return ActivityContent.inconsistencies(null, this);
    }
}
