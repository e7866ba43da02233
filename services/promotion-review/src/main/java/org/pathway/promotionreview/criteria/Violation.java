package org.pathway.promotionreview.criteria;

/**
 * One reason a criteria draft is rejected. {@code path} names the offending field the way a client wrote it
 * ({@code requirements[1].kinds[0]}, {@code weights.coherentSeries}) so it can become an RFC 9457 problem's field error.
 */
public record Violation(String path, String message) {
}
