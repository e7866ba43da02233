package org.pathway.promotionreview.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.kit.events.EventEnvelope;
import org.pathway.promotionreview.candidate.Candidate;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Consumer side of ProfileUpdated v1: the tolerant record reads the contract's example into a candidate. */
class ProfileEventContractTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .configure(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).build();

    @Test
    void shouldReadNameRankTrackAndNicheFromTheExample() {
        PortfolioProfileEvents.ProfileEvent event = JSON.readValue(
                EventContracts.example("portfolio", "ProfileUpdated", 1), PortfolioProfileEvents.ProfileEvent.class);

        Candidate candidate = event.toCandidate(envelope("northbridge"));

        assertThat(candidate.id()).isEqualTo("northbridge/9b2e7a40-3c51-4a8e-8a37-0d6c1f5e2a90");
        assertThat(candidate.name()).as("the dossier's candidate name").isEqualTo("Ada Okafor");
        assertThat(candidate.rank()).isEqualTo(Rank.ASSISTANT);
        assertThat(candidate.targetRank()).contains(Rank.ASSOCIATE);
        assertThat(candidate.track()).isEqualTo(Track.CLINICIAN_EDUCATOR);
        assertThat(candidate.niche()).containsExactly("Assessment of clinical reasoning in clerkships",
                "Clinical Reasoning", "Clinical Clerkship", "Educational Measurement");
        assertThat(candidate.revision()).isEqualTo(4);
        assertThat(candidate.lastEventId()).isEqualTo("event-1");
    }

    @Test
    void shouldMapEveryRankAndTrackOfTheContractAndTolerateUnknownOnes() {
        assertThat(PortfolioProfileEvents.ProfileEvent.rank("PROFESSOR")).isEqualTo(Rank.FULL);
        assertThat(PortfolioProfileEvents.ProfileEvent.rank("ASSOCIATE_PROFESSOR")).isEqualTo(Rank.ASSOCIATE);
        assertThat(PortfolioProfileEvents.ProfileEvent.rank("INSTRUCTOR")).isEqualTo(Rank.INSTRUCTOR);
        assertThat(PortfolioProfileEvents.ProfileEvent.rank("EMERITUS")).isNull();
        assertThat(PortfolioProfileEvents.ProfileEvent.track("RESEARCH_TENURE")).isEqualTo(Track.RESEARCH);
        assertThat(PortfolioProfileEvents.ProfileEvent.track("CLINICAL")).isEqualTo(Track.CLINICAL);
        assertThat(PortfolioProfileEvents.ProfileEvent.track("ADMINISTRATIVE")).isNull();

        ObjectNode sparse = JSON.createObjectNode().put("userId", "u-1").put("revision", 1)
                .put("updatedAt", "2026-01-12T10:15:00Z").putNull("rank").putNull("track").putNull("educationNiche");
        EventContracts.assertConforms("portfolio", "ProfileUpdated", 1, sparse.toString());
        Candidate candidate = JSON.readValue(sparse.toString(), PortfolioProfileEvents.ProfileEvent.class)
                .toCandidate(envelope("lakeside"));
        assertThat(candidate.targetRank()).isEmpty();
        assertThat(candidate.niche()).isEmpty();
    }

    private static EventEnvelope envelope(String tenant) {
        return new EventEnvelope("event-1", PortfolioProfileEvents.PROFILE_UPDATED, "/pathway/portfolio", "u", tenant,
                java.time.Instant.parse("2026-01-12T10:15:00Z"), "1.0");
    }
}
