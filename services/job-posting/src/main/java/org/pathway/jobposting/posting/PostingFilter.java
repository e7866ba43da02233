package org.pathway.jobposting.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * What a candidate searches by, as query parameters or as a saved search. Every field is optional; all given ones
 * must hold. One meaning for both uses: {@link #criteria()} (Mongo, indexed fields and regex, no {@code $text}) and
 * {@link #matches(PostingFacts)} (the alert matcher, in memory) agree, which a test checks.
 *
 * @param clinicalShareAtMost percent 0–100: the posting's highest clinical share must not exceed it
 * @param minimumPay          the posting's compensation must reach it (the top of its range)
 * @param noNightsWeekends    true: only postings without nights and weekends
 * @param location            text the posting's location contains, case-insensitive
 * @param training            the kinds of formal training the candidate holds: postings requiring none of them
 *                            are excluded (postings requiring nothing always pass)
 * @param protectedHoursAtLeast hours a week of education time free of clinical duties the posting must state at
 *                            least; a posting that states none is excluded (an unstated figure is no promise)
 * @param answered            questions (by {@link Transparency}'s names) the posting must answer, e.g.
 *                            {@code promotionAndSalary} for a documented promotion path, {@code scheduleControl}
 */
public record PostingFilter(
        RoleType roleType,
        @DecimalMin("0") @DecimalMax("100") Double clinicalShareAtMost,
        @Min(0) Long minimumPay,
        Boolean noNightsWeekends,
        MissionTag mission,
        @Size(max = 100) String location,
        @Size(max = 4) List<@NotNull TrainingKind> training,
        @DecimalMin("0") @DecimalMax("80") Double protectedHoursAtLeast,
        @Size(max = 5)
        List<@NotNull @jakarta.validation.constraints.Pattern(regexp = Transparency.QUESTION) String> answered) {

    /** A non-blank answer: blank ones leave the question open, as {@link Transparency} counts them. */
    private static final Pattern SOME_TEXT = Pattern.compile("\\S");

    public static final PostingFilter ANY = new PostingFilter(null, null, null, null, null, null, null, null, null);

    public PostingFilter {
        location = location == null || location.isBlank() ? null : location.strip();
        training = training == null ? null : training.stream().distinct().toList();
        answered = answered == null || answered.isEmpty() ? null : answered.stream().distinct().toList();
    }

    public boolean excludesNightsWeekends() {
        return Boolean.TRUE.equals(noNightsWeekends);
    }

    /** The Mongo criteria over {@code postings} documents, all to hold (the status is the caller's business). */
    List<Criteria> criteria() {
        List<Criteria> all = new ArrayList<>();
        if (roleType != null) {
            all.add(Criteria.where("content.roleType").is(roleType));
        }
        if (clinicalShareAtMost != null) {
            all.add(Criteria.where("content.clinicalShare.max").lte(clinicalShareAtMost));
        }
        if (minimumPay != null) {
            all.add(Criteria.where("content.compensation.max").gte(minimumPay));
        }
        if (excludesNightsWeekends()) {
            all.add(Criteria.where("content.nightsWeekends").is(false));
        }
        if (mission != null) {
            all.add(Criteria.where("content.missionTags").is(mission));
        }
        if (location != null) {
            all.add(Criteria.where("content.location.text")
                    .regex(Pattern.compile(Pattern.quote(location), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        if (training != null) {
            all.add(new Criteria().orOperator(Criteria.where("content.training.required").size(0),
                    Criteria.where("content.training.required").in(training)));
        }
        if (protectedHoursAtLeast != null) {
            all.add(Criteria.where("content.protectedHoursPerWeek").gte(protectedHoursAtLeast));
        }
        if (answered != null) {
            answered.stream().map(PostingFilter::answers).forEach(all::add);
        }
        return all;
    }

    /** Whether a posting answers the question, as {@link Transparency#of(PostingContent)} decides it, in Mongo. */
    private static Criteria answers(String question) {
        Criteria inWords = Criteria.where("content.answers." + question).regex(SOME_TEXT);
        return switch (question) {
            case Transparency.HALF_DAYS -> new Criteria().orOperator(inWords,
                    Criteria.where("content.clinicalHalfDaysPerWeek").ne(null));
            case Transparency.EDUCATION_FTE -> new Criteria().orOperator(inWords, new Criteria().andOperator(
                    Criteria.where("content.educationFte").ne(null),
                    Criteria.where("content.protectedHoursPerWeek").ne(null)));
            default -> inWords;
        };
    }

    /** The same test as {@link #criteria()}, on a posting's facts. */
    public boolean matches(PostingFacts posting) {
        return (roleType == null || roleType == posting.roleType())
                && (clinicalShareAtMost == null || posting.clinicalShareMax() <= clinicalShareAtMost)
                && (minimumPay == null || posting.payMax() >= minimumPay)
                && (!excludesNightsWeekends() || !posting.nightsWeekends())
                && (mission == null || posting.missionTags().contains(mission))
                && (location == null || posting.locationText().toLowerCase(Locale.ROOT)
                        .contains(location.toLowerCase(Locale.ROOT)))
                && (training == null || posting.trainingRequired().isEmpty()
                        || posting.trainingRequired().stream().anyMatch(training::contains))
                && (protectedHoursAtLeast == null || posting.protectedHoursPerWeek() != null
                        && posting.protectedHoursPerWeek() >= protectedHoursAtLeast)
                && (answered == null || posting.answered().containsAll(answered));
    }
}
