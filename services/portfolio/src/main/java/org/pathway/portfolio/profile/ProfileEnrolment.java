package org.pathway.portfolio.profile;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pathway.kit.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Creates a faculty member's profile on their first authenticated call, from the token (user id, name, email,
 * institution), and keeps name and email in step with later tokens. Runs before any portfolio controller, so every
 * feature can rely on the profile existing.
 */
class ProfileEnrolment implements HandlerInterceptor {

    private final ProfileRepository profiles;
    private final Clock clock;

    ProfileEnrolment(ProfileRepository profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            CurrentUser user = CurrentUser.of(jwt.getToken());
            if (user.hasTenant() && user.hasRole("faculty")) {
                enrol(user);
            }
        }
        return true;
    }

    private void enrol(CurrentUser user) {
        var existing = profiles.findById(Profile.idOf(user.tenant(), user.userId()));
        if (existing.isEmpty()) {
            try {
                profiles.insert(Profile.enrol(user.tenant(), user.userId(), user.name(), user.email(), clock));
            } catch (DuplicateKeyException concurrentFirstCall) {
                // Another request of the same person enrolled them a moment ago: the profile exists, which is all we need.
            }
        } else if (existing.get().refreshIdentity(user.name(), user.email(), clock)) {
            try {
                profiles.save(existing.get());
            } catch (OptimisticLockingFailureException concurrentEdit) {
                // The next call refreshes again; a stale name for one request is harmless.
            }
        }
    }
}
