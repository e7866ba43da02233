package org.pathway.mentoringmatch.mentor;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathway.mentoringmatch.scoring.AcademicRank;
import org.pathway.mentoringmatch.scoring.EducationRole;
import org.pathway.mentoringmatch.scoring.RequestKind;

/**
 * What a mentor states when opting in or editing: every field a client may set, nothing else (no tenant, owner,
 * current mentees or pause state). Unknown roles or kinds are rejected by the kit with the allowed values.
 */
record MentorProfileRequest(
        @NotNull @Size(max = 11) List<@NotNull EducationRole> roles,
        AcademicRank rank,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 80) String> niches,
        @NotNull @Min(0) @Max(50) Integer capacity,
        @NotNull @Size(max = 50) List<@Valid @NotNull Window> availability,
        @NotEmpty @Size(max = 4) List<@NotNull RequestKind> acceptedKinds,
        Boolean acceptsExternal) {

    /** Consent is never assumed: absent means no. */
    boolean externalWelcome() {
        return Boolean.TRUE.equals(acceptsExternal);
    }

    record Window(@NotNull Instant start, @NotNull Instant end) {
    }
}
