package org.pathway.promotionreview.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pathway.promotionreview.candidate.Candidate;
import org.pathway.promotionreview.candidate.CandidateProjection;
import org.pathway.promotionreview.criteria.Criteria;
import org.pathway.promotionreview.criteria.versions.CriteriaStore;
import org.pathway.promotionreview.evidence.Evidence;
import org.pathway.promotionreview.evidence.EvidenceItems;
import org.pathway.promotionreview.evidence.EvidenceLookup;
import org.pathway.promotionreview.readiness.CandidateEvidence;
import org.pathway.promotionreview.readiness.ReadinessEngine;
import org.springframework.stereotype.Component;

/**
 * Freezes what a dossier is judged on at submission: the candidate's evidence from the projection, the criteria version
 * now in force for the dossier's track and rank, and the readiness report those two give today.
 */
@Component
class SnapshotFreezer {

    private final EvidenceLookup evidence;
    private final CriteriaStore criteria;
    private final CandidateProjection candidates;

    SnapshotFreezer(EvidenceLookup evidence, CriteriaStore criteria, CandidateProjection candidates) {
        this.evidence = evidence;
        this.criteria = criteria;
        this.candidates = candidates;
    }

    Snapshot freeze(Dossier dossier, Instant now) {
        Criteria judging = criteria.current(dossier.tenant(), dossier.track(), dossier.targetRank())
                .orElseThrow(() -> new DossierConflict("no criteria exist for " + dossier.track() + " to "
                        + dossier.targetRank() + " in your institution"));
        List<Evidence> held = evidence.of(dossier.tenant(), dossier.candidateId());
        Optional<Candidate> candidate = candidates.find(dossier.tenant(), dossier.candidateId());
        // The dossier names the line; the profile supplies the niche (and the rank, when the portfolio knows it).
        CandidateEvidence judged = CandidateEvidence.of(dossier.candidateId(), dossier.track(),
                candidate.map(Candidate::rank).orElse(dossier.targetRank().previous()),
                candidate.map(Candidate::niche).orElse(Set.of()), EvidenceItems.of(held),
                LocalDate.ofInstant(now, ZoneOffset.UTC));
        return new Snapshot(judging.version(), now, held.stream().map(Snapshot.Item::of).toList(),
                ReadinessEngine.assess(judged, judging));
    }

    /** The candidate's name as the portfolio last published it, if it did. */
    Optional<String> candidateName(String tenant, String candidateId) {
        return candidates.find(tenant, candidateId).map(Candidate::name).filter(name -> !name.isBlank());
    }
}
