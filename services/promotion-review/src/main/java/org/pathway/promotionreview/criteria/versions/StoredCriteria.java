package org.pathway.promotionreview.criteria.versions;

import java.time.Instant;

import org.pathway.promotionreview.criteria.Criteria;
import org.pathway.promotionreview.criteria.CriteriaDraft;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One immutable criteria version as stored: the validated criteria's {@link Criteria#toDraft() draft} plus its version.
 * The id is {@code <tenant>/<track>/<targetRank>/v<version>}, so two admins publishing the same next version race on
 * the primary key and exactly one wins, without a transaction. Never updated after insert, except
 * {@code recomputedAt}, which is bookkeeping of the live reports, not part of the criteria.
 *
 * @param source        {@code DEFAULT} for the shipped defaults (frozen as version 1 when the institution first
 *                      publishes its own), {@code ADMIN} for an institution admin's version
 * @param recomputedAt  when every candidate of the line was reassessed with this version; null until then
 */
@Document("criteria")
@CompoundIndex(name = "tenant_line_version", def = "{'tenant': 1, 'track': 1, 'targetRank': 1, 'version': -1}")
record StoredCriteria(
        @Id String id,
        String tenant,
        Track track,
        Rank targetRank,
        int version,
        CriteriaDraft draft,
        String source,
        Instant publishedAt,
        String publishedBy,
        Instant recomputedAt) {

    static final String DEFAULT = "DEFAULT";
    static final String ADMIN = "ADMIN";

    static String idOf(String tenant, Track track, Rank targetRank, int version) {
        return tenant + "/" + track + "/" + targetRank + "/v" + version;
    }

    static StoredCriteria of(Criteria criteria, String source, Instant publishedAt, String publishedBy) {
        return new StoredCriteria(idOf(criteria.institution(), criteria.track(), criteria.targetRank(),
                criteria.version()), criteria.institution(), criteria.track(), criteria.targetRank(),
                criteria.version(), criteria.toDraft(), source, publishedAt, publishedBy,
                DEFAULT.equals(source) ? publishedAt : null);
    }

    /** Stored versions passed validation when published; restoring re-validates them, so a stored typo cannot hide. */
    Criteria criteria() {
        return Criteria.of(draft, version);
    }
}
