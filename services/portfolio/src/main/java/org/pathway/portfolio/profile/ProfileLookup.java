package org.pathway.portfolio.profile;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** What other features may ask about profiles: whether a person belongs to an institution, and their name. */
@Component
public class ProfileLookup {

    private final ProfileRepository profiles;

    ProfileLookup(ProfileRepository profiles) {
        this.profiles = profiles;
    }

    public boolean exists(String tenant, String userId) {
        return profiles.existsByTenantAndUserId(tenant, userId);
    }

    /** The person's name as their token last gave it, if they have a profile (and a name) in that institution. */
    public Optional<String> name(String tenant, String userId) {
        return profiles.findByTenantAndUserId(tenant, userId).map(Profile::name).filter(name -> !name.isBlank());
    }
}
