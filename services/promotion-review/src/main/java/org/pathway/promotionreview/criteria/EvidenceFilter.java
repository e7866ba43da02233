package org.pathway.promotionreview.criteria;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which evidence items an {@link Requirement.EvidenceCount} counts. Empty sets mean "any"; {@code minimumVenue} may be
 * null for "any venue". Scholarship-only conditions (types, peer review, venue) and leadership roles are only valid when
 * the filter counts that single kind; {@link CriteriaValidator} enforces it.
 */
public record EvidenceFilter(
        Set<EvidenceKind> kinds,
        Set<ScholarshipType> scholarshipTypes,
        boolean peerReviewedOnly,
        VenueLevel minimumVenue,
        boolean onNiche,
        Set<LeadershipRole> leadershipRoles) {

    public EvidenceFilter {
        kinds = frozen(kinds, EvidenceKind.class);
        scholarshipTypes = frozen(scholarshipTypes, ScholarshipType.class);
        leadershipRoles = frozen(leadershipRoles, LeadershipRole.class);
    }

    // EnumSet copies keep enum order, so a filter prints and serializes the same way every time.
    private static <E extends Enum<E>> Set<E> frozen(Set<E> values, Class<E> type) {
        Objects.requireNonNull(values, "filter sets must not be null; use an empty set for any");
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }
}
