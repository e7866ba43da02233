package org.pathway.mentoringmatch.config;

import java.time.Duration;

import org.pathway.mentoringmatch.scoring.CompatibilityScorer;
import org.pathway.mentoringmatch.scoring.ScoringWeights;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's rules ({@code pathway.mentoring.*}). {@code openRequestCap}, {@code proposalDeadline} and
 * {@code weights} are the platform defaults an institution's admins may override for their institution, within
 * {@code limits}.
 *
 * @param openRequestCap       open (not yet matched) requests a mentee may hold at once
 * @param proposalDeadline     how long a mentor has to answer a proposal before it expires
 * @param expirySweepInterval  how often overdue proposals are looked for
 * @param suggestions          how many mentors a request's suggestions list by default (at most 20)
 * @param conversationLength   the length of an advice conversation
 * @param schedulingLead       the earliest a conversation is scheduled after it was accepted
 * @param availabilityHorizon  how far ahead availability windows count
 * @param weights              the points of each compatibility factor
 * @param limits               the range an institution's own values must stay in
 */
@ConfigurationProperties("pathway.mentoring")
public record MentoringProperties(
        @DefaultValue("3") int openRequestCap,
        @DefaultValue("3d") Duration proposalDeadline,
        @DefaultValue("30s") Duration expirySweepInterval,
        @DefaultValue("5") int suggestions,
        @DefaultValue("20m") Duration conversationLength,
        @DefaultValue("12h") Duration schedulingLead,
        @DefaultValue("60d") Duration availabilityHorizon,
        @DefaultValue ScoringWeights weights,
        @DefaultValue Limits limits) {

    /**
     * What an institution admin may set.
     *
     * @param minProposalDeadline  the shortest answer deadline (a mentor needs time to read and decide)
     * @param maxProposalDeadline  the longest (a mentee should not wait weeks on one mentor)
     * @param maxOpenRequestCap    the most open requests per mentee an institution may allow
     * @param maxWeight            the most points one factor may carry
     */
    public record Limits(
            @DefaultValue("1h") Duration minProposalDeadline,
            @DefaultValue("14d") Duration maxProposalDeadline,
            @DefaultValue("10") int maxOpenRequestCap,
            @DefaultValue("100") int maxWeight) {

        public Limits {
            if (minProposalDeadline.isNegative() || minProposalDeadline.isZero()
                    || maxProposalDeadline.compareTo(minProposalDeadline) < 0) {
                throw new IllegalArgumentException(
                        "pathway.mentoring.limits: 0 < min-proposal-deadline <= max-proposal-deadline");
            }
            if (maxOpenRequestCap < 1 || maxWeight < 1) {
                throw new IllegalArgumentException(
                        "pathway.mentoring.limits.max-open-request-cap and max-weight must be at least 1");
            }
        }
    }

    public MentoringProperties {
        if (openRequestCap < 1) {
            throw new IllegalArgumentException("pathway.mentoring.open-request-cap must be at least 1");
        }
        if (suggestions < 1 || suggestions > 20) {
            throw new IllegalArgumentException("pathway.mentoring.suggestions must be between 1 and 20");
        }
    }

    /** The scorer with these weights (an institution's own or the platform's) and the platform's time rules. */
    public CompatibilityScorer scorer(ScoringWeights weights) {
        return new CompatibilityScorer(weights, conversationLength, availabilityHorizon);
    }
}
