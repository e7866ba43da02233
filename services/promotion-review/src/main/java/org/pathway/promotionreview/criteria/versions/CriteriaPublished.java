package org.pathway.promotionreview.criteria.versions;

import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
/** An institution admin published a new criteria version: every candidate of the line is reassessed with it. */
public record CriteriaPublished(String tenant, Track track, Rank targetRank, int version) {
}
