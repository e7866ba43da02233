package org.pathway.promotionreview.readiness;

import java.util.Set;

import org.pathway.promotionreview.criteria.EvidenceFilter;
import org.pathway.promotionreview.criteria.EvidenceKind;
import org.pathway.promotionreview.criteria.LeadershipRole;
import org.pathway.promotionreview.criteria.ScholarshipType;

/**
 * An {@link EvidenceFilter} compiled once per criteria version into bit masks, so matching an item is a handful of
 * integer tests — the recompute of a whole institution after a criteria change runs this millions of times.
 */
final class ItemMatcher {

    private final int kindMask;
    private final int typeMask;
    private final boolean peerReviewedOnly;
    private final int minimumVenue;
    private final boolean onNiche;
    private final int roleMask;
    private final boolean needsScholarshipFacts;

    private ItemMatcher(int kindMask, int typeMask, boolean peerReviewedOnly, int minimumVenue, boolean onNiche,
                        int roleMask) {
        this.kindMask = kindMask;
        this.typeMask = typeMask;
        this.peerReviewedOnly = peerReviewedOnly;
        this.minimumVenue = minimumVenue;
        this.onNiche = onNiche;
        this.roleMask = roleMask;
        this.needsScholarshipFacts = typeMask != 0 || peerReviewedOnly || minimumVenue >= 0;
    }

    static ItemMatcher of(EvidenceFilter filter) {
        return new ItemMatcher(mask(filter.kinds()), mask(filter.scholarshipTypes()), filter.peerReviewedOnly(),
                filter.minimumVenue() == null ? -1 : filter.minimumVenue().ordinal(), filter.onNiche(),
                mask(filter.leadershipRoles()));
    }

    static ItemMatcher ofRoles(Set<LeadershipRole> roles) {
        return new ItemMatcher(bit(EvidenceKind.LEADERSHIP), 0, false, -1, false, mask(roles));
    }

    boolean matches(EvidenceItem item, boolean itemOnNiche) {
        if ((kindMask & bit(item.kind())) == 0) {
            return false;
        }
        if (onNiche && !itemOnNiche) {
            return false;
        }
        if (needsScholarshipFacts) {
            EvidenceItem.Scholarship facts = item.scholarship();
            if (facts == null) {
                return false;
            }
            ScholarshipType type = facts.type();
            if (typeMask != 0 && (type == null || (typeMask & bit(type)) == 0)) {
                return false;
            }
            if (peerReviewedOnly && !facts.peerReviewed()) {
                return false;
            }
            if (minimumVenue >= 0 && (facts.venue() == null || facts.venue().ordinal() < minimumVenue)) {
                return false;
            }
        }
        if (roleMask != 0) {
            EvidenceItem.Leadership leadership = item.leadership();
            return leadership != null && (roleMask & bit(leadership.role())) != 0;
        }
        return true;
    }

    private static int mask(Set<? extends Enum<?>> values) {
        int mask = 0;
        for (Enum<?> value : values) {
            mask |= bit(value);
        }
        return mask;
    }

    private static int bit(Enum<?> value) {
        return 1 << value.ordinal();
    }
}
