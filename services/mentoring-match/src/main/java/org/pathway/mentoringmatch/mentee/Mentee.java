package org.pathway.mentoringmatch.mentee;

import java.time.Instant;
import java.util.List;

import org.pathway.mentoringmatch.scoring.AcademicRank;
import org.pathway.mentoringmatch.scoring.EducationRole;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The {@code mentees} projection: what portfolio's ProfileUpdated says about a faculty member that matching reads
 * (niche, rank, track, target roles), the gap categories of promotion-review's latest ReadinessAssessed, plus this
 * service's own count of the mentee's open requests. Id
 * {@code <institution>:<userId>}. The profile fields are written by the consumer, {@code openRequests} only by
 * conditional {@code $inc}; neither overwrites the other.
 */
@Document("mentees")
public record Mentee(@Id String id, String tenant, String userId, String name, AcademicRank rank, String track,
        String nicheTheme, List<String> nicheTags, List<EducationRole> targetRoles, Integer revision,
        List<String> readinessGaps, Instant readinessAssessedAt, int openRequests) {

    public Mentee {
        nicheTags = nicheTags == null ? List.of() : List.copyOf(nicheTags);
        targetRoles = targetRoles == null ? List.of() : List.copyOf(targetRoles);
        readinessGaps = readinessGaps == null ? List.of() : List.copyOf(readinessGaps);
    }

    public static String idOf(String tenant, String userId) {
        return tenant + ":" + userId;
    }

    /** Someone whose profile has not arrived yet: matched on their request alone. */
    public static Mentee unknown(String tenant, String userId) {
        return new Mentee(idOf(tenant, userId), tenant, userId, null, null, null, null, List.of(), List.of(), null,
                List.of(), null, 0);
    }
}
