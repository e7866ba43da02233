package org.pathway.jobposting.candidate;

import java.util.List;
import java.util.Set;

import org.pathway.jobposting.posting.RoleType;
import org.pathway.jobposting.posting.TrainingKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What job-posting knows of a faculty member, projected from ProfileUpdated ({@code portfolio.profiles}): their
 * targets, nothing private (the minimum income never leaves the portfolio; a candidate passes it per request).
 * Id {@code <institution>/<userId>}.
 *
 * @param targetClinicalShare percent 0–100 (the event carries shares 0–1), null when not set
 * @param trainingHeld        kinds completed
 * @param trainingInProgress  kinds started, not completed
 */
@Document("candidates")
public record Candidate(
        @Id String id,
        String tenant,
        String userId,
        int revision,
        Range targetClinicalShare,
        Set<TrainingKind> trainingHeld,
        Set<TrainingKind> trainingInProgress,
        String nicheTheme,
        List<String> nicheTags,
        Set<RoleType> targetRoles,
        String lastEventId) {

    public static String idOf(String tenant, String userId) {
        return tenant + "/" + userId;
    }

    /** Percent of one FTE. */
    public record Range(double min, double max) {
    }
}
