package org.pathway.mentoringmatch.mentor;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.pathway.mentoringmatch.scoring.AcademicRank;
import org.pathway.mentoringmatch.scoring.EducationRole;
import org.pathway.mentoringmatch.scoring.MentorFacts;
import org.pathway.mentoringmatch.scoring.RequestKind;
import org.pathway.mentoringmatch.scoring.TimeWindow;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A mentor's opt-in profile. Id {@code <institution>:<userId>}. {@code activeMentees} is only ever changed by
 * conditional {@code $inc} updates ({@link Mentors#reserveSlot}, {@link Mentors#releaseSlot}) and the profile fields
 * only by {@code $set}, so a profile edit never overwrites a concurrent accept: the document is never saved whole.
 */
@Document("mentors")
@CompoundIndex(name = "tenant_paused", def = "{'tenant': 1, 'paused': 1}")
@CompoundIndex(name = "external_paused", def = "{'acceptsExternal': 1, 'paused': 1}")
public record Mentor(@Id String id, String tenant, String userId, String name, String email, List<EducationRole> roles,
        AcademicRank rank, List<String> niches, int capacity, int activeMentees, List<TimeWindow> availability,
        List<RequestKind> acceptedKinds, boolean acceptsExternal, boolean paused, Instant optedInAt, Instant updatedAt) {

    public Mentor {
        roles = roles == null ? List.of() : List.copyOf(roles);
        niches = niches == null ? List.of() : List.copyOf(niches);
        availability = availability == null ? List.of() : List.copyOf(availability);
        acceptedKinds = acceptedKinds == null ? List.of() : List.copyOf(acceptedKinds);
    }

    public static String idOf(String tenant, String userId) {
        return tenant + ":" + userId;
    }

    public int freeSlots() {
        return Math.max(0, capacity - activeMentees);
    }

    /** The scorer's view, with the places still free after {@code pendingProposals} outstanding proposals. */
    public MentorFacts facts(int pendingProposals) {
        return new MentorFacts(tenant, userId, Set.copyOf(roles), Set.copyOf(niches), rank, Set.copyOf(acceptedKinds),
                acceptsExternal, paused, freeSlots() - pendingProposals, availability);
    }
}
