package org.pathway.promotionreview.assessment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.time.Instant;
import java.util.List;

import org.pathway.kit.security.CurrentUser;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
import org.pathway.promotionreview.readiness.Coherence;
import org.pathway.promotionreview.readiness.Convertible;
import org.pathway.promotionreview.readiness.Gap;
import org.pathway.promotionreview.readiness.ReadinessReport;
import org.pathway.promotionreview.readiness.ReadinessStatus;
import org.pathway.promotionreview.readiness.RequirementOutcome;
import org.pathway.promotionreview.readiness.RequirementResult;
import org.pathway.promotionreview.readiness.ScoreBreakdown;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Readiness reports: a faculty member reads their own, an institution admin any of their institution. Every lookup
 * is by the caller's tenant, so another institution's faculty is simply not found.
 */
@RestController
class ReadinessController {

    private final MongoTemplate mongo;

    ReadinessController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/promotion-review/readiness/me")
    @PreAuthorize("hasRole('faculty')")
    ReadinessView mine(CurrentUser user) {
        return find(user.requireTenant(), user.userId()).orElseThrow(() -> new ResponseStatusException(NOT_FOUND,
                "No readiness report yet: it appears once your portfolio profile names your rank and track and "
                        + "criteria exist for the next rank"));
    }

    @GetMapping("/api/promotion-review/admin/readiness")
    @PreAuthorize("hasRole('institution-admin')")
    List<ReadinessSummary> institution(CurrentUser admin) {
        return mongo.find(Query.query(where("tenant").is(admin.requireTenant())).with(Sort.by("facultyId")),
                ReadinessRecord.class).stream().map(ReadinessSummary::of).toList();
    }

    @GetMapping("/api/promotion-review/admin/readiness/{facultyId}")
    @PreAuthorize("hasRole('institution-admin')")
    ReadinessView one(CurrentUser admin, @PathVariable String facultyId) {
        return find(admin.requireTenant(), facultyId)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no readiness report for " + facultyId));
    }

    private java.util.Optional<ReadinessView> find(String tenant, String facultyId) {
        return java.util.Optional.ofNullable(mongo.findOne(Query.query(where("_id")
                        .is(ReadinessRecord.idOf(tenant, facultyId)).and("tenant").is(tenant)), ReadinessRecord.class))
                .map(ReadinessView::of);
    }

    record ReadinessSummary(String facultyId, Track track, Rank targetRank, int criteriaVersion,
            ReadinessStatus status, int score, String primaryGap, Instant assessedAt) {

        static ReadinessSummary of(ReadinessRecord record) {
            ReadinessReport report = record.report();
            return new ReadinessSummary(record.facultyId(), report.track(), report.targetRank(),
                    report.criteriaVersion(), report.status(), report.score(),
                    report.gaps().isEmpty() ? null : report.gaps().get(0).text(), record.assessedAt());
        }
    }

    /** The whole explainable report: each requirement with found vs needed, the gaps in words, and what to convert. */
    record ReadinessView(String facultyId, Track track, Rank targetRank, int criteriaVersion, ReadinessStatus status,
            int score, Instant assessedAt, int requirementsMet, int requirementsUnmet, int requirementsDeferred,
            List<RequirementResult> requirements, List<Gap> gaps, Coherence coherence, List<Convertible> convertible,
            ScoreBreakdown breakdown) {

        static ReadinessView of(ReadinessRecord record) {
            ReadinessReport report = record.report();
            return new ReadinessView(record.facultyId(), report.track(), report.targetRank(),
                    report.criteriaVersion(), report.status(), report.score(), record.assessedAt(),
                    count(report, RequirementOutcome.MET), count(report, RequirementOutcome.UNMET),
                    count(report, RequirementOutcome.DEFERRED), report.requirements(), report.gaps(),
                    report.coherence(), report.convertible(), report.breakdown());
        }

        private static int count(ReadinessReport report, RequirementOutcome outcome) {
            return (int) report.requirements().stream().filter(r -> r.outcome() == outcome).count();
        }
    }
}
