package org.pathway.portfolio.profile;

import java.time.Instant;
import java.util.List;

/** The owner's view: everything, the private fields included. */
public record ProfileView(String userId, String institution, String name, String email, String specialty, String department,
        AcademicRank rank, Track track, Double clinicalFteShare, EducationNiche educationNiche,
        List<FormalTraining> formalTraining, List<String> goals, List<EducationRole> targetRoles,
        ShareRange targetClinicalShare, Income minimumIncome, EnergyAudit energyAudit, int revision,
        Instant updatedAt) {

    static ProfileView of(Profile profile) {
        CareerProfile c = profile.career();
        return new ProfileView(profile.userId(), profile.tenant(), profile.name(), profile.email(), c.specialty(),
                c.department(), c.rank(), c.track(), c.clinicalFteShare(), c.educationNiche(), c.formalTraining(),
                c.goals(), c.targetRoles(), c.targetClinicalShare(), profile.minimumIncome(), profile.energyAudit(),
                profile.revision(), profile.updatedAt());
    }
}
