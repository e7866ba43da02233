package org.pathway.portfolio.profile;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Everything the owner may set on their profile (PUT replaces it; an absent field is cleared). Identity (user id,
 * name, email) and the institution come from the token and are not among the fields: naming them is a 400.
 * {@code clinicalFteShare} is a share of one FTE, 0–1 (0.6 = 60% clinical).
 */
record UpdateProfileRequest(
        @Size(max = 100) String specialty,
        @Size(max = 150) String department,
        AcademicRank rank,
        Track track,
        @DecimalMin("0.0") @DecimalMax("1.0") Double clinicalFteShare,
        @Valid EducationNiche educationNiche,
        @Size(max = 20) List<@NotNull @Valid FormalTraining> formalTraining,
        @Size(max = 10) List<@NotBlank @Size(max = 500) String> goals,
        @Size(max = 11) List<@NotNull EducationRole> targetRoles,
        @Valid ShareRange targetClinicalShare,
        @Valid Income minimumIncome,
        @Valid EnergyAudit energyAudit) {

    CareerProfile career() {
        return new CareerProfile(specialty, department, rank, track, clinicalFteShare, educationNiche, formalTraining,
                goals, targetRoles == null ? null : targetRoles.stream().distinct().toList(), targetClinicalShare);
    }
}
