package org.pathway.jobposting.application;

import java.time.Instant;
import java.util.List;

import org.pathway.jobposting.application.JobApplication.StageChange;
import org.pathway.jobposting.posting.RoleType;

/** What each side reads of an application. */
final class ApplicationViews {

    private ApplicationViews() {
    }

    /** The candidate's own application: also the receipt answered to the apply request. */
    record CandidateView(String id, String postingId, String postingInstitution, String postingTitle,
            RoleType roleType, ApplicationStage stage, String coverLetter, String cvSnapshotId, Instant submittedAt,
            Instant updatedAt) {

        static CandidateView of(JobApplication a) {
            return new CandidateView(a.id(), a.postingId(), a.tenant(), a.postingTitle(), a.roleType(), a.stage(),
                    a.coverLetter(), a.cvSnapshotId(), a.submittedAt(), a.updatedAt());
        }
    }

    /**
     * An applicant as the posting institution's admins see them. The stage history names who moved it; the
     * candidate's view leaves that out (the reviewers' ids are the institution's business).
     */
    record AdminView(String id, String postingId, String postingTitle, String candidateId, String candidateInstitution,
            String candidateName, String candidateEmail, ApplicationStage stage, String coverLetter,
            String cvSnapshotId, List<StageChange> history, Instant submittedAt, Instant updatedAt) {

        static AdminView of(JobApplication a) {
            return new AdminView(a.id(), a.postingId(), a.postingTitle(), a.candidateId(), a.candidateInstitution(),
                    a.candidateName(), a.candidateEmail(), a.stage(), a.coverLetter(), a.cvSnapshotId(), a.history(),
                    a.submittedAt(), a.updatedAt());
        }
    }
}
