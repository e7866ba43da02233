package org.pathway.portfolio.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * One teaching session read from an evaluation file, stored as a TEACHING activity with exactly the validation a
 * typed one gets. The scale's bounds travel as numbers; a mean outside them is refused like in the form.
 */
public record ImportedTeaching(String title, LocalDate occurredOn, Double hours, LearnerLevel learnerLevel,
        Integer learnerCount, Double mean, Double scaleMin, Double scaleMax, Integer respondents,
        List<String> comments) {

    RecordActivityRequest toRequest() {
        Evaluation evaluation = mean == null && scaleMin == null && scaleMax == null ? null
                : new Evaluation(mean, new RatingScale(scaleMin, scaleMax), respondents);
        return new RecordActivityRequest(ActivityKind.TEACHING, title, occurredOn, null,
                new TeachingDetails(hours, learnerLevel, learnerCount, evaluation, null, comments), null, null, null,
                null, null);
    }
}
