package org.pathway.jobposting.posting;

import java.time.Instant;
import java.util.List;

import org.pathway.jobposting.posting.ClinicalTimeNorms.ClinicalTime;

/** A posting as candidates and admins read it: its figures, its transparency and the norm for its role type. */
public record PostingView(String id, String institution, PostingStatus status, String title, RoleType roleType,
        String roleLabel, String specialty, String department, String description, Location location,
        PercentRange clinicalShare, Double educationFte, Double protectedHoursPerWeek, Double clinicalHalfDaysPerWeek,
        PayRange compensation, Boolean nightsWeekends, TrainingRequirement training, List<MissionTag> missionTags,
        CandidateAnswers answers, Transparency transparency, ClinicalTime clinicalTime, Instant createdAt,
        Instant publishedAt, Instant closedAt) {

    static PostingView of(Posting posting, ClinicalTimeNorms norms) {
        PostingContent c = posting.content();
        return new PostingView(posting.id(), posting.tenant(), posting.status(), c.title(), c.roleType(),
                c.roleType().label(), c.specialty(), c.department(), c.description(), c.location(), c.clinicalShare(),
                c.educationFte(), c.protectedHoursPerWeek(), c.clinicalHalfDaysPerWeek(), c.compensation(),
                c.nightsWeekends(), c.training(), c.missionTags(), c.answers(), Transparency.of(c),
                norms.describe(posting.tenant(), c.roleType(), c.clinicalShare()), posting.createdAt(),
                posting.publishedAt(), posting.closedAt());
    }

    /** Title, specialty, department, description and what the education FTE means: what a niche is compared with. */
    public String searchableText() {
        return new PostingContent(title, roleType, specialty, department, description, location, clinicalShare,
                educationFte, protectedHoursPerWeek, clinicalHalfDaysPerWeek, compensation, nightsWeekends, training,
                missionTags, answers).searchableText();
    }
}
