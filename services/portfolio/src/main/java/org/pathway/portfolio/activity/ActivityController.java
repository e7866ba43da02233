package org.pathway.portfolio.activity;

import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

import org.pathway.kit.security.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

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
        return activities.findByTenantAndOwnerIdAndRemovedAtIsNullOrderByOccurredOnDesc(user.requireTenant(),
                user.userId()).stream().map(ActivityView::of).toList();
    }

    @GetMapping("/{id}")
    ActivityView one(CurrentUser user, @PathVariable String id) {
        return ActivityView.of(owned(user, id));
    }

    @GetMapping("/{id}/revisions")
    List<ActivityView.RevisionView> revisions(CurrentUser user, @PathVariable String id) {
        return ActivityView.RevisionView.of(owned(user, id));
    }

    @PutMapping("/{id}")
    ActivityView revise(CurrentUser user, @PathVariable String id, @Valid @RequestBody ReviseActivityRequest request) {
        Activity activity = owned(user, id);
        if (activity.revise(request, clock)) {
            activity = saveChecked(activity);
        }
        return ActivityView.of(activity);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(CurrentUser user, @PathVariable String id) {
        Activity activity = owned(user, id);
        activity.remove(clock);
        saveChecked(activity);
        return ResponseEntity.noContent().build();
    }

    private Activity owned(CurrentUser user, String id) {
        return activities.findByIdAndTenantAndOwnerIdAndRemovedAtIsNull(id, user.requireTenant(), user.userId())
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no activity " + id));
    }

    /** A concurrent revision won: the client reloads and decides again rather than silently overwriting it. */
    private Activity saveChecked(Activity activity) {
        try {
            return activities.save(activity);
        } catch (OptimisticLockingFailureException e) {
            throw new ResponseStatusException(CONFLICT, "the activity was changed concurrently; reload and retry");
        }
    }
}
