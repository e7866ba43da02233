package org.pathway.jobposting.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.kit.events.OutboxEvent;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.json.JsonMapper;

/** The aggregate's lifecycle rules and the producer side of PostingPublished v1 and PostingClosed v1. */
class PostingLifecycleTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-02T09:30:00Z"), ZoneOffset.UTC);

    static PostingContent apd(CandidateAnswers answers, Double halfDays) {
        return new PostingContent("Associate Program Director", RoleType.ASSOCIATE_PROGRAM_DIRECTOR, "Internal medicine",
                null, null, new Location("Chicago, IL", Workplace.HYBRID), new PercentRange(40.0, 40.0), 0.5, null,
                halfDays, new PayRange(240_000L, 275_000L, "USD"), false,
                new TrainingRequirement(List.of(TrainingKind.MASTERS), null), List.of(MissionTag.SAFETY_NET), answers);
    }

    @Test
    void shouldAnnouncePublishingAndClosingConformingToTheContracts() {
        Posting posting = Posting.draft("northbridge", "admin-1", apd(null, 4.0), CLOCK);
        assertThat(posting.pendingEvents()).as("a draft announces nothing").isEmpty();

        posting.publish(CLOCK);
        posting.close(CLOCK);

        List<OutboxEvent> events = posting.pendingEvents();
        assertThat(events).extracting(OutboxEvent::type).containsExactly("org.pathway.job-posting.PostingPublished.v1",
                "org.pathway.job-posting.PostingClosed.v1");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.topic()).isEqualTo("jobs.postings");
            assertThat(event.subject()).isEqualTo(posting.id());
            assertThat(event.tenant()).isEqualTo("northbridge");
        });
        EventContracts.assertConforms("job-posting", "PostingPublished", 1, JSON.writeValueAsString(events.get(0).payload()));
        EventContracts.assertConforms("job-posting", "PostingClosed", 1, JSON.writeValueAsString(events.get(1).payload()));
        assertThat(events.get(0).payload()).containsEntry("transparencyScore", 1)
                .containsEntry("answeredQuestions", List.of("clinicalHalfDays"));
    }

    @Test
    void shouldRefuseEveryStepItsStatusDoesNotAllowWithAConflict() {
        Posting posting = Posting.draft("northbridge", "admin-1", apd(null, null), CLOCK);
        assertThatThrownBy(() -> posting.close(CLOCK)).isInstanceOf(TransitionRefused.class);
        posting.publish(CLOCK);
        assertThatThrownBy(() -> posting.publish(CLOCK)).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> posting.revise(apd(null, null), CLOCK)).isInstanceOf(TransitionRefused.class);
        posting.close(CLOCK);

        assertThatThrownBy(() -> posting.publish(CLOCK)).isInstanceOfSatisfying(TransitionRefused.class,
                refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
        assertThat(posting.status()).isEqualTo(PostingStatus.CLOSED);
        assertThat(posting.pendingEvents()).hasSize(2);
    }

    @Test
    void shouldCountTheFiveQuestionsAnsweredInWordsOrByStructuredFigures() {
        assertThat(Transparency.of(apd(null, null)).score()).isZero();
        assertThat(Transparency.of(apd(CandidateAnswers.NONE, 4.0)).answered()).containsExactly("clinicalHalfDays");
        Transparency full = Transparency.of(apd(new CandidateAnswers(" ", "20 hours of program work",
                "The director sets the clinic template", "Counts on the educator track", "Promoted to PD"), null));
        assertThat(full.score()).isEqualTo(4);
        assertThat(full.missing()).containsExactly("clinicalHalfDays");
    }

    @Test
    void shouldPreferAnInstitutionsOwnTypicalClinicalTimeOverThePlatformDefault() {
        ClinicalTimeNorms norms = new ClinicalTimeNorms(new ClinicalTimeProperties(
                Map.of(RoleType.SIMULATION_DIRECTOR, new PercentRange(10.0, 40.0)),
                Map.of("lakeside", Map.of(RoleType.SIMULATION_DIRECTOR, new PercentRange(0.0, 20.0)))));

        assertThat(norms.describe("lakeside", RoleType.SIMULATION_DIRECTOR, new PercentRange(15.0, 15.0)).summary())
                .isEqualTo("Simulation director: typical clinical time 0–20%; this role: 15%");
        assertThat(norms.describe("northbridge", RoleType.SIMULATION_DIRECTOR, new PercentRange(15.0, 15.0)).summary())
                .isEqualTo("Simulation director: typical clinical time 10–40%; this role: 15%");
        assertThat(norms.typical("northbridge", RoleType.MED_ED_SCHOLAR)).isEmpty();
    }
}
