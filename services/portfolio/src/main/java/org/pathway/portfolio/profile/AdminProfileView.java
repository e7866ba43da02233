package org.pathway.portfolio.profile;

import java.time.Instant;
import java.util.List;

/**
 * An institution admin's view of a faculty member. It has no field for the minimum income or the energy audit: what
 * is not in the record cannot be serialized by mistake.
 */
public record AdminProfileView(String userId, String institution, String name, String email, String specialty,
        String department, AcademicRank rank, Track track, Double clinicalFteShare, EducationNiche educationNiche,
        List<FormalTraining> formalTraining, List<String> goals, List<EducationRole> targetRoles,
        ShareRange targetClinicalShare, int revision, Instant updatedAt) {

    static AdminProfileView of(Profile profile) {
        CareerProfile c = profile.career();
        return new AdminProfileView(profile.userId(), profile.tenant(), profile.name(), profile.email(), c.specialty(),
                c.department(), c.rank(), c.track(), c.clinicalFteShare(), c.educationNiche(), c.formalTraining(),
                c.goals(), c.targetRoles(), c.targetClinicalShare(), profile.revision(), profile.updatedAt());
    }
}
