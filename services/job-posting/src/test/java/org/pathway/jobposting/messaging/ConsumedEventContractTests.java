package org.pathway.jobposting.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.jobposting.alert.PublishedPosting;
import org.pathway.jobposting.candidate.Candidate;
import org.pathway.jobposting.posting.MissionTag;
import org.pathway.jobposting.posting.RoleType;
import org.pathway.jobposting.posting.TrainingKind;

import tools.jackson.databind.json.JsonMapper;

/** Consumer side: this service's tolerant records read the contracts' example payloads. */
class ConsumedEventContractTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void shouldReadProfileUpdatedIntoCandidateTargets() {
        PortfolioProfileEvents.ProfileUpdated event = JSON.readValue(
                EventContracts.example("portfolio", "ProfileUpdated", 1), PortfolioProfileEvents.ProfileUpdated.class);

        Candidate candidate = event.toCandidate("northbridge", "event-1");

        assertThat(candidate.id()).isEqualTo("northbridge/9b2e7a40-3c51-4a8e-8a37-0d6c1f5e2a90");
        assertThat(candidate.revision()).isEqualTo(4);
        assertThat(candidate.targetClinicalShare().min()).isEqualTo(30.0);
        assertThat(candidate.targetClinicalShare().max()).isEqualTo(50.0);
        assertThat(candidate.trainingHeld()).containsExactly(TrainingKind.FACULTY_DEVELOPMENT_SERIES);
        assertThat(candidate.trainingInProgress()).containsExactly(TrainingKind.MASTERS);
        assertThat(candidate.targetRoles()).containsExactlyInAnyOrder(RoleType.CLERKSHIP_DIRECTOR,
                RoleType.ASSOCIATE_PROGRAM_DIRECTOR);
        assertThat(candidate.nicheTags()).contains("Clinical Reasoning");
    }

    @Test
    void shouldReadItsOwnPostingPublishedIntoTheFactsFiltersTest() {
        JobPostingEvents.PostingPublished event = JSON.readValue(
                EventContracts.example("job-posting", "PostingPublished", 1), JobPostingEvents.PostingPublished.class);

        PublishedPosting posting = event.toPublished();

        assertThat(posting.institution()).isEqualTo("northbridge");
        assertThat(posting.facts().roleType()).isEqualTo(RoleType.ASSOCIATE_PROGRAM_DIRECTOR);
        assertThat(posting.facts().clinicalShareMax()).isEqualTo(40.0);
        assertThat(posting.facts().payMax()).isEqualTo(275_000L);
        assertThat(posting.facts().missionTags()).containsExactly(MissionTag.SAFETY_NET, MissionTag.UNDERSERVED);
        assertThat(posting.facts().locationText()).isEqualTo("Chicago, IL");
        assertThat(posting.facts().trainingRequired()).isEmpty();
    }
}
