package org.pathway.portfolio.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.kit.events.OutboxEvent;

import tools.jackson.databind.json.JsonMapper;

/** Producer side of ProfileUpdated v1: the real events of a profile, serialized as sent, private fields never among them. */
class ProfileUpdatedContractTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-12T10:15:00Z"), ZoneOffset.UTC);

    @Test
    void shouldAnnounceEnrolmentAndEditsConformingToTheSchemaWithoutThePrivateFields() {
        Profile profile = Profile.enrol("northbridge", "user-1", "Ada Okafor", "ada@northbridge.edu", CLOCK);
        CareerProfile career = new CareerProfile("Internal medicine", "Medicine", AcademicRank.ASSISTANT_PROFESSOR,
                Track.CLINICIAN_EDUCATOR, 0.7, new EducationNiche("Clinical reasoning", List.of("Clinical Reasoning")),
                List.of(new FormalTraining(TrainingKind.MASTERS, MastersDegree.MMEd, "MMEd", "Dundee",
                        LocalDate.parse("2024-09-01"), null)),
                List.of("Clerkship director"), List.of(EducationRole.CLERKSHIP_DIRECTOR), new ShareRange(0.3, 0.5));

        boolean changed = profile.edit(career, new Income(187_500L, "USD"),
                new EnergyAudit(List.of("Night float"), List.of("Bedside teaching"), "Write the curriculum"), CLOCK);

        assertThat(changed).isTrue();
        List<OutboxEvent> events = profile.pendingEvents();
        assertThat(events).hasSize(2).allSatisfy(event -> {
            assertThat(event.type()).isEqualTo("org.pathway.portfolio.ProfileUpdated.v1");
            assertThat(event.topic()).isEqualTo("portfolio.profiles");
            assertThat(event.subject()).isEqualTo("user-1");
            assertThat(event.tenant()).isEqualTo("northbridge");
            String payload = JSON.writeValueAsString(event.payload());
            EventContracts.assertConforms("portfolio", "ProfileUpdated", 1, payload);
            assertThat(payload).doesNotContain("187500").doesNotContain("Night float").doesNotContain("Bedside");
        });
        assertThat(events.get(1).payload()).containsEntry("revision", 2).containsEntry("rank", "ASSISTANT_PROFESSOR");
    }

    @Test
    void shouldRejectAPayloadCarryingAPrivateField() {
        String leaking = EventContracts.example("portfolio", "ProfileUpdated", 1)
                .replaceFirst("\\{", "{\"minimumIncome\": {\"amount\": 1, \"currency\": \"USD\"},");

        assertThat(EventContracts.violations("portfolio", "ProfileUpdated", 1, leaking)).isNotEmpty();
    }

    @Test
    void shouldNotAnnounceAnEditThatChangesNothing() {
        Profile profile = Profile.enrol("northbridge", "user-1", "Ada Okafor", null, CLOCK);

        boolean changed = profile.edit(CareerProfile.EMPTY, null, null, CLOCK);

        assertThat(changed).isFalse();
        assertThat(profile.pendingEvents()).hasSize(1);
    }
}
