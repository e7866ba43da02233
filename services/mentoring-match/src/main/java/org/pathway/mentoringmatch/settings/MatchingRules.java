package org.pathway.mentoringmatch.settings;

import java.time.Duration;

import org.pathway.mentoringmatch.scoring.CompatibilityScorer;
import org.pathway.mentoringmatch.scoring.ScoringWeights;

/**
 * The rules in force for one institution: its own values where it set them, the platform defaults elsewhere.
 *
 * @param proposalDeadline  how long a mentor has to answer a proposal to one of the institution's mentees
 * @param openRequestCap    open requests one of its mentees may hold at once
 * @param weights           the points of each compatibility factor when its mentees are matched
 * @param scorer            the compatibility scorer with those weights
 */
public record MatchingRules(Duration proposalDeadline, int openRequestCap, ScoringWeights weights,
        CompatibilityScorer scorer) {
}
