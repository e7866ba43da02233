package org.pathway.jobposting.posting;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Everything an institution admin writes on a posting (the request body of create and revise, stored as is). The
 * institution, status and dates are not among the fields: the token and the lifecycle set them, naming them is a 400.
 * Clinical share is in percent of one FTE (0–100); {@code educationFte} is a share of one FTE (0–1);
 * {@code protectedHoursPerWeek} is education time free of clinical duties.
 */
public record PostingContent(
        @NotBlank @Size(max = 200) String title,
        @NotNull RoleType roleType,
        @Size(max = 100) String specialty,
        @Size(max = 150) String department,
        @Size(max = 5000) String description,
        @NotNull @Valid Location location,
        @NotNull @Valid PercentRange clinicalShare,
        @DecimalMin("0") @DecimalMax("1") Double educationFte,
        @DecimalMin("0") @DecimalMax("80") Double protectedHoursPerWeek,
        @DecimalMin("0") @DecimalMax("10") Double clinicalHalfDaysPerWeek,
        @NotNull @Valid PayRange compensation,
        @NotNull Boolean nightsWeekends,
        @Valid TrainingRequirement training,
        @Size(max = 4) List<@NotNull MissionTag> missionTags,
        @Valid CandidateAnswers answers) {

    public PostingContent {
        training = training == null ? TrainingRequirement.NONE : training;
        missionTags = missionTags == null ? List.of() : missionTags.stream().distinct().toList();
        answers = answers == null ? CandidateAnswers.NONE : answers;
    }

    /** The words a candidate's niche is compared with. */
    public String searchableText() {
        return String.join(" ", nonNull(title), nonNull(specialty), nonNull(department), nonNull(description),
                nonNull(answers.educationFteMeaning()));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
