package org.pathway.jobposting.posting;

import java.util.ArrayList;
import java.util.List;

/**
 * How many of the five questions candidates must ask (DOMAIN.md) the posting answers. The half-days question is
 * also answered by the structured figure, the education-FTE question by FTE plus protected hours; the other three
 * only by words.
 *
 * @param score    answered questions, 0–5
 * @param answered the questions answered, by name
 * @param missing  the questions a candidate still has to ask
 */
public record Transparency(int score, int outOf, List<String> answered, List<String> missing) {

    static final String HALF_DAYS = "clinicalHalfDays";
    static final String EDUCATION_FTE = "educationFteMeaning";
    static final String SCHEDULE = "scheduleControl";
    static final String PROMOTION = "promotionAndSalary";
    static final String LAST_PERSON = "lastPersonInRole";
    /** The five questions by name, as {@link #answered} and the board's {@code answered} filter spell them. */
    public static final String QUESTION = HALF_DAYS + "|" + EDUCATION_FTE + "|" + SCHEDULE + "|" + PROMOTION + "|"
            + LAST_PERSON;

    public static Transparency of(PostingContent content) {
        CandidateAnswers a = content.answers();
        List<String> answered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        sort(HALF_DAYS, given(a.clinicalHalfDays()) || content.clinicalHalfDaysPerWeek() != null, answered, missing);
        sort(EDUCATION_FTE, given(a.educationFteMeaning())
                || (content.educationFte() != null && content.protectedHoursPerWeek() != null), answered, missing);
        sort(SCHEDULE, given(a.scheduleControl()), answered, missing);
        sort(PROMOTION, given(a.promotionAndSalary()), answered, missing);
        sort(LAST_PERSON, given(a.lastPersonInRole()), answered, missing);
        return new Transparency(answered.size(), 5, List.copyOf(answered), List.copyOf(missing));
    }

    private static void sort(String question, boolean isAnswered, List<String> answered, List<String> missing) {
        (isAnswered ? answered : missing).add(question);
    }

    private static boolean given(String answer) {
        return answer != null && !answer.isBlank();
    }
}
