package org.pathway.promotionreview.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** The shipped defaults encode DOMAIN.md's table for a mid-tier school, and institutions can override them. */
class DefaultCriteriaTests {

    @Test
    void shouldShipEducationAndResearchDefaultsToAssociateAndFull() {
        assertThat(DefaultCriteria.all("inst-a")).extracting(Criteria::track, Criteria::targetRank, Criteria::version)
                .containsExactly(
                        tuple(Track.CLINICIAN_EDUCATOR, Rank.ASSOCIATE, 1),
                        tuple(Track.CLINICIAN_EDUCATOR, Rank.FULL, 1),
                        tuple(Track.RESEARCH, Rank.ASSOCIATE, 1),
                        tuple(Track.RESEARCH, Rank.FULL, 1));
        assertThat(DefaultCriteria.of("inst-a", Track.CLINICAL, Rank.ASSOCIATE)).isEmpty();
    }

    @Test
    void shouldWeighEvidenceAsDomainTableSays() {
        for (Criteria criteria : DefaultCriteria.all("inst-a")) {
            assertThat(criteria.weights()).isEqualTo(new EvidenceWeights(95, 80, 70, 60, 40, 30));
        }
    }

    @Test
    void shouldAskEducationTrackForThreeNicheProductsTwoFirstOrSenior() {
        Criteria education = DefaultCriteria.educationToAssociate("inst-a");

        Requirement.EvidenceCount products = (Requirement.EvidenceCount) education.requirements().get(0);
        assertThat(products.atLeast()).isEqualTo(3);
        assertThat(products.atLeastFirstOrSenior()).isEqualTo(2);
        assertThat(products.filter().onNiche()).isTrue();
        assertThat(products.filter().peerReviewedOnly()).isTrue();
        assertThat(products.filter().scholarshipTypes()).allMatch(ScholarshipType::isEducationProduct);
        assertThat(education.requirements()).extracting(Requirement::type).containsExactly(
                RequirementType.EVIDENCE_COUNT, RequirementType.NATIONAL_PRESENCE,
                RequirementType.SUSTAINED_TEACHING, RequirementType.LEADERSHIP_ROLES,
                RequirementType.EXTERNAL_LETTERS);
    }

    @Test
    void shouldAskResearchTrackForSixPapersOnAnyTheme() {
        Criteria research = DefaultCriteria.researchToAssociate("inst-a");

        Requirement.EvidenceCount papers = (Requirement.EvidenceCount) research.requirements().get(0);
        assertThat(papers.atLeast()).isEqualTo(6);
        assertThat(papers.atLeastFirstOrSenior()).isEqualTo(2);
        assertThat(papers.filter().onNiche()).isFalse();
        assertThat(research.requirements()).extracting(Requirement::id)
                .containsExactly("research-papers", "national-presence", "sustained-teaching", "external-letters");
    }

    @Test
    void shouldLetAnInstitutionOverrideADefaultAsItsNextVersion() {
        Criteria defaults = DefaultCriteria.educationToAssociate("inst-a");
        CriteriaDraft draft = defaults.toDraft();
        CriteriaDraft.RequirementDraft products = draft.requirements().get(0);
        java.util.List<CriteriaDraft.RequirementDraft> requirements = new java.util.ArrayList<>(draft.requirements());
        requirements.set(0, new CriteriaDraft.RequirementDraft(products.id(), products.type(), products.labelOne(),
                products.labelMany(), products.importance(), 5, 3, products.kinds(), products.scholarshipTypes(),
                products.peerReviewedOnly(), "NATIONAL", products.onNiche(), products.leadershipRoles()));

        Criteria topTier = defaults.revise(new CriteriaDraft(draft.institution(), draft.track(), draft.targetRank(),
                requirements, new CriteriaDraft.WeightsDraft(null, null, null, null, 20, 10), null));

        assertThat(topTier.version()).isEqualTo(2);
        Requirement.EvidenceCount revised = (Requirement.EvidenceCount) topTier.requirements().get(0);
        assertThat(revised.atLeast()).isEqualTo(5);
        assertThat(revised.filter().minimumVenue()).isEqualTo(VenueLevel.NATIONAL);
        assertThat(topTier.weights()).isEqualTo(new EvidenceWeights(95, 80, 70, 60, 20, 10));
    }
}
