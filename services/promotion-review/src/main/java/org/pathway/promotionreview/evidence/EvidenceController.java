package org.pathway.promotionreview.evidence;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.util.List;

import org.pathway.kit.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The evidence promotion-review holds for the caller: what readiness will be judged on. */
@RestController
@RequestMapping("/api/promotion-review/evidence")
@PreAuthorize("hasRole('faculty')")
class EvidenceController {

    private final EvidenceRepository evidence;

    EvidenceController(EvidenceRepository evidence) {
        this.evidence = evidence;
    }

    @GetMapping
    List<EvidenceView> mine(CurrentUser user) {
        return evidence.findByTenantAndFacultyIdOrderByOccurredOnDesc(user.requireTenant(), user.userId()).stream()
                .map(EvidenceView::of).toList();
    }

    @GetMapping("/{activityId}")
    EvidenceView one(CurrentUser user, @PathVariable String activityId) {
        return evidence.findByActivityIdAndTenantAndFacultyId(activityId, user.requireTenant(), user.userId())
                .map(EvidenceView::of)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no evidence " + activityId));
    }

    record EvidenceView(String activityId, String kind, String title, java.time.LocalDate occurredOn,
            java.time.LocalDate endedOn, java.time.Instant recordedAt) {

        static EvidenceView of(Evidence e) {
            return new EvidenceView(e.activityId(), e.kind(), e.title(), e.occurredOn(), e.endedOn(), e.recordedAt());
        }
    }
}
