package org.pathway.portfolio.profile;

import org.springframework.stereotype.Component;

/** What other features may ask about profiles: whether a person belongs to an institution. */
@Component
public class ProfileLookup {

    private final ProfileRepository profiles;

    ProfileLookup(ProfileRepository profiles) {
        this.profiles = profiles;
    }

    public boolean exists(String tenant, String userId) {
        return profiles.existsByTenantAndUserId(tenant, userId);
    }
}
