package org.pathway.promotionreview.readiness;

/** What is still missing for one unmet requirement, in words a candidate can act on. */
public record Gap(String requirementId, int shortfall, String text) {
}
