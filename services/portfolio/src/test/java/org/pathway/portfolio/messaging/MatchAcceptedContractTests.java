package org.pathway.portfolio.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.portfolio.activity.MentoringFormat;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Consumer side of MatchAccepted v1: the tolerant record reads the contract's example. */
class MatchAcceptedContractTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).build();

    @Test
    void shouldReadBothPeopleTheirInstitutionsAndTheFormatFromTheExample() {
        MentoringMatchEvents.MatchAccepted event = JSON.readValue(
                EventContracts.example("mentoring-match", "MatchAccepted", 1), MentoringMatchEvents.MatchAccepted.class);

        assertThat(event.matchId()).isEqualTo("3f0c6a8e-5d1b-4c9e-9a57-0b8f1d2e6c41.1");
        assertThat(event.menteeId()).isEqualTo("5b1f2d7c-0a43-4d6e-8f3a-2c9b7e1d4a60");
        assertThat(event.mentorId()).isEqualTo("9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4");
        assertThat(event.mentorTenant()).isEqualTo("northbridge");
        assertThat(event.format()).isEqualTo(MentoringFormat.ADVICE_CONVERSATION);
        assertThat(event.acceptedAt()).isEqualTo(Instant.parse("2026-03-03T14:12:40.115Z"));
    }

    @Test
    void shouldTolerateAFormatItDoesNotKnowAndAMentorInAnotherInstitution() {
        ObjectNode example = (ObjectNode) JSON.readTree(EventContracts.example("mentoring-match", "MatchAccepted", 1));
        example.put("kind", "PEER_CIRCLE").put("mentorInstitution", "lakeside").put("addedLater", true);

        MentoringMatchEvents.MatchAccepted event = JSON.readValue(example.toString(),
                MentoringMatchEvents.MatchAccepted.class);

        assertThat(event.format()).isNull();
        assertThat(event.mentorTenant()).isEqualTo("lakeside");
    }
}
