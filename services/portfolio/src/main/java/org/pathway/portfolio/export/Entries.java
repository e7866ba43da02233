package org.pathway.portfolio.export;

import static org.pathway.portfolio.export.Labels.joined;
import static org.pathway.portfolio.export.Labels.number;
import static org.pathway.portfolio.export.Labels.of;
import static org.pathway.portfolio.export.Labels.period;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pathway.portfolio.activity.ActivityView;
import org.pathway.portfolio.activity.AwardDetails;
import org.pathway.portfolio.activity.CurriculumDetails;
import org.pathway.portfolio.activity.LeadershipDetails;
import org.pathway.portfolio.activity.MentoringDetails;
import org.pathway.portfolio.activity.MentoringDirection;
import org.pathway.portfolio.activity.ScholarshipDetails;
import org.pathway.portfolio.activity.TeachingDetails;

/**
 * One activity as a document entry, the same in the CV and in the educator portfolio: its title and dates, then the
 * kind-specific facts a reader weighs. Scholarship prints as its formatted reference.
 */
final class Entries {

    private final Map<String, String> citations;

    Entries(List<ActivityView> activities) {
        this.citations = Citations.format(activities);
    }

    Sheet.Entry entry(ActivityView activity) {
        return switch (activity.kind()) {
            case TEACHING -> teaching(activity, activity.teaching());
            case CURRICULUM -> curriculum(activity, activity.curriculum());
            case SCHOLARSHIP -> scholarship(activity, activity.scholarship());
            case LEADERSHIP -> leadership(activity, activity.leadership());
            case AWARD -> award(activity, activity.award());
            case MENTORING -> mentoring(activity, activity.mentoring());
        };
    }

    List<Sheet.Entry> entries(List<ActivityView> activities) {
        return activities.stream().map(this::entry).toList();
    }

    private static String headline(ActivityView activity, boolean ongoing) {
        String when = period(activity.occurredOn(), activity.endedOn(), ongoing);
        return when.isEmpty() ? activity.title() : activity.title() + " (" + when + ")";
    }

    private static Sheet.Entry teaching(ActivityView activity, TeachingDetails teaching) {
        List<String> details = new ArrayList<>();
        details.add(joined(number(teaching.hours()) + " h", of(teaching.learnerLevel()),
                teaching.learnerCount() == null ? null : teaching.learnerCount() + " learners"));
        if (teaching.evaluation() != null) {
            details.add("Learner evaluation: " + number(teaching.evaluation().mean()) + " on a "
                    + number(teaching.evaluation().scale().min()) + "\u2013" + number(teaching.evaluation().scale().max())
                    + " scale" + (teaching.evaluation().respondents() == null ? ""
                            : " (" + teaching.evaluation().respondents() + " respondents)"));
        }
        if (teaching.beforeAfter() != null) {
            details.add("Revamped: rated " + number(teaching.beforeAfter().before()) + " before, "
                    + number(teaching.beforeAfter().after()) + " after (scale " + number(teaching.beforeAfter().scale().min())
                    + "\u2013" + number(teaching.beforeAfter().scale().max()) + ")");
        }
        teaching.comments().stream().limit(3).forEach(comment -> details.add("\u201c" + comment + "\u201d"));
        return new Sheet.Entry(headline(activity, false), details);
    }

    private static Sheet.Entry curriculum(ActivityView activity, CurriculumDetails curriculum) {
        return Sheet.Entry.of(headline(activity, false),
                curriculum.outcomes().isEmpty() ? null : "Outcomes: " + String.join("; ", curriculum.outcomes()),
                curriculum.evaluationData() == null ? null : "Evaluation: " + curriculum.evaluationData(),
                Boolean.TRUE.equals(curriculum.disseminated()) ? "Disseminated beyond the institution"
                        : "Local, not disseminated");
    }

    private Sheet.Entry scholarship(ActivityView activity, ScholarshipDetails scholarship) {
        String reference = citations.getOrDefault(activity.id(), headline(activity, false));
        return Sheet.Entry.of(reference, joined(of(scholarship.type()), of(scholarship.authorship()) + " author",
                of(scholarship.venueLevel()), Boolean.TRUE.equals(scholarship.peerReviewed()) ? "peer-reviewed" : null,
                scholarship.pmid() == null ? null : "PMID " + scholarship.pmid(),
                scholarship.theme() == null ? null : "theme: " + scholarship.theme()));
    }

    private static Sheet.Entry leadership(ActivityView activity, LeadershipDetails leadership) {
        return Sheet.Entry.of(headline(activity, true), joined(of(leadership.role()), leadership.scope(),
                of(leadership.level()),
                leadership.protectedFte() == null ? null : number(leadership.protectedFte()) + " FTE protected"));
    }

    private static Sheet.Entry award(ActivityView activity, AwardDetails award) {
        return Sheet.Entry.of(headline(activity, false),
                joined(of(award.kind()), "awarded by " + award.awardedBy(), of(award.level())));
    }

    private static Sheet.Entry mentoring(ActivityView activity, MentoringDetails mentoring) {
        String counterpart = (mentoring.direction() == MentoringDirection.GIVEN ? "Mentee: " : "Mentor: ")
                + mentoring.counterpart();
        return Sheet.Entry.of(headline(activity, false), joined(counterpart, of(mentoring.format())));
    }
}
