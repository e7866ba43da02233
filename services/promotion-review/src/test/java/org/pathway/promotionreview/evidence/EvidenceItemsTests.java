package org.pathway.promotionreview.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.promotionreview.criteria.Authorship;
import org.pathway.promotionreview.criteria.AwardKind;
import org.pathway.promotionreview.criteria.EvidenceKind;
import org.pathway.promotionreview.criteria.LeadershipRole;
import org.pathway.promotionreview.criteria.ScholarshipType;
import org.pathway.promotionreview.criteria.VenueLevel;
import org.pathway.promotionreview.readiness.EvidenceItem;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The portfolio's activity contract (its example, and the example turned into each other kind, every variant checked
 * against the schema) read back as the engine's evidence, as the projection stores it.
 */
class EvidenceItemsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void shouldReadTheTeachingExampleWithItsHoursAndEvaluation() {
        EvidenceItem item = EvidenceItems.of(evidence(example())).orElseThrow();

        assertThat(item.kind()).isEqualTo(EvidenceKind.TEACHING);
        assertThat(item.id()).isEqualTo("6d1f3c8e-6f7c-4f57-9d1e-2f0a4a6f2b11");
        assertThat(item.occurredOn()).isEqualTo(LocalDate.parse("2025-09-02"));
        assertThat(item.endedOn()).isEqualTo(LocalDate.parse("2025-12-16"));
        assertThat(item.teaching()).isEqualTo(new EvidenceItem.Teaching(24.0, 4.4, 1.0, 5.0));
        assertThat(item.scholarship()).isNull();
    }

    @Test
    void shouldReadScholarshipWithAuthorshipVenueAndItsThemeForTheNiche() {
        ObjectNode event = as("SCHOLARSHIP", """
                {"type": "PEER_REVIEWED_ARTICLE", "authorship": "SENIOR", "authors": ["Okafor A", "Lee J"],
                 "venue": "Academic Medicine", "venueLevel": "NATIONAL", "peerReviewed": true,
                 "doi": "10.1097/ACM.0000000000001234", "pmid": null, "theme": "Clinical Reasoning"}""");

        EvidenceItem item = EvidenceItems.of(evidence(event)).orElseThrow();

        assertThat(item.scholarship()).isEqualTo(new EvidenceItem.Scholarship(ScholarshipType.PEER_REVIEWED_ARTICLE,
                true, Authorship.SENIOR, VenueLevel.NATIONAL, 0));
        assertThat(item.themes()).containsExactly("clinical reasoning");
        assertThat(item.teaching()).isNull();
    }

    @Test
    void shouldReadAHeldLeadershipRoleWithItsLevel() {
        ObjectNode event = as("LEADERSHIP", """
                {"role": "CLERKSHIP_DIRECTOR", "scope": "Internal medicine clerkship", "level": "LOCAL",
                 "protectedFte": 0.2}""");
        event.putNull("endedOn");

        EvidenceItem item = EvidenceItems.of(evidence(event)).orElseThrow();

        assertThat(item.leadership()).isEqualTo(new EvidenceItem.Leadership(LeadershipRole.CLERKSHIP_DIRECTOR,
                VenueLevel.LOCAL));
        assertThat(item.endedOn()).as("still held").isNull();
    }

    @Test
    void shouldReadCurriculumOutcomesEvaluationAndDissemination() {
        EvidenceItem described = EvidenceItems.of(evidence(as("CURRICULUM", """
                {"outcomes": ["Residents state a differential"], "evaluationData": "Pre/post OSCE", "disseminated": false}
                """))).orElseThrow();
        EvidenceItem bare = EvidenceItems.of(evidence(as("CURRICULUM", """
                {"outcomes": [], "evaluationData": null, "disseminated": true}"""))).orElseThrow();

        assertThat(described.curriculum()).isEqualTo(new EvidenceItem.Curriculum(true, true, false));
        assertThat(bare.curriculum()).isEqualTo(new EvidenceItem.Curriculum(false, false, true));
    }

    @Test
    void shouldReadAwardsAndMentoring() {
        EvidenceItem award = EvidenceItems.of(evidence(as("AWARD", """
                {"kind": "STUDENT_VOTED_TEACHING", "awardedBy": "Class of 2026", "level": "LOCAL"}"""))).orElseThrow();
        EvidenceItem mentoring = EvidenceItems.of(evidence(as("MENTORING", """
                {"direction": "GIVEN", "counterpart": "A resident", "format": "LONG_TERM"}"""))).orElseThrow();

        assertThat(award.award()).isEqualTo(new EvidenceItem.Award(AwardKind.STUDENT_VOTED_TEACHING));
        assertThat(mentoring.kind()).isEqualTo(EvidenceKind.MENTORING);
    }

    @Test
    void shouldTreatValuesItDoesNotKnowAsNotDescribedInsteadOfFailing() {
        Evidence future = new Evidence("a-1", "northbridge", "f-1", "SCHOLARSHIP", "Future", LocalDate.parse("2025-01-01"),
                null, Map.of("type", "PODCAST", "authorship", "FIRST", "venueLevel", "GALACTIC", "peerReviewed", true),
                1, Instant.EPOCH, null, "e-1");
        Evidence brokenScale = new Evidence("a-2", "northbridge", "f-1", "TEACHING", "Broken", LocalDate.parse("2025-01-01"),
                LocalDate.parse("2024-12-01"), Map.of("hours", 3, "evaluation",
                Map.of("mean", 7.0, "scale", Map.of("min", 1, "max", 5))), 1, Instant.EPOCH, null, "e-2");
        Evidence unknownKind = new Evidence("a-3", "northbridge", "f-1", "PODCAST", "?", LocalDate.parse("2025-01-01"),
                null, Map.of(), 1, Instant.EPOCH, null, "e-3");
        Evidence unknownRole = new Evidence("a-4", "northbridge", "f-1", "LEADERSHIP", "Dean", LocalDate.parse("2025-01-01"),
                null, Map.of("role", "DEAN"), 1, Instant.EPOCH, null, "e-4");

        EvidenceItem scholarship = EvidenceItems.of(future).orElseThrow();
        assertThat(scholarship.scholarship()).isEqualTo(new EvidenceItem.Scholarship(null, true, Authorship.FIRST, null, 0));
        EvidenceItem teaching = EvidenceItems.of(brokenScale).orElseThrow();
        assertThat(teaching.teaching()).isEqualTo(new EvidenceItem.Teaching(3.0, null, null, null));
        assertThat(teaching.endedOn()).as("an end before the start is dropped").isNull();
        assertThat(EvidenceItems.of(unknownKind)).isEmpty();
        assertThat(EvidenceItems.of(unknownRole).orElseThrow().leadership()).isNull();
        assertThat(EvidenceItems.of(java.util.List.of(future, unknownKind, unknownRole))).hasSize(2);
    }

    private static ObjectNode example() {
        return (ObjectNode) JSON.readTree(EventContracts.example("portfolio", "ActivityRecorded", 1));
    }

    /** The example turned into another kind; it must still be a valid ActivityRecorded v1. */
    private static ObjectNode as(String kind, String details) {
        ObjectNode event = example();
        event.put("kind", kind).putNull("teaching");
        event.set(kind.toLowerCase(Locale.ROOT), JSON.readTree(details));
        EventContracts.assertConforms("portfolio", "ActivityRecorded", 1, event.toString());
        return event;
    }

    /** What the consumer stores: the kind's detail object under {@code details}. */
    private static Evidence evidence(ObjectNode event) {
        Map<String, Object> payload = JSON.readValue(event.toString(), new TypeReference<Map<String, Object>>() {
        });
        String kind = (String) payload.get("kind");
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) payload.get(kind.toLowerCase(Locale.ROOT));
        Object endedOn = payload.get("endedOn");
        return new Evidence((String) payload.get("activityId"), "northbridge", (String) payload.get("facultyId"), kind,
                (String) payload.get("title"), LocalDate.parse((String) payload.get("occurredOn")),
                endedOn == null ? null : LocalDate.parse((String) endedOn), details, 1,
                Instant.parse((String) payload.get("recordedAt")), null, "event-1");
    }

    @Test
    void shouldKeepTheSetOfThemesEmptyForKindsWithoutATheme() {
        assertThat(EvidenceItems.of(evidence(example())).orElseThrow().themes()).isEqualTo(Set.of());
    }
}
