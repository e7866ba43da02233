package org.pathway.mentoringmatch.mentee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Consumer side of ReadinessAssessed v1: the tolerant record reads the contract's example into gap categories. */
class ReadinessAssessedConsumerTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void shouldReadTheContractExampleAsAScholarshipGap() {
        ObjectNode example = (ObjectNode) JSON.readTree(EventContracts.example("promotion-review", "ReadinessAssessed", 1));

        ReadinessEvents.ReadinessAssessed event = JSON.treeToValue(example, ReadinessEvents.ReadinessAssessed.class);

        assertThat(event.facultyId()).isEqualTo(example.get("facultyId").asString());
        assertThat(event.assessedAt()).isEqualTo(Instant.parse(example.get("assessedAt").asString()));
        assertThat(event.gapCategories()).containsExactly("SCHOLARSHIP");
    }

    @Test
    void shouldSortTheDefaultRequirementsIntoCategoriesAndKeepUnknownOnesByName() {
        ObjectNode example = (ObjectNode) JSON.readTree(EventContracts.example("promotion-review", "ReadinessAssessed", 1));
        var gaps = example.putArray("gaps");
        for (String id : new String[] {"research-papers", "national-presence", "external-letters", "education-leadership",
                "sustained-teaching", "clinical-excellence"}) {
            gaps.addObject().put("requirementId", id).put("shortfall", 1).put("text", id);
        }

        ReadinessEvents.ReadinessAssessed event = JSON.treeToValue(example, ReadinessEvents.ReadinessAssessed.class);

        assertThat(event.gapCategories()).containsExactly("CLINICAL_EXCELLENCE", "LEADERSHIP", "NATIONAL_PRESENCE",
                "SCHOLARSHIP", "TEACHING");
    }
}
