package org.pathway.portfolio.activity;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.util.List;

import org.pathway.kit.security.CurrentUser;
import org.pathway.portfolio.profile.ProfileLookup;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Read-only access for an institution admin to the activities of the faculty of their own institution. A person of
 * another institution is not found: the tenant comes from the admin's token and scopes every query.
 */
@RestController
@RequestMapping("/api/portfolio/admin/profiles/{userId}/activities")
@PreAuthorize("hasRole('institution-admin')")
class AdminActivityController {

    private final ActivityRepository activities;
    private final ProfileLookup profiles;

    AdminActivityController(ActivityRepository activities, ProfileLookup profiles) {
        this.activities = activities;
        this.profiles = profiles;
    }

    @GetMapping
    List<ActivityView> ofMember(CurrentUser admin, @PathVariable String userId) {
        String tenant = admin.requireTenant();
        if (!profiles.exists(tenant, userId)) {
            throw new ResponseStatusException(NOT_FOUND, "no profile " + userId);
        }
        return activities.findByTenantAndOwnerIdAndRemovedAtIsNullOrderByOccurredOnDesc(tenant, userId).stream()
                .map(ActivityView::of).toList();
    }

    @GetMapping("/{activityId}")
    ActivityView one(CurrentUser admin, @PathVariable String userId, @PathVariable String activityId) {
        return activities.findByIdAndTenantAndOwnerIdAndRemovedAtIsNull(activityId, admin.requireTenant(), userId)
                .map(ActivityView::of)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no activity " + activityId));
    }
}
