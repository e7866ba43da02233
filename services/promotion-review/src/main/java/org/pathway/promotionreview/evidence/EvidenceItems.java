package org.pathway.promotionreview.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pathway.promotionreview.criteria.Authorship;
import org.pathway.promotionreview.criteria.AwardKind;
import org.pathway.promotionreview.criteria.EvidenceKind;
import org.pathway.promotionreview.criteria.LeadershipRole;
import org.pathway.promotionreview.criteria.ScholarshipType;
import org.pathway.promotionreview.criteria.VenueLevel;
import org.pathway.promotionreview.readiness.EvidenceItem;

/**
 * Reads the evidence projection's documents as the engine's {@link EvidenceItem}s. The projection keeps each kind's
 * facts as the portfolio published them ({@code portfolio.activities} v1, field names of its typed details), so this
 * is the one place that knows that vocabulary. Tolerant like the consumer: a value this version does not know (a new
 * enum constant, a broken rating scale) becomes "not described", which never counts in the candidate's favour, instead
 * of failing the whole report. Only the scholarship detail carries a theme, so only scholarship can be on the niche.
 */
public final class EvidenceItems {

    private EvidenceItems() {
    }

    /** Empty when the document cannot be evidence at all (unknown kind, no date). */
    public static Optional<EvidenceItem> of(Evidence evidence) {
        EvidenceKind kind = enumOf(EvidenceKind.class, evidence.kind());
        if (kind == null || evidence.occurredOn() == null || evidence.activityId() == null) {
            return Optional.empty();
        }
        Map<?, ?> d = evidence.details() == null ? Map.of() : evidence.details();
        var endedOn = evidence.endedOn() != null && evidence.endedOn().isBefore(evidence.occurredOn())
                ? null : evidence.endedOn();
        Set<String> themes = Set.of();
        EvidenceItem.Scholarship scholarship = null;
        EvidenceItem.Teaching teaching = null;
        EvidenceItem.Leadership leadership = null;
        EvidenceItem.Award award = null;
        EvidenceItem.Curriculum curriculum = null;
        switch (kind) {
            case TEACHING -> teaching = teaching(d);
            case SCHOLARSHIP -> {
                scholarship = new EvidenceItem.Scholarship(enumOf(ScholarshipType.class, d.get("type")),
                        Boolean.TRUE.equals(d.get("peerReviewed")), enumOf(Authorship.class, d.get("authorship")),
                        enumOf(VenueLevel.class, d.get("venueLevel")), 0);
                themes = d.get("theme") instanceof String theme && !theme.isBlank() ? Set.of(theme) : Set.of();
            }
            case LEADERSHIP -> {
                LeadershipRole role = enumOf(LeadershipRole.class, d.get("role"));
                leadership = role == null ? null : new EvidenceItem.Leadership(role, enumOf(VenueLevel.class,
                        d.get("level")));
            }
            case AWARD -> {
                AwardKind awardKind = enumOf(AwardKind.class, d.get("kind"));
                award = awardKind == null ? null : new EvidenceItem.Award(awardKind);
            }
            case CURRICULUM -> curriculum = new EvidenceItem.Curriculum(
                    d.get("outcomes") instanceof Collection<?> outcomes && !outcomes.isEmpty(),
                    d.get("evaluationData") instanceof String data && !data.isBlank(),
                    Boolean.TRUE.equals(d.get("disseminated")));
            case MENTORING -> {
                // No facts the engine reads: mentoring counts only through requirements written for it.
            }
        }
        return Optional.of(new EvidenceItem(evidence.activityId(), kind, evidence.title(), evidence.occurredOn(),
                endedOn, themes, scholarship, teaching, leadership, award, curriculum));
    }

    /** Every document that can be evidence, in any order (the engine sorts). */
    public static List<EvidenceItem> of(Collection<Evidence> evidence) {
        return evidence.stream().map(EvidenceItems::of).flatMap(Optional::stream).toList();
    }

    private static EvidenceItem.Teaching teaching(Map<?, ?> d) {
        Double hours = number(d.get("hours"));
        if (hours == null || !(hours >= 0) || hours.isInfinite()) {
            return null;
        }
        if (d.get("evaluation") instanceof Map<?, ?> evaluation && evaluation.get("scale") instanceof Map<?, ?> scale) {
            Double mean = number(evaluation.get("mean"));
            Double min = number(scale.get("min"));
            Double max = number(scale.get("max"));
            if (mean != null && min != null && max != null && max > min && mean >= min && mean <= max) {
                return new EvidenceItem.Teaching(hours, mean, min, max);
            }
        }
        return new EvidenceItem.Teaching(hours, null, null, null);
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, Object value) {
        if (!(value instanceof String name)) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
