package org.pathway.mentoringmatch.match;

import org.pathway.kit.schedule.PeriodicTask;
import org.pathway.mentoringmatch.config.MentoringProperties;
import org.springframework.stereotype.Component;

/**
 * Runs {@link MatchLifecycle#sweep()} (and finishes interrupted mentorship ends, {@link Mentorships#releaseOutstanding})
 * every {@code pathway.mentoring.expiry-sweep-interval} on a thread of its own.
 * Nothing is kept in memory between runs: deadlines and states are in the documents, so a restarted replica simply
 * carries on, and two replicas sweeping at once only race on optimistic locks and conditional updates.
 */
@Component
class ExpirySweep extends PeriodicTask {

    private final MatchLifecycle lifecycle;
    private final Mentorships mentorships;

    ExpirySweep(MatchLifecycle lifecycle, Mentorships mentorships, MentoringProperties properties) {
        super("mentoring-expiry-sweep", properties.expirySweepInterval());
        this.lifecycle = lifecycle;
        this.mentorships = mentorships;
    }

    /**
     * Every step is idempotent, so a failed pass is simply retried by the next one. Each proposal carries the deadline
     * of its mentee's institution, fixed when it was made.
     */
    @Override
    protected String runOnce() {
        int expired = lifecycle.sweep();
        int released = mentorships.releaseOutstanding();
        return expired + released > 0 ? "expired " + expired + " overdue proposal(s), freed " + released
                + " place(s) of ended mentorships" : null;
    }
}
