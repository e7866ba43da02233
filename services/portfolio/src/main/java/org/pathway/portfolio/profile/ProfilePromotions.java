package org.pathway.portfolio.profile;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies promotion decisions made in promotion-review to the candidate's profile in the institution that decided
 * them. A candidate without a profile in that institution is not the portfolio's to change: nothing happens.
 */
@Component
public class ProfilePromotions {

    private static final Logger log = LoggerFactory.getLogger(ProfilePromotions.class);

    private final ProfileRepository profiles;
    private final Clock clock;

    ProfilePromotions(ProfileRepository profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    /**
     * Idempotent per dossier. A concurrent edit of the profile makes the save fail with an optimistic-locking error,
     * which the caller lets propagate so the message is redelivered and the decision applied to the fresh profile.
     *
     * @return whether the rank or track changed (and ProfileUpdated was published)
     */
    public boolean apply(String tenant, String userId, String dossierId, AcademicRank rank, Track track) {
        return profiles.findByTenantAndUserId(tenant, userId).map(profile -> {
            int revisionBefore = profile.revision();
            if (!profile.promote(dossierId, rank, track, clock)) {
                return false;
            }
            profiles.save(profile);
            return profile.revision() != revisionBefore;
        }).orElseGet(() -> {
            log.warn("Ignoring the decision on dossier {}: no profile of {} in {}", dossierId, userId, tenant);
            return false;
        });
    }
}
