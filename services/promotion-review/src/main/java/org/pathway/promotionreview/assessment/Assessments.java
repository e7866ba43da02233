package org.pathway.promotionreview.assessment;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.pathway.promotionreview.candidate.Candidate;
import org.pathway.promotionreview.candidate.CandidateProjection;
import org.pathway.promotionreview.criteria.Criteria;
import org.pathway.promotionreview.criteria.CriteriaDraft;
import org.pathway.promotionreview.criteria.versions.CriteriaPublished;
import org.pathway.promotionreview.criteria.versions.CriteriaStore;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
import org.pathway.promotionreview.evidence.EvidenceItems;
import org.pathway.promotionreview.evidence.EvidenceLookup;
import org.pathway.promotionreview.readiness.CandidateEvidence;
import org.pathway.promotionreview.readiness.ReadinessAssessor;
import org.pathway.promotionreview.readiness.ReadinessEngine;
import org.pathway.promotionreview.readiness.ReadinessReport;
import org.pathway.promotionreview.readiness.ReadinessStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps every candidate's readiness report live: reassesses one candidate after their evidence or profile changed, or
 * a whole criteria line after a new version, and previews a proposed version without writing anything.
 *
 * <p>Concurrency without transactions: each reassessment reads the stored report first, then the candidate, criteria
 * and evidence, and saves with the report's optimistic version. A writer that read older inputs than a concurrent one
 * either saved first (and is then overwritten by the fresher one) or fails its version check and starts again with
 * the fresh inputs, so the last report standing is always computed from the latest inputs.
 */
@Component
public class Assessments {

    private static final Logger log = LoggerFactory.getLogger(Assessments.class);
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final CandidateProjection candidates;
    private final EvidenceLookup evidence;
    private final CriteriaStore criteria;
    private final Clock clock;

    Assessments(MongoTemplate mongo, CandidateProjection candidates, EvidenceLookup evidence, CriteriaStore criteria,
            Clock clock) {
        this.mongo = mongo;
        this.candidates = candidates;
        this.evidence = evidence;
        this.criteria = criteria;
        this.clock = clock;
    }

    /** After a portfolio event was applied to the projections: the candidate's report follows it. */
    public void reassess(String tenant, String facultyId) {
        reassess(tenant, facultyId, new Assessors(tenant));
    }

    /** After a new criteria version: every candidate the line judges. Returns how many reports changed. */
    int reassessLine(CriteriaPublished published) {
        Assessors assessors = new Assessors(published.tenant());
        int changed = 0;
        List<Candidate> line = candidates.atRank(published.tenant(), published.track(),
                published.targetRank().previous());
        for (Candidate candidate : line) {
            if (reassess(published.tenant(), candidate.facultyId(), assessors)) {
                changed++;
            }
        }
        log.info("Reassessed {} {} -> {} candidates of {} with criteria v{}: {} reports changed", published.track(),
                published.targetRank(), line.size(), published.tenant(), published.version(), changed);
        return changed;
    }

    /**
     * How a proposed version would move the institution's candidates on the line, against the version in force.
     * Reads only.
     */
    Preview preview(String tenant, Track track, Rank targetRank, CriteriaDraft draft) {
        Criteria proposed = criteria.proposed(tenant, track, targetRank, draft);
        Optional<Criteria> current = criteria.current(tenant, track, targetRank);
        ReadinessAssessor proposedAssessor = ReadinessEngine.forCriteria(proposed);
        Optional<ReadinessAssessor> currentAssessor = current.map(ReadinessEngine::forCriteria);
        LocalDate today = today();
        Map<String, Integer> transitions = new TreeMap<>();
        int assessed = 0;
        int changed = 0;
        for (Candidate candidate : candidates.atRank(tenant, track, targetRank.previous())) {
            CandidateEvidence evidence = evidenceOf(tenant, candidate, today);
            ReadinessStatus before = currentAssessor.map(a -> a.assess(evidence).status()).orElse(null);
            ReadinessStatus after = proposedAssessor.assess(evidence).status();
            assessed++;
            if (before != after) {
                changed++;
                transitions.merge((before == null ? "NONE" : before.name()) + "->" + after.name(), 1, Integer::sum);
            }
        }
        return new Preview(track, targetRank, current.map(Criteria::version).orElse(null), proposed.version(),
                assessed, changed, transitions.entrySet().stream()
                .map(e -> new Preview.Transition(e.getKey().split("->")[0], e.getKey().split("->")[1], e.getValue()))
                .toList());
    }

    /** @param transitions  status before → after, with how many candidates move that way; "NONE" when unassessed */
    record Preview(Track track, Rank targetRank, Integer currentVersion, int proposedVersion, int candidates,
            int wouldChangeStatus, List<Transition> transitions) {

        record Transition(String from, String to, int candidates) {
        }
    }

    private boolean reassess(String tenant, String facultyId, Assessors assessors) {
        for (int attempt = 1; ; attempt++) {
            try {
                return reassessOnce(tenant, facultyId, assessors);
            } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw concurrent;
                }
                log.debug("Concurrent reassessment of {} in {}, attempt {}", facultyId, tenant, attempt);
            }
        }
    }

    private boolean reassessOnce(String tenant, String facultyId, Assessors assessors) {
        // The stored report first, the inputs after it: see the class comment.
        ReadinessRecord stored = mongo.findOne(Query.query(where("_id").is(ReadinessRecord.idOf(tenant, facultyId))
                .and("tenant").is(tenant)), ReadinessRecord.class);
        Optional<Candidate> candidate = candidates.find(tenant, facultyId);
        Optional<ReadinessAssessor> assessor = candidate.flatMap(assessors::of);
        if (assessor.isEmpty()) {
            // No rank or track known, Full Professor already, or no criteria for the line: no report to keep.
            if (stored != null) {
                mongo.remove(stored);
                return true;
            }
            return false;
        }
        ReadinessReport report = assessor.get().assess(evidenceOf(tenant, candidate.get(), today()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (stored == null) {
            mongo.insert(ReadinessRecord.first(tenant, report, now));
            return true;
        }
        if (stored.reassess(report, now)) {
            mongo.save(stored);
            return true;
        }
        return false;
    }

    private CandidateEvidence evidenceOf(String tenant, Candidate candidate, LocalDate today) {
        return CandidateEvidence.of(candidate.facultyId(), candidate.track(), candidate.rank(), candidate.niche(),
                EvidenceItems.of(evidence.of(tenant, candidate.facultyId())), today);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Criteria compiled once per line for a batch of reassessments (one tenant). */
    private final class Assessors {
        private final String tenant;
        private final Map<String, Optional<ReadinessAssessor>> byLine = new HashMap<>();

        Assessors(String tenant) {
            this.tenant = tenant;
        }

        Optional<ReadinessAssessor> of(Candidate candidate) {
            if (candidate.track() == null) {
                return Optional.empty();
            }
            return candidate.targetRank().flatMap(target -> byLine.computeIfAbsent(candidate.track() + "/" + target,
                    line -> criteria.current(tenant, candidate.track(), target).map(ReadinessEngine::forCriteria)));
        }
    }
}
