package org.pathway.promotionreview.readiness;

import java.util.List;

/**
 * How the score was reached (READINESS.md). {@code rawScore} mixes requirement coverage and evidence strength; the
 * reported score places the raw score inside the band of the status.
 */
public record ScoreBreakdown(int coveragePercent, int strength, int rawScore, List<SignalResult> signals) {

    public ScoreBreakdown {
        signals = List.copyOf(signals);
    }
}
