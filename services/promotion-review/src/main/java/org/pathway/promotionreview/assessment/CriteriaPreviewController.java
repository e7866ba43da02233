package org.pathway.promotionreview.assessment;

import org.pathway.kit.security.CurrentUser;
import org.pathway.promotionreview.criteria.versions.CriteriaBody;
import org.pathway.promotionreview.criteria.versions.CriteriaProblems;
import org.pathway.promotionreview.criteria.InvalidCriteriaException;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Before publishing: how many of the institution's faculty a proposed criteria version would move. Writes nothing. */
@RestController
@PreAuthorize("hasRole('institution-admin')")
class CriteriaPreviewController {

    private final Assessments assessments;

    CriteriaPreviewController(Assessments assessments) {
        this.assessments = assessments;
    }

    @PostMapping("/api/promotion-review/admin/criteria/{track}/{targetRank}/preview")
    Assessments.Preview preview(CurrentUser admin, @PathVariable Track track, @PathVariable Rank targetRank,
            @RequestBody CriteriaBody body) {
        String tenant = admin.requireTenant();
        try {
            return assessments.preview(tenant, track, targetRank, body.toDraft(tenant, track, targetRank));
        } catch (InvalidCriteriaException e) {
            throw CriteriaProblems.invalid(e);
        }
    }
}
