package org.pathway.portfolio.profile;

import java.util.List;

/** The shareable part of a profile: what ProfileUpdated carries and what an institution admin may read. */
record CareerProfile(
        String specialty,
        String department,
        AcademicRank rank,
        Track track,
        Double clinicalFteShare,
        EducationNiche educationNiche,
        List<FormalTraining> formalTraining,
        List<String> goals,
        List<EducationRole> targetRoles,
        ShareRange targetClinicalShare) {

    static final CareerProfile EMPTY = new CareerProfile(null, null, null, null, null, null, List.of(), List.of(),
            List.of(), null);

    CareerProfile {
        formalTraining = formalTraining == null ? List.of() : List.copyOf(formalTraining);
        goals = goals == null ? List.of() : List.copyOf(goals);
        targetRoles = targetRoles == null ? List.of() : List.copyOf(targetRoles);
    }

    CareerProfile withAppointment(AcademicRank newRank, Track newTrack) {
        return new CareerProfile(specialty, department, newRank, newTrack, clinicalFteShare, educationNiche,
                formalTraining, goals, targetRoles, targetClinicalShare);
    }
}
