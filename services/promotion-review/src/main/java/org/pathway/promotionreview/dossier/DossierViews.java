package org.pathway.promotionreview.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
import org.pathway.promotionreview.readiness.ReadinessReport;
import org.pathway.promotionreview.readiness.ReadinessStatus;

/**
 * What each party may read of a dossier. The candidate's view carries the process and their own frozen evidence, the
 * chair's name and the outcome; never a reviewer, a recusal, a letter, a vote or a tally. The committee view (chair,
 * assigned non-recused reviewers, institution admins) adds the snapshot's readiness, reviewers, recusals and letters,
 * the caller's own vote, and the tally only once the vote closed; no one reads another member's choice.
 */
final class DossierViews {

    private DossierViews() {
    }

    enum Viewer {
        CANDIDATE, CHAIR, REVIEWER, ADMIN
    }

    record Summary(String id, String candidateName, Track track, Rank targetRank, DossierStatus status,
            Viewer viewer, Instant openedAt, Instant submittedAt) {

        static Summary of(Dossier d, Viewer viewer) {
            return new Summary(d.id(), d.candidateName(), d.track(), d.targetRank(), d.status(), viewer, d.openedAt(),
                    d.submittedAt());
        }
    }

    record EvidenceLine(String activityId, String kind, String title, LocalDate occurredOn, LocalDate endedOn) {

        static List<EvidenceLine> of(Snapshot snapshot) {
            return snapshot == null ? List.of() : snapshot.evidence().stream().map(i -> new EvidenceLine(i.activityId(),
                    i.kind(), i.title(), i.occurredOn(), i.endedOn())).toList();
        }
    }

    /** The candidate's own view: their receipt and where the process stands. */
    record CandidateView(String id, Viewer viewer, Track track, Rank targetRank, DossierStatus status,
            String chairName, Instant openedAt, Instant submittedAt, Integer criteriaVersion,
            ReadinessStatus readinessAtSubmission, List<EvidenceLine> evidence, Outcome outcome, Instant decidedAt) {

        static CandidateView of(Dossier d) {
            Snapshot s = d.snapshot();
            return new CandidateView(d.id(), Viewer.CANDIDATE, d.track(), d.targetRank(), d.status(), d.chairName(),
                    d.openedAt(), d.submittedAt(), s == null ? null : s.criteriaVersion(),
                    s == null ? null : s.readiness().status(), EvidenceLine.of(s),
                    d.decision() == null ? null : d.decision().outcome(),
                    d.decision() == null ? null : d.decision().decidedAt());
        }
    }

    record SnapshotView(int criteriaVersion, Instant frozenAt, List<Snapshot.Item> evidence,
            ReadinessReport readiness) {

        static SnapshotView of(Snapshot s) {
            return s == null ? null : new SnapshotView(s.criteriaVersion(), s.frozenAt(), s.evidence(), s.readiness());
        }
    }

    record ReviewerView(String memberId, String name, Instant assignedAt, boolean voted) {
    }

    record RecusalView(String memberId, String name, RecusalReason reason, String detail, Instant at) {
    }

    /** A letter as the committee reads it: never its upload token. */
    record LetterView(String id, String writerName, String writerEmail, Instant deadline, LetterStatus status,
            Instant requestedAt, Instant receivedAt, String conflict, List<Integer> remindersSent, String text) {

        static LetterView of(Dossier.Letter l) {
            return new LetterView(l.id(), l.writerName(), l.writerEmail(), l.deadline(), l.status(), l.requestedAt(),
                    l.receivedAt(), l.conflict(), l.remindersSent(), l.text());
        }
    }

    record CommitteeView(String id, Viewer viewer, String candidateId, String candidateName, Track track,
            Rank targetRank, DossierStatus status, String chairId, String chairName, Instant openedAt,
            Instant submittedAt, SnapshotView snapshot, List<ReviewerView> reviewers, List<RecusalView> recusals,
            List<LetterView> letters, VoteChoice myVote, Instant voteClosedAt, Map<VoteChoice, Integer> tally,
            Dossier.Decision decision) {

        static CommitteeView of(Dossier d, Viewer viewer, String callerId) {
            boolean closed = d.status() == DossierStatus.VOTE_CLOSED || d.status() == DossierStatus.DECIDED;
            return new CommitteeView(d.id(), viewer, d.candidateId(), d.candidateName(), d.track(), d.targetRank(),
                    d.status(), d.chairId(), d.chairName(), d.openedAt(), d.submittedAt(),
                    SnapshotView.of(d.snapshot()),
                    d.reviewers().stream().map(r -> new ReviewerView(r.memberId(), r.name(), r.assignedAt(),
                            d.voteOf(r.memberId()).isPresent())).toList(),
                    d.recusals().stream().map(r -> new RecusalView(r.memberId(), r.name(), r.reason(), r.detail(),
                            r.at())).toList(),
                    d.letters().stream().map(LetterView::of).toList(),
                    d.voteOf(callerId).map(Dossier.Vote::choice).orElse(null), d.voteClosedAt(),
                    closed ? d.tally() : null, d.decision());
        }
    }

    /** Returned to the chair after inviting a writer: the letter id to track it (the token goes only to the writer). */
    record LetterInvited(String letterId, LetterStatus status, String conflict, Instant deadline) {
    }

    record AssignmentResult(String memberId, Dossier.Assignment outcome) {
    }
}
