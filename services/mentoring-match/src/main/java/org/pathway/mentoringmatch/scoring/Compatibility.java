package org.pathway.mentoringmatch.scoring;

import java.util.List;

/**
 * A mentee–mentor pair's compatibility: the score (the sum of the factors' points), every factor's contribution in
 * words, and why the pair may not be matched at all ({@code blockers}, empty when it may).
 */
public record Compatibility(int score, List<Factor> factors, List<String> blockers) {

    public Compatibility {
        factors = List.copyOf(factors);
        blockers = List.copyOf(blockers);
    }

    public boolean eligible() {
        return blockers.isEmpty();
    }
}
