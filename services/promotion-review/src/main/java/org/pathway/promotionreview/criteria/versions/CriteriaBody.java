package org.pathway.promotionreview.criteria.versions;

import java.util.List;

import org.pathway.promotionreview.criteria.CriteriaDraft;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;

/**
 * What an institution admin writes for a new version: the draft without institution, track or target rank, which come
 * from the token and the path. Field names match {@link CriteriaDraft}, so a violation's path names the body's field.
 */
public record CriteriaBody(
        List<CriteriaDraft.RequirementDraft> requirements,
        CriteriaDraft.WeightsDraft weights,
        CriteriaDraft.ThresholdsDraft thresholds) {

    public CriteriaDraft toDraft(String tenant, Track track, Rank targetRank) {
        return new CriteriaDraft(tenant, track.name(), targetRank.name(), requirements, weights, thresholds);
    }

    static CriteriaBody of(CriteriaDraft draft) {
        return new CriteriaBody(draft.requirements(), draft.weights(), draft.thresholds());
    }
}
