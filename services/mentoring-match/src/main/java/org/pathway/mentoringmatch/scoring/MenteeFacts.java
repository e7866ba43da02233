package org.pathway.mentoringmatch.scoring;

import java.util.Set;

/**
 * What the scorer knows of a mentee and their request: from the request itself and the {@code mentees} projection of
 * portfolio's ProfileUpdated. {@code readinessGaps} are the gap categories of promotion-review's latest
 * ReadinessAssessed (e.g. {@code SCHOLARSHIP}); empty while no assessment is known or nothing is missing.
 */
public record MenteeFacts(String institution, String userId, Set<String> nicheTags, AcademicRank rank,
        Set<EducationRole> targetRoles, RequestKind kind, boolean openToExternal, Set<String> readinessGaps) {

    public MenteeFacts {
        nicheTags = nicheTags == null ? Set.of() : Set.copyOf(nicheTags);
        targetRoles = targetRoles == null ? Set.of() : Set.copyOf(targetRoles);
        readinessGaps = readinessGaps == null ? Set.of() : Set.copyOf(readinessGaps);
    }
}
