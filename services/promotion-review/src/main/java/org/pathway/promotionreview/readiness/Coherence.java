package org.pathway.promotionreview.readiness;

/**
 * The share of the candidate's scholarship that builds on their niche. Informational: the score only rewards
 * on-niche work through requirements and the coherent-series signal, so scattered extra work never lowers it.
 *
 * @param sharePercent  onNiche / scholarship, rounded half up; 0 when there is no scholarship
 */
public record Coherence(int onNiche, int scholarship, int sharePercent, String summary) {
}
