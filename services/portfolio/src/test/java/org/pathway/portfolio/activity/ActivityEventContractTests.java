package org.pathway.portfolio.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.contracts.EventContracts;
import org.pathway.kit.events.OutboxEvent;

import tools.jackson.databind.json.JsonMapper;

/** Producer side of the portfolio.activities contracts: the real events the aggregate records, serialized as sent. */
class ActivityEventContractTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T14:03:22.418Z"), ZoneOffset.UTC);

    static Stream<RecordActivityRequest> everyKind() {
        LocalDate day = LocalDate.parse("2025-09-02");
        RatingScale fivePoint = new RatingScale(1.0, 5.0);
        return Stream.of(
                new RecordActivityRequest(ActivityKind.TEACHING, "Small groups", day, day.plusMonths(3),
                        new TeachingDetails(24.0, LearnerLevel.MEDICAL_STUDENT, 32, new Evaluation(4.4, fivePoint, 27),
                                new BeforeAfter(3.7, 4.4, fivePoint), List.of("Great")), null, null, null, null, null),
                new RecordActivityRequest(ActivityKind.CURRICULUM, "Reasoning curriculum", day, null, null,
                        new CurriculumDetails(List.of("Problem representation"), "SCT pre/post", true), null, null,
                        null, null),
                new RecordActivityRequest(ActivityKind.SCHOLARSHIP, "Rubric", day, null, null, null,
                        new ScholarshipDetails(ScholarshipType.ASSESSMENT_TOOL, AuthorshipPosition.SOLE,
                                List.of("Okafor A"), "MedEdPORTAL", Level.INTERNATIONAL, true,
                                "10.15766/mep_2374-8265.11234", "38712345", "Clinical reasoning"), null, null, null),
                new RecordActivityRequest(ActivityKind.LEADERSHIP, "APD", day, null, null, null, null,
                        new LeadershipDetails(LeadershipRole.ASSOCIATE_PROGRAM_DIRECTOR, "IM residency", Level.LOCAL, 0.2),
                        null, null),
                new RecordActivityRequest(ActivityKind.AWARD, "Golden apple", day, null, null, null, null, null,
                        new AwardDetails(AwardKind.STUDENT_VOTED_TEACHING, "Class of 2025", null), null),
                new RecordActivityRequest(ActivityKind.MENTORING, "Mentored by the PD", day, null, null, null, null, null,
                        null, new MentoringDetails(MentoringDirection.RECEIVED, "Program director", null)));
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void shouldRecordActivityRecordedConformingToItsSchemaForEveryKind(RecordActivityRequest request) {
        Activity activity = Activity.record("northbridge", "faculty-1", request, CLOCK);

        OutboxEvent event = only(activity);

        assertThat(event.type()).isEqualTo("org.pathway.portfolio.ActivityRecorded.v1");
        assertThat(event.topic()).isEqualTo("portfolio.activities");
        assertThat(event.subject()).isEqualTo(activity.id());
        EventContracts.assertConforms("portfolio", "ActivityRecorded", 1, JSON.writeValueAsString(event.payload()));
        assertThat(event.payload().get(request.kind().name().toLowerCase())).isNotNull();
    }

    @Test
    void shouldKeepLearnersCommentsOutOfTheEventAndSendTheirCount() {
        Activity activity = Activity.record("northbridge", "faculty-1", everyKind().findFirst().orElseThrow(), CLOCK);

        String payload = JSON.writeValueAsString(only(activity).payload());

        assertThat(payload).contains("\"commentCount\":1").doesNotContain("Great");
    }

    @Test
    void shouldRecordActivityRevisedAndActivityRemovedConformingToTheirSchemas() {
        Activity activity = Activity.record("northbridge", "faculty-1", everyKind().skip(3).findFirst().orElseThrow(),
                CLOCK);

        boolean changed = activity.revise(new ReviseActivityRequest("Associate program director", LocalDate.parse("2025-09-02"),
                LocalDate.parse("2025-12-31"), null, null, null,
                new LeadershipDetails(LeadershipRole.ASSOCIATE_PROGRAM_DIRECTOR, "IM residency", Level.LOCAL, 0.3),
                null, null), CLOCK);
        activity.remove(CLOCK);

        assertThat(changed).isTrue();
        List<OutboxEvent> events = activity.pendingEvents().subList(1, 3);
        assertThat(activity.pendingEvents()).extracting(OutboxEvent::type).containsExactly(
                "org.pathway.portfolio.ActivityRecorded.v1", "org.pathway.portfolio.ActivityRevised.v1",
                "org.pathway.portfolio.ActivityRemoved.v1");
        EventContracts.assertConforms("portfolio", "ActivityRevised", 1, JSON.writeValueAsString(events.get(0).payload()));
        EventContracts.assertConforms("portfolio", "ActivityRemoved", 1, JSON.writeValueAsString(events.get(1).payload()));
        assertThat(events.get(0).payload()).containsEntry("revision", 2);
    }

    private static OutboxEvent only(Activity activity) {
        assertThat(activity.pendingEvents()).hasSize(1);
        return activity.pendingEvents().get(0);
    }
}
