package org.pathway.jobposting.posting;

import java.util.List;
import java.util.Objects;

/** The facts of a published posting that filters test, whether read from the store or from PostingPublished. */
public record PostingFacts(RoleType roleType, double clinicalShareMax, long payMax, boolean nightsWeekends,
        List<MissionTag> missionTags, String locationText, List<TrainingKind> trainingRequired,
        Double protectedHoursPerWeek, List<String> answered) {

    public PostingFacts {
        Objects.requireNonNull(roleType, "roleType");
        missionTags = missionTags == null ? List.of() : List.copyOf(missionTags);
        locationText = locationText == null ? "" : locationText;
        trainingRequired = trainingRequired == null ? List.of() : List.copyOf(trainingRequired);
        answered = answered == null ? List.of() : List.copyOf(answered);
    }

    public static PostingFacts of(PostingContent content) {
        return new PostingFacts(content.roleType(), content.clinicalShare().max(), content.compensation().max(),
                Boolean.TRUE.equals(content.nightsWeekends()), content.missionTags(), content.location().text(),
                content.training().required(), content.protectedHoursPerWeek(), Transparency.of(content).answered());
    }
}
