package org.pathway.mentoringmatch.mentor;

import java.time.Instant;
import java.util.List;

import org.pathway.mentoringmatch.scoring.AcademicRank;
import org.pathway.mentoringmatch.scoring.EducationRole;
import org.pathway.mentoringmatch.scoring.RequestKind;
import org.pathway.mentoringmatch.scoring.TimeWindow;

/** The mentor's own profile as they see it. */
record MentorView(String id, String institution, String name, List<EducationRole> roles, AcademicRank rank,
        List<String> niches, int capacity, int activeMentees, List<TimeWindow> availability,
        List<RequestKind> acceptedKinds, boolean acceptsExternal, boolean paused, Instant updatedAt) {

    static MentorView of(Mentor mentor) {
        return new MentorView(mentor.id(), mentor.tenant(), mentor.name(), mentor.roles(), mentor.rank(), mentor.niches(),
                mentor.capacity(), mentor.activeMentees(), mentor.availability(), mentor.acceptedKinds(),
                mentor.acceptsExternal(), mentor.paused(), mentor.updatedAt());
    }
}
