package org.pathway.promotionreview.readiness;

/**
 * One evidence signal: its weight, how much of it the evidence earns, and why.
 *
 * @param creditPercent  0–100 share of the weight earned
 * @param basis          what was found, in words
 */
public record SignalResult(Signal signal, int weight, int creditPercent, String basis) {
}
