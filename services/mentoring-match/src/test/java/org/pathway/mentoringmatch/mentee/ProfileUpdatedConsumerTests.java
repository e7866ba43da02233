package org.pathway.mentoringmatch.mentee;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.mentoringmatch.scoring.AcademicRank;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Consumer side of ProfileUpdated v1: the tolerant record reads the contract's example and ignores what it does not know. */
class ProfileUpdatedConsumerTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void shouldReadTheContractExample() {
        ObjectNode example = (ObjectNode) JSON.readTree(EventContracts.example("portfolio", "ProfileUpdated", 1));

        ProfileEvents.ProfileUpdated event = JSON.treeToValue(example, ProfileEvents.ProfileUpdated.class);

        assertThat(event.userId()).isEqualTo(example.get("userId").asString());
        assertThat(event.revision()).isEqualTo(example.get("revision").asInt());
        assertThat(event.knownRank()).isEqualTo(AcademicRank.valueOf(example.get("rank").asString()));
        assertThat(event.nicheTags()).hasSize(example.get("educationNiche").get("tags").size());
        assertThat(event.knownTargetRoles()).extracting(Enum::name)
                .containsExactlyElementsOf(example.get("targetRoles").valueStream().map(n -> n.asString()).toList());
    }

    @Test
    void shouldReadValuesAddedLaterAsUnknownInsteadOfFailing() {
        ObjectNode example = (ObjectNode) JSON.readTree(EventContracts.example("portfolio", "ProfileUpdated", 1));
        example.put("rank", "DISTINGUISHED_PROFESSOR").put("aFieldFromAFutureVersion", 1);
        example.putArray("targetRoles").add("CLERKSHIP_DIRECTOR").add("CHIEF_LEARNING_OFFICER");

        ProfileEvents.ProfileUpdated event = JSON.treeToValue(example, ProfileEvents.ProfileUpdated.class);

        assertThat(event.knownRank()).isNull();
        assertThat(event.knownTargetRoles()).extracting(Enum::name).containsExactly("CLERKSHIP_DIRECTOR");
    }
}
