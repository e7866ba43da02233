package org.pathway.promotionreview.criteria;

import java.util.Objects;

/** What a criteria version is for: one institution (tenant), one track, one target rank. Versions share the key. */
public record CriteriaKey(String institution, Track track, Rank targetRank) {

    public CriteriaKey {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(targetRank, "targetRank");
    }
}
