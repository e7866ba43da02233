package org.pathway.promotionreview.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pathway.promotionreview.criteria.DefaultCriteria;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
import org.pathway.promotionreview.readiness.CandidateEvidence;
import org.pathway.promotionreview.readiness.ReadinessEngine;

/** Dossiers in a given state for the aggregate's tests, without infrastructure. */
final class DossierFixtures {

    static final Instant T0 = Instant.parse("2026-09-14T15:00:00Z");
    static final Dossier.Member CHAIR = new Dossier.Member("chair-1", "Morgan Chen");
    static final Dossier.Member REVIEWER = new Dossier.Member("member-1", "Priya Natarajan");
    static final Dossier.Member CO_AUTHOR = new Dossier.Member("member-2", "Jordan Lee");

    private DossierFixtures() {
    }

    /** One peer-reviewed paper by "Okafor A" and "Lee J", so Jordan Lee is a co-author. */
    static Snapshot snapshot() {
        Snapshot.Item paper = new Snapshot.Item("act-1", "SCHOLARSHIP", "Clinical reasoning rubric study",
                LocalDate.parse("2025-03-01"), null, Map.of("type", "PEER_REVIEWED_ARTICLE", "authorship", "FIRST",
                "authors", List.of("Okafor A", "Lee J"), "peerReviewed", true, "venueLevel", "NATIONAL"));
        CandidateEvidence evidence = CandidateEvidence.of("cand-1", Track.CLINICIAN_EDUCATOR, Rank.ASSISTANT,
                Set.of(), List.of(), LocalDate.ofInstant(T0, ZoneOffset.UTC));
        return new Snapshot(1, T0, List.of(paper),
                ReadinessEngine.assess(evidence, DefaultCriteria.educationToAssociate("northbridge")));
    }

    static Dossier opened() {
        return Dossier.open("dos-1", "northbridge", "cand-1", "Ada Okafor", Track.CLINICIAN_EDUCATOR, Rank.ASSOCIATE,
                CHAIR, T0);
    }

    /** A dossier of {@code tenant} taken through the whole workflow to PROMOTED at {@code decidedAt}. */
    static Dossier promoted(String id, String tenant, Track track, Rank targetRank, Instant decidedAt) {
        Dossier dossier = Dossier.open(id, tenant, "cand-" + id, "Candidate " + id, track, targetRank, CHAIR,
                decidedAt.minusSeconds(3600));
        dossier.submit(snapshot(), null, CHAIR.userId(), decidedAt.minusSeconds(3000));
        dossier.assign(REVIEWER, CHAIR.userId(), decidedAt.minusSeconds(2000));
        dossier.vote(REVIEWER.userId(), VoteChoice.FOR, decidedAt.minusSeconds(1000));
        dossier.closeVote(CHAIR.userId(), decidedAt.minusSeconds(500));
        dossier.decide(Outcome.PROMOTED, CHAIR.userId(), decidedAt);
        return dossier;
    }

    static Dossier submitted() {
        Dossier dossier = opened();
        dossier.submit(snapshot(), null, CHAIR.userId(), T0.plusSeconds(60));
        return dossier;
    }

    /** Submitted, with {@link #REVIEWER} assigned. */
    static Dossier underReview() {
        Dossier dossier = submitted();
        dossier.assign(REVIEWER, CHAIR.userId(), T0.plusSeconds(120));
        return dossier;
    }

    static String token(char fill) {
        return String.valueOf(fill).repeat(43);
    }
}
