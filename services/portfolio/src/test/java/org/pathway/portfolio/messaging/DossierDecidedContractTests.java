package org.pathway.portfolio.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.portfolio.profile.AcademicRank;
import org.pathway.portfolio.profile.Track;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Consumer side of DossierDecided v1: the tolerant record reads the contract's example in the portfolio's terms. */
class DossierDecidedContractTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).build();

    @Test
    void shouldReadThePromotionFromTheExampleInThePortfoliosRankAndTrackNames() {
        PromotionDossierEvents.DossierDecided event = read(EventContracts.example("promotion-review", "DossierDecided", 1));

        assertThat(event.dossierId()).isEqualTo("d7a3c2e1-5b4f-4a8e-9c61-0f2b7d3e8a94");
        assertThat(event.candidateId()).isEqualTo("7d0f5a9c-2b1e-4f63-a8d4-6c3e9b12f5a7");
        assertThat(event.promoted()).isTrue();
        assertThat(event.rank()).isEqualTo(AcademicRank.ASSOCIATE_PROFESSOR);
        assertThat(event.portfolioTrack()).isEqualTo(Track.CLINICIAN_EDUCATOR);
    }

    @Test
    void shouldMapTheResearchTrackAndFullRankAndTolerateValuesItDoesNotKnow() {
        ObjectNode example = (ObjectNode) JSON.readTree(EventContracts.example("promotion-review", "DossierDecided", 1));

        example.put("track", "RESEARCH").put("targetRank", "FULL").put("votesFor", 7);
        PromotionDossierEvents.DossierDecided research = read(example.toString());
        example.put("track", "TEACHING_SCHOLAR").put("outcome", "DEFERRED");
        PromotionDossierEvents.DossierDecided unknown = read(example.toString());

        assertThat(research.portfolioTrack()).isEqualTo(Track.RESEARCH_TENURE);
        assertThat(research.rank()).isEqualTo(AcademicRank.PROFESSOR);
        assertThat(unknown.portfolioTrack()).isNull();
        assertThat(unknown.promoted()).isFalse();
    }

    private static PromotionDossierEvents.DossierDecided read(String json) {
        return JSON.readValue(json, PromotionDossierEvents.DossierDecided.class);
    }
}
