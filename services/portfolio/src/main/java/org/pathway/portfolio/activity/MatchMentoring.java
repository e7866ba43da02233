package org.pathway.portfolio.activity;

import java.time.Clock;
import java.time.Instant;

import org.pathway.portfolio.profile.ProfileLookup;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Records an accepted mentoring match on both people's portfolios as MENTORING activities: given for the mentor (in
 * the mentor's institution), received for the mentee. They are ordinary activities, so they reach the CV, the
 * promotion-review evidence (ActivityRecorded) and the owner's own edits like any mentoring the owner typed in.
 */
@Component
public class MatchMentoring {

    private final ActivityRepository activities;
    private final ProfileLookup profiles;
    private final Clock clock;

    MatchMentoring(ActivityRepository activities, ProfileLookup profiles, Clock clock) {
        this.activities = activities;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** Idempotent: returns how many of the two records this call added; a repeated match adds none. */
    public int recordAccepted(String matchId, String mentorTenant, String mentorId, String menteeTenant, String menteeId,
            MentoringFormat format, Instant acceptedAt) {
        int recorded = 0;
        if (insert(Activity.fromAcceptedMatch(mentorTenant, mentorId, matchId, MentoringDirection.GIVEN,
                profiles.name(menteeTenant, menteeId).orElse("A mentee matched through Pathway"), format, acceptedAt,
                clock))) {
            recorded++;
        }
        if (insert(Activity.fromAcceptedMatch(menteeTenant, menteeId, matchId, MentoringDirection.RECEIVED,
                profiles.name(mentorTenant, mentorId).orElse("A mentor matched through Pathway"), format, acceptedAt,
                clock))) {
            recorded++;
        }
        return recorded;
    }

    private boolean insert(Activity activity) {
        try {
            activities.insert(activity);
            return true;
        } catch (DuplicateKeyException alreadyRecorded) {
            // Recorded by an earlier delivery of this match (or removed by its owner since): nothing changes.
            return false;
        }
    }
}
