package org.pathway.portfolio.activity;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

import org.pathway.kit.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** A faculty member's own activities. Another person's activity, in any institution, is simply not found. */
@RestController
@RequestMapping("/api/portfolio/activities")
@PreAuthorize("hasRole('faculty')")
class ActivityController {

    private final ActivityRepository activities;
    private final Clock clock;

    ActivityController(ActivityRepository activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<ActivityView> record(CurrentUser user, @Valid @RequestBody RecordActivityRequest request) {
        Activity activity = activities.save(Activity.record(user.requireTenant(), user.userId(), request, clock));
        return ResponseEntity.created(URI.create("/api/portfolio/activities/" + activity.id()))
                .body(ActivityView.of(activity));
    }

    @GetMapping
    List<ActivityView> mine(CurrentUser user) {
        return activities.findByTenantAndOwnerIdOrderByOccurredOnDesc(user.requireTenant(), user.userId()).stream()
                .map(ActivityView::of).toList();
    }

    @GetMapping("/{id}")
    ActivityView one(CurrentUser user, @PathVariable String id) {
        return activities.findByIdAndTenantAndOwnerId(id, user.requireTenant(), user.userId()).map(ActivityView::of)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no activity " + id));
    }
}
