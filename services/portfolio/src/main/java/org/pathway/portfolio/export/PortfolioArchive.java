package org.pathway.portfolio.export;

import java.time.Instant;
import java.util.List;

import org.pathway.portfolio.activity.ActivityLookup;
import org.pathway.portfolio.plan.PivotPlanView;
import org.pathway.portfolio.profile.ProfileView;

/**
 * Everything the portfolio holds of one person, for them to take elsewhere: the profile with its private fields, every
 * current activity with its earlier revisions, and the pivot plan (absent if none was drawn). {@code format} names
 * this layout so a later, changed layout can be told apart.
 */
record PortfolioArchive(String format, Instant exportedAt, ProfileView profile,
        List<ActivityLookup.WithRevisions> activities, PivotPlanView pivotPlan) {

    static final String FORMAT = "pathway-portfolio-export/1";
}
