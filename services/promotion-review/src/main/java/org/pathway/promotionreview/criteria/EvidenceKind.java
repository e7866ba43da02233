package org.pathway.promotionreview.criteria;

/** The portfolio's kinds of activity, as named on the {@code portfolio.activities} topic. */
public enum EvidenceKind {
    TEACHING, CURRICULUM, SCHOLARSHIP, LEADERSHIP, AWARD, MENTORING
}
