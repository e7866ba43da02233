package org.pathway.promotionreview.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.kit.events.OutboxEvent;
import org.pathway.promotionreview.criteria.Authorship;
import org.pathway.promotionreview.criteria.Criteria;
import org.pathway.promotionreview.criteria.DefaultCriteria;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.ScholarshipType;
import org.pathway.promotionreview.criteria.Track;
import org.pathway.promotionreview.criteria.VenueLevel;
import org.pathway.promotionreview.readiness.CandidateEvidence;
import org.pathway.promotionreview.readiness.EvidenceItem;
import org.pathway.promotionreview.readiness.ReadinessEngine;
import org.pathway.promotionreview.readiness.ReadinessReport;

import tools.jackson.databind.json.JsonMapper;

/**
 * Producer side of ReadinessAssessed v1: the events a report really records in its outbox, serialized as the relay
 * sends them, and the rule that only a change of status or score is announced.
 */
class ReadinessAssessedContractTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.parse("2026-01-19");
    private static final Instant AT = Instant.parse("2026-01-19T09:41:08.113Z");
    private static final Criteria CRITERIA = DefaultCriteria.educationToAssociate("northbridge");

    @Test
    void shouldAnnounceTheFirstAssessmentConformingToTheSchema() {
        ReadinessRecord record = ReadinessRecord.first("northbridge", assess(0), AT);

        OutboxEvent event = only(record);
        assertThat(event.type()).isEqualTo("org.pathway.promotion-review.ReadinessAssessed.v1");
        assertThat(event.topic()).isEqualTo("promotion.readiness");
        assertThat(event.subject()).isEqualTo("f-1");
        assertThat(event.tenant()).isEqualTo("northbridge");
        String payload = JSON.writeValueAsString(event.payload());
        EventContracts.assertConforms("promotion-review", "ReadinessAssessed", 1, payload);
        assertThat(event.payload()).containsEntry("status", "NOT_READY").containsEntry("previousStatus", null)
                .containsEntry("criteriaVersion", 1).containsEntry("targetRank", "ASSOCIATE");
        assertThat(payload).contains("3 more peer-reviewed education products on your niche, at least 2 as first or "
                + "senior author");
    }

    @Test
    void shouldAnnounceAChangeWithThePreviousStatusAndScore() {
        ReadinessRecord record = ReadinessRecord.first("northbridge", assess(0), AT);
        int firstScore = record.score();

        boolean changed = record.reassess(assess(2), AT.plusSeconds(60));

        assertThat(changed).isTrue();
        assertThat(record.pendingEvents()).hasSize(2);
        OutboxEvent second = record.pendingEvents().get(1);
        EventContracts.assertConforms("promotion-review", "ReadinessAssessed", 1,
                JSON.writeValueAsString(second.payload()));
        assertThat(second.payload()).containsEntry("status", "BORDERLINE").containsEntry("previousStatus", "NOT_READY")
                .containsEntry("previousScore", firstScore);
    }

    @Test
    void shouldAnnounceNothingWhenTheSameEvidenceAndCriteriaGiveTheSameReport() {
        ReadinessRecord record = ReadinessRecord.first("northbridge", assess(2), AT);

        boolean changed = record.reassess(assess(2), AT.plusSeconds(60));

        assertThat(changed).isFalse();
        assertThat(record.pendingEvents()).hasSize(1);
    }

    @Test
    void shouldStoreButNotAnnounceAReportWhoseStatusAndScoreStayTheSame() {
        ReadinessRecord record = ReadinessRecord.first("northbridge", assess(0), AT);
        ReadinessReport revisedCriteria = ReadinessEngine.assess(candidate(0), CRITERIA.revise(CRITERIA.toDraft()));

        boolean changed = record.reassess(revisedCriteria, AT.plusSeconds(60));

        assertThat(changed).as("the report names another criteria version").isTrue();
        assertThat(record.report().criteriaVersion()).isEqualTo(2);
        assertThat(record.pendingEvents()).as("same status and score: nothing to announce").hasSize(1);
    }

    private static OutboxEvent only(ReadinessRecord record) {
        assertThat(record.pendingEvents()).hasSize(1);
        return record.pendingEvents().get(0);
    }

    private static ReadinessReport assess(int papers) {
        return ReadinessEngine.assess(candidate(papers), CRITERIA);
    }

    /** A director with national presence and teaching years; {@code papers} first-author niche papers. */
    private static CandidateEvidence candidate(int papers) {
        List<EvidenceItem> items = new java.util.ArrayList<>(List.of(
                EvidenceItem.leadership("lead", "Clerkship director", LocalDate.parse("2021-07-01"), null,
                        org.pathway.promotionreview.criteria.LeadershipRole.CLERKSHIP_DIRECTOR, Set.of()),
                workshop("w-1", "2023-05-01"), workshop("w-2", "2024-05-01")));
        for (int i = 0; i < papers; i++) {
            items.add(EvidenceItem.scholarship("p-" + i, "Paper " + i, LocalDate.parse("2024-01-01").plusMonths(i),
                    new EvidenceItem.Scholarship(ScholarshipType.PEER_REVIEWED_ARTICLE, true, Authorship.FIRST,
                            VenueLevel.NATIONAL, 0), Set.of("Clinical Reasoning")));
        }
        return CandidateEvidence.of("f-1", Track.CLINICIAN_EDUCATOR, Rank.ASSISTANT, Set.of("clinical reasoning"),
                items, TODAY);
    }

    private static EvidenceItem workshop(String id, String on) {
        return EvidenceItem.scholarship(id, "National workshop", LocalDate.parse(on),
                new EvidenceItem.Scholarship(ScholarshipType.WORKSHOP, false, Authorship.FIRST, VenueLevel.NATIONAL, 0),
                Set.of());
    }
}
