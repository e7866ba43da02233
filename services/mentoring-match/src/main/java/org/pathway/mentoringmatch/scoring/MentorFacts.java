package org.pathway.mentoringmatch.scoring;

import java.util.List;
import java.util.Set;

/** What the scorer knows of a mentor: their profile, and how many mentees they can still take. */
public record MentorFacts(String institution, String userId, Set<EducationRole> roles, Set<String> nicheTags,
        AcademicRank rank, Set<RequestKind> acceptedKinds, boolean acceptsExternal, boolean paused, int freeSlots,
        List<TimeWindow> availability) {

    public MentorFacts {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        nicheTags = nicheTags == null ? Set.of() : Set.copyOf(nicheTags);
        acceptedKinds = acceptedKinds == null ? Set.of() : Set.copyOf(acceptedKinds);
        availability = availability == null ? List.of() : List.copyOf(availability);
    }
}
