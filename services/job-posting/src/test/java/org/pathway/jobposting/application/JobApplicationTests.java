package org.pathway.jobposting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.jobposting.application.JobApplication.Candidate;
import org.pathway.jobposting.posting.PostingStatus;
import org.pathway.jobposting.posting.PostingView;
import org.pathway.jobposting.posting.RoleType;
import org.pathway.kit.events.OutboxEvent;

import tools.jackson.databind.json.JsonMapper;

/** An application's stage rules and the producer side of ApplicationSubmitted v1 and ApplicationWithdrawn v1. */
class JobApplicationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-03T14:05:12.480Z"), ZoneOffset.UTC);
    private static final Candidate CANDIDATE = new Candidate("lakeside", "user-7", "Dr. Rivera", "rivera@lakeside.edu");
    private static final PostingView POSTING = new PostingView("posting-1", "northbridge", PostingStatus.PUBLISHED,
            "APD – Internal Medicine", RoleType.ASSOCIATE_PROGRAM_DIRECTOR, null, null, null, null, null, null, null,
            null, null, null, null, null, List.of(), null, null, null, null, null, null);
    private static final ApplyRequest REQUEST = new ApplyRequest("posting-1", "Dear committee, ...",
            "c5e1a3b7-0d92-4f6a-8b14-2e7c9d05f3a8");

    @Test
    void shouldAnnounceSubmissionAndWithdrawalInThePostingInstitutionConformingToTheContracts() {
        JobApplication application = JobApplication.submit(CANDIDATE, POSTING, REQUEST, CLOCK);
        application.withdraw(CLOCK);

        List<OutboxEvent> events = application.pendingEvents();
        assertThat(events).extracting(OutboxEvent::type).containsExactly(
                "org.pathway.job-posting.ApplicationSubmitted.v1", "org.pathway.job-posting.ApplicationWithdrawn.v1");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.topic()).isEqualTo("jobs.applications");
            assertThat(event.subject()).isEqualTo(application.id());
            assertThat(event.tenant()).as("the posting institution, not the candidate's").isEqualTo("northbridge");
        });
        EventContracts.assertConforms("job-posting", "ApplicationSubmitted", 1,
                JSON.writeValueAsString(events.get(0).payload()));
        EventContracts.assertConforms("job-posting", "ApplicationWithdrawn", 1,
                JSON.writeValueAsString(events.get(1).payload()));
        assertThat(events.get(0).payload()).containsEntry("candidateInstitution", "lakeside")
                .containsEntry("postingInstitution", "northbridge").doesNotContainKey("coverLetter");
        assertThat(events.get(1).payload()).containsEntry("stageAtWithdrawal", "SUBMITTED");
    }

    @Test
    void shouldMoveThroughTheStagesInOrderAndRefuseEveryOtherMove() {
        JobApplication application = JobApplication.submit(CANDIDATE, POSTING, REQUEST, CLOCK);
        assertThatThrownBy(() -> application.moveTo(ApplicationStage.OFFER, "admin", CLOCK))
                .isInstanceOf(StageRefused.class);
        assertThatThrownBy(() -> application.moveTo(ApplicationStage.WITHDRAWN, "admin", CLOCK))
                .as("only the candidate withdraws").isInstanceOf(StageRefused.class);

        application.moveTo(ApplicationStage.UNDER_REVIEW, "admin", CLOCK);
        application.moveTo(ApplicationStage.INTERVIEW, "admin", CLOCK);
        assertThatThrownBy(() -> application.moveTo(ApplicationStage.UNDER_REVIEW, "admin", CLOCK))
                .as("no going back").isInstanceOf(StageRefused.class);
        application.moveTo(ApplicationStage.OFFER, "admin", CLOCK);
        assertThatThrownBy(() -> application.moveTo(ApplicationStage.REJECTED, "admin", CLOCK))
                .as("an offer is a decision").isInstanceOf(StageRefused.class);

        assertThat(application.history()).extracting(JobApplication.StageChange::stage).containsExactly(
                ApplicationStage.SUBMITTED, ApplicationStage.UNDER_REVIEW, ApplicationStage.INTERVIEW,
                ApplicationStage.OFFER);
        assertThat(application.pendingEvents()).as("stage moves are not integration events").hasSize(1);
    }

    @Test
    void shouldLetACandidateReapplyOnlyAfterWithdrawing() {
        JobApplication application = JobApplication.submit(CANDIDATE, POSTING, REQUEST, CLOCK);
        assertThatThrownBy(() -> application.resubmit(CANDIDATE, POSTING, REQUEST, CLOCK))
                .isInstanceOf(AlreadyApplied.class);

        application.withdraw(CLOCK);
        assertThatThrownBy(() -> application.withdraw(CLOCK)).isInstanceOf(StageRefused.class);
        application.resubmit(CANDIDATE, POSTING, REQUEST, CLOCK);

        assertThat(application.stage()).isEqualTo(ApplicationStage.SUBMITTED);
        assertThat(application.id()).as("one application per candidate and posting")
                .isEqualTo(JobApplication.idOf("lakeside", "user-7", "posting-1"))
                .isNotEqualTo(JobApplication.idOf("northbridge", "user-7", "posting-1"));

        JobApplication rejected = JobApplication.submit(CANDIDATE, POSTING, REQUEST, CLOCK);
        rejected.moveTo(ApplicationStage.REJECTED, "admin", CLOCK);
        assertThatThrownBy(() -> rejected.withdraw(CLOCK)).isInstanceOf(StageRefused.class);
        assertThatThrownBy(() -> rejected.resubmit(CANDIDATE, POSTING, REQUEST, CLOCK))
                .isInstanceOf(AlreadyApplied.class);
    }
}
