package org.pathway.portfolio.activity;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What other features (the exports) may read of a person's activities: the current ones, newest first, as their owner
 * sees them. The caller names the tenant and the owner it has already authorized; removed activities never appear.
 */
@Component
public class ActivityLookup {

    private final ActivityRepository activities;

    ActivityLookup(ActivityRepository activities) {
        this.activities = activities;
    }

    public List<ActivityView> current(String tenant, String ownerId) {
        return activities.findByTenantAndOwnerIdAndRemovedAtIsNullOrderByOccurredOnDesc(tenant, ownerId).stream()
                .map(ActivityView::of).toList();
    }

    /** The current activities with each one's earlier revisions, for a complete export. */
    public List<WithRevisions> withRevisions(String tenant, String ownerId) {
        return activities.findByTenantAndOwnerIdAndRemovedAtIsNullOrderByOccurredOnDesc(tenant, ownerId).stream()
                .map(activity -> new WithRevisions(ActivityView.of(activity), ActivityView.RevisionView.of(activity)))
                .toList();
    }

    public record WithRevisions(ActivityView activity, List<ActivityView.RevisionView> revisions) {
    }
}
