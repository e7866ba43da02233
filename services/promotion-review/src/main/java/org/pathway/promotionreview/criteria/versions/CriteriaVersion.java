package org.pathway.promotionreview.criteria.versions;

import java.time.Instant;

import org.pathway.promotionreview.criteria.Criteria;

/**
 * A criteria version with where it came from, as the admin API and the readiness reports see it.
 *
 * @param source       {@code DEFAULT} or {@code ADMIN}
 * @param publishedAt  null for defaults the institution has never replaced (they were never published as such)
 */
public record CriteriaVersion(Criteria criteria, String source, Instant publishedAt, String publishedBy) {

    static CriteriaVersion defaults(Criteria criteria) {
        return new CriteriaVersion(criteria, StoredCriteria.DEFAULT, null, null);
    }
}
