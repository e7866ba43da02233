package org.pathway.portfolio.profile;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * A person's profile as the exports read it: the owner's view with the private fields, or the shareable view that has
 * no field for them. The caller decides which one its reader may see.
 */
@Component
public class ProfileSnapshots {

    private final ProfileRepository profiles;

    ProfileSnapshots(ProfileRepository profiles) {
        this.profiles = profiles;
    }

    public Optional<ProfileView> owners(String tenant, String userId) {
        return profiles.findByTenantAndUserId(tenant, userId).map(ProfileView::of);
    }

    public Optional<AdminProfileView> shareable(String tenant, String userId) {
        return profiles.findByTenantAndUserId(tenant, userId).map(AdminProfileView::of);
    }
}
