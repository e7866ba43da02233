package org.pathway.mentoringmatch.config;

import java.time.Duration;

import org.pathway.mentoringmatch.scoring.CompatibilityScorer;
import org.pathway.mentoringmatch.scoring.ScoringWeights;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's rules ({@code pathway.mentoring.*}).
 *
 * @param openRequestCap       open (not yet matched) requests a mentee may hold at once
 * @param proposalDeadline     how long a mentor has to answer a proposal before it expires
 * @param expirySweepInterval  how often overdue proposals are looked for
 * @param suggestions          how many mentors a request's suggestions list by default (at most 20)
 * @param conversationLength   the length of an advice conversation
 * @param schedulingLead       the earliest a conversation is scheduled after it was accepted
 * @param availabilityHorizon  how far ahead availability windows count
 * @param weights              the points of each compatibility factor
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
        @DefaultValue ScoringWeights weights) {

    public MentoringProperties {
        if (openRequestCap < 1) {
            throw new IllegalArgumentException("pathway.mentoring.open-request-cap must be at least 1");
        }
        if (suggestions < 1 || suggestions > 20) {
            throw new IllegalArgumentException("pathway.mentoring.suggestions must be between 1 and 20");
        }
    }

    public CompatibilityScorer scorer() {
        return new CompatibilityScorer(weights, conversationLength, availabilityHorizon);
    }
}
