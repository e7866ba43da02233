package org.pathway.promotionreview.readiness;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

import org.pathway.promotionreview.criteria.AwardKind;
import org.pathway.promotionreview.criteria.Authorship;
import org.pathway.promotionreview.criteria.EvidenceKind;
import org.pathway.promotionreview.criteria.LeadershipRole;
import org.pathway.promotionreview.criteria.ScholarshipType;
import org.pathway.promotionreview.criteria.VenueLevel;

/**
 * One piece of a candidate's evidence as the readiness engine reads it. The kind-specific facts are optional (null) so
 * an activity the portfolio has not described in detail still counts where a rule needs no detail; where a rule does
 * (peer review, authorship, venue, hours) missing facts never count in the candidate's favour. Facts of another kind
 * than the item's are rejected: a teaching session with an authorship position is a mapping bug.
 *
 * @param id          the portfolio's activity id; unique within a candidate, and the tie-breaker for every ordering
 * @param occurredOn  when it took place or started
 * @param endedOn     when it ended; null for a single date, or for a role still held (counted up to the assessment date)
 * @param themes      niche or theme tags, compared case- and spacing-insensitively
 */
public record EvidenceItem(
        String id,
        EvidenceKind kind,
        String title,
        LocalDate occurredOn,
        LocalDate endedOn,
        Set<String> themes,
        Scholarship scholarship,
        Teaching teaching,
        Leadership leadership,
        Award award,
        Curriculum curriculum) {

    public EvidenceItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredOn, "occurredOn");
        title = title == null ? "" : title;
        if (endedOn != null && endedOn.isBefore(occurredOn)) {
            throw new IllegalArgumentException("evidence " + id + " ends before it starts");
        }
        themes = Tags.normalize(themes);
        onlyFor(EvidenceKind.SCHOLARSHIP, scholarship, kind, id);
        onlyFor(EvidenceKind.TEACHING, teaching, kind, id);
        onlyFor(EvidenceKind.LEADERSHIP, leadership, kind, id);
        onlyFor(EvidenceKind.AWARD, award, kind, id);
        onlyFor(EvidenceKind.CURRICULUM, curriculum, kind, id);
    }

    private static void onlyFor(EvidenceKind expected, Object facts, EvidenceKind kind, String id) {
        if (facts != null && kind != expected) {
            throw new IllegalArgumentException("evidence " + id + " is " + kind + " but carries "
                    + expected + " facts");
        }
    }

    /**
     * @param type                   null when not yet described
     * @param authorship             null when not yet described (never counts as first or senior)
     * @param venue                  null when not yet described (counts as below any minimum venue)
     * @param nationalWorkshopYears  for a repeated national workshop: years served as its faculty (0 when not one)
     */
    public record Scholarship(ScholarshipType type, boolean peerReviewed, Authorship authorship, VenueLevel venue,
                              int nationalWorkshopYears) {
        public Scholarship {
            if (nationalWorkshopYears < 0) {
                throw new IllegalArgumentException("nationalWorkshopYears must not be negative");
            }
        }
    }

    /**
     * @param evaluationMean  null when the session was not evaluated
     * @param scaleMin        bottom of the rating scale (e.g. 1); required with a mean
     * @param scaleMax        top of the rating scale (e.g. 5); required with a mean
     */
    public record Teaching(double hours, Double evaluationMean, Double scaleMin, Double scaleMax) {
        public Teaching {
            if (!(hours >= 0) || Double.isInfinite(hours)) {
                throw new IllegalArgumentException("teaching hours must be a non-negative number");
            }
            if (evaluationMean != null && (scaleMin == null || scaleMax == null || !(scaleMax > scaleMin)
                    || evaluationMean < scaleMin || evaluationMean > scaleMax)) {
                throw new IllegalArgumentException("an evaluation mean needs a rating scale that contains it");
            }
        }

        /** Where the mean sits on its scale, bottom = 0 %, top = 100 %. */
        boolean hasEvaluationAtLeast(int percentOfScale) {
            return evaluationMean != null
                    && (evaluationMean - scaleMin) * 100 >= percentOfScale * (scaleMax - scaleMin);
        }
    }

    /** @param level  the reach of the role; a committee role at NATIONAL or above is national presence */
    public record Leadership(LeadershipRole role, VenueLevel level) {
        public Leadership {
            Objects.requireNonNull(role, "role");
        }
    }

    public record Award(AwardKind kind) {
        public Award {
            Objects.requireNonNull(kind, "kind");
        }
    }

    public record Curriculum(boolean outcomesPreSpecified, boolean evaluated, boolean disseminated) {
    }

    // Factories keep call sites (and the later mapping from the evidence projection) short and kind-correct.

    /** Teaching rated on the common 1..{@code scaleMax} scale (null mean: not evaluated). */
    public static EvidenceItem teaching(String id, String title, LocalDate on, double hours, Double evaluationMean,
                                        Double scaleMax) {
        return new EvidenceItem(id, EvidenceKind.TEACHING, title, on, null, Set.of(), null,
                new Teaching(hours, evaluationMean, evaluationMean == null ? null : 1.0, scaleMax), null, null, null);
    }

    public static EvidenceItem scholarship(String id, String title, LocalDate on, Scholarship facts,
                                           Collection<String> themes) {
        return new EvidenceItem(id, EvidenceKind.SCHOLARSHIP, title, on, null, Set.copyOf(themes), facts, null, null,
                null, null);
    }

    public static EvidenceItem leadership(String id, String title, LocalDate from, LocalDate to, LeadershipRole role,
                                          Collection<String> themes) {
        return new EvidenceItem(id, EvidenceKind.LEADERSHIP, title, from, to, Set.copyOf(themes), null, null,
                new Leadership(role, VenueLevel.LOCAL), null, null);
    }

    public static EvidenceItem committee(String id, String title, LocalDate from, LocalDate to, LeadershipRole role,
                                         VenueLevel level, Collection<String> themes) {
        return new EvidenceItem(id, EvidenceKind.LEADERSHIP, title, from, to, Set.copyOf(themes), null, null,
                new Leadership(role, level), null, null);
    }

    public static EvidenceItem award(String id, String title, LocalDate on, AwardKind kind) {
        return new EvidenceItem(id, EvidenceKind.AWARD, title, on, null, Set.of(), null, null, null, new Award(kind),
                null);
    }

    public static EvidenceItem curriculum(String id, String title, LocalDate on, Curriculum facts,
                                          Collection<String> themes) {
        return new EvidenceItem(id, EvidenceKind.CURRICULUM, title, on, null, Set.copyOf(themes), null, null, null,
                null, facts);
    }

    public static EvidenceItem mentoring(String id, String title, LocalDate on) {
        return new EvidenceItem(id, EvidenceKind.MENTORING, title, on, null, Set.of(), null, null, null, null, null);
    }
}
