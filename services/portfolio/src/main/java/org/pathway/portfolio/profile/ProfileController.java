package org.pathway.portfolio.profile;

import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.time.Clock;

import jakarta.validation.Valid;

import org.pathway.kit.security.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The caller's own profile. It exists from the first call on (see {@link ProfileEnrolment}). */
@RestController
@RequestMapping("/api/portfolio/profile/me")
@PreAuthorize("hasRole('faculty')")
class ProfileController {

    private final ProfileRepository profiles;
    private final Clock clock;

    ProfileController(ProfileRepository profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    @GetMapping
    ProfileView mine(CurrentUser user) {
        return ProfileView.of(own(user));
    }

    @PutMapping
    ProfileView edit(CurrentUser user, @Valid @RequestBody UpdateProfileRequest request) {
        Profile profile = own(user);
        if (profile.edit(request.career(), request.minimumIncome(), request.energyAudit(), clock)) {
            try {
                profile = profiles.save(profile);
            } catch (OptimisticLockingFailureException e) {
                throw new ResponseStatusException(CONFLICT, "the profile was changed concurrently; reload and retry");
            }
        }
        return ProfileView.of(profile);
    }

    private Profile own(CurrentUser user) {
        return profiles.findById(Profile.idOf(user.requireTenant(), user.userId()))
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no profile yet"));
    }
}
