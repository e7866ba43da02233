package org.pathway.promotionreview.readiness;

/** Ordered weakest first, so "status never drops" is a plain comparison. */
public enum ReadinessStatus {
    NOT_READY, BORDERLINE, READY
}
