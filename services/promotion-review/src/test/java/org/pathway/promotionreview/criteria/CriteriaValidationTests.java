package org.pathway.promotionreview.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule that keeps criteria from contradicting themselves, each reported against the field that breaks it. */
class CriteriaValidationTests {

    private static final CriteriaDraft.RequirementDraft PRODUCTS = new CriteriaDraft.RequirementDraft("products",
            "EVIDENCE_COUNT", "product", "products", 50, 3, 2, List.of("SCHOLARSHIP"),
            List.of("PEER_REVIEWED_ARTICLE"), true, "NATIONAL", true, null);
    private static final CriteriaDraft.RequirementDraft TEACHING = new CriteriaDraft.RequirementDraft("teaching",
            "SUSTAINED_TEACHING", "year", "years", 20, 3, null, null, null, null, null, null, null);
    private static final CriteriaDraft.RequirementDraft LEADERSHIP = new CriteriaDraft.RequirementDraft("leadership",
            "LEADERSHIP_ROLES", "role", "roles", 20, 1, null, null, null, null, null, null,
            List.of("CLERKSHIP_DIRECTOR"));

    private static CriteriaDraft valid() {
        return new CriteriaDraft("inst-a", "CLINICIAN_EDUCATOR", "ASSOCIATE", List.of(PRODUCTS, TEACHING, LEADERSHIP),
                null, null);
    }

    private static CriteriaDraft withProducts(UnaryOperator<Req> change) {
        Req changed = change.apply(Req.of(PRODUCTS));
        return new CriteriaDraft("inst-a", "CLINICIAN_EDUCATOR", "ASSOCIATE",
                List.of(changed.draft(), TEACHING, LEADERSHIP), null, null);
    }

    private static CriteriaDraft withRequirement(CriteriaDraft.RequirementDraft extra) {
        List<CriteriaDraft.RequirementDraft> requirements = new ArrayList<>(valid().requirements());
        requirements.add(extra);
        return new CriteriaDraft("inst-a", "CLINICIAN_EDUCATOR", "ASSOCIATE", requirements, null, null);
    }

    private static List<Violation> violations(CriteriaDraft draft) {
        InvalidCriteriaException rejected = catchThrowableOfType(() -> Criteria.firstVersion(draft),
                InvalidCriteriaException.class);
        assertThat(rejected).as("draft should be rejected").isNotNull();
        return rejected.violations();
    }

    @Test
    void shouldAcceptAConsistentDraft() {
        Criteria criteria = Criteria.firstVersion(valid());

        assertThat(criteria.version()).isEqualTo(1);
        assertThat(criteria.requirements()).extracting(Requirement::id)
                .containsExactly("products", "teaching", "leadership");
        assertThat(criteria.weights()).isEqualTo(EvidenceWeights.DEFAULTS);
        assertThat(criteria.thresholds()).isEqualTo(ScoringThresholds.DEFAULTS);
    }

    @Test
    void shouldRejectNegativeCount() {
        assertThat(violations(withProducts(r -> r.atLeast(-1))))
                .contains(new Violation("requirements[0].atLeast", "must not be negative"));
    }

    @Test
    void shouldRejectZeroCountAsAlwaysMet() {
        assertThat(violations(withProducts(r -> r.atLeast(0)))).extracting(Violation::path)
                .contains("requirements[0].atLeast");
    }

    @Test
    void shouldRejectMissingCount() {
        assertThat(violations(withProducts(r -> r.atLeast(null))))
                .contains(new Violation("requirements[0].atLeast", "must be given"));
    }

    @Test
    void shouldRejectNegativeAuthorshipQuota() {
        assertThat(violations(withProducts(r -> r.firstOrSenior(-2))))
                .containsExactly(new Violation("requirements[0].atLeastFirstOrSenior", "must not be negative"));
    }

    @Test
    void shouldRejectAuthorshipQuotaAboveTheCount() {
        assertThat(violations(withProducts(r -> r.firstOrSenior(4))))
                .containsExactly(new Violation("requirements[0].atLeastFirstOrSenior", "cannot exceed atLeast (3)"));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void shouldRejectImportanceOutsideZeroToHundred(int importance) {
        assertThat(violations(withProducts(r -> r.importance(importance)))).containsExactly(new Violation(
                "requirements[0].importance", "must be between 0 and 100, was " + importance));
    }

    static Stream<Arguments> weightFields() {
        return Stream.of(-1, 101).flatMap(value -> Stream.of(
                Arguments.of("coherentSeries", new CriteriaDraft.WeightsDraft(value, null, null, null, null, null)),
                Arguments.of("nationalWorkshopFaculty",
                        new CriteriaDraft.WeightsDraft(null, value, null, null, null, null)),
                Arguments.of("highQualityPaper", new CriteriaDraft.WeightsDraft(null, null, value, null, null, null)),
                Arguments.of("majorDirectorRole", new CriteriaDraft.WeightsDraft(null, null, null, value, null, null)),
                Arguments.of("lecturesWithStrongEvaluations",
                        new CriteriaDraft.WeightsDraft(null, null, null, null, value, null)),
                Arguments.of("teachingAward", new CriteriaDraft.WeightsDraft(null, null, null, null, null, value))));
    }

    @ParameterizedTest
    @MethodSource("weightFields")
    void shouldRejectWeightOutsideZeroToHundred(String field, CriteriaDraft.WeightsDraft weights) {
        CriteriaDraft draft = new CriteriaDraft("inst-a", "CLINICIAN_EDUCATOR", "ASSOCIATE", valid().requirements(),
                weights, null);

        assertThat(violations(draft)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("weights." + field);
            assertThat(v.message()).startsWith("must be between 0 and 100");
        });
    }

    @Test
    void shouldTakeDefaultsForWeightsLeftOut() {
        CriteriaDraft draft = new CriteriaDraft("inst-a", "CLINICIAN_EDUCATOR", "ASSOCIATE", valid().requirements(),
                new CriteriaDraft.WeightsDraft(90, null, null, null, null, 0), null);

        assertThat(Criteria.firstVersion(draft).weights()).isEqualTo(new EvidenceWeights(90, 80, 70, 60, 40, 0));
    }

    @Test
    void shouldRejectUnknownEvidenceKindNamingItsPosition() {
        List<Violation> violations = violations(withProducts(r -> r.kinds(List.of("SCHOLARSHIP", "GRANT"))));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("requirements[0].kinds[1]");
            assertThat(v.message()).startsWith("unknown evidence kind 'GRANT'").contains("SCHOLARSHIP");
        });
    }

    @Test
    void shouldRejectAwardsAsARequirementBecauseTheyOnlySupport() {
        assertThat(violations(withRequirement(new CriteriaDraft.RequirementDraft("awards", "EVIDENCE_COUNT", "award",
                "awards", 10, 2, null, List.of("AWARD"), null, null, null, null, null))))
                .containsExactly(new Violation("requirements[3].kinds[0]",
                        "awards support a dossier but never count toward a requirement"));
    }

    @Test
    void shouldRejectRequirementWithoutKinds() {
        assertThat(violations(withProducts(r -> r.kinds(List.of()))))
                .contains(new Violation("requirements[0].kinds", "at least one evidence kind is needed"));
    }

    @Test
    void shouldRejectUnknownScholarshipTypeVenueAndRole() {
        List<Violation> violations = violations(withProducts(r -> r.types(List.of("BLOG_POST")).venue("GLOBAL")));

        assertThat(violations).extracting(Violation::path)
                .containsExactly("requirements[0].scholarshipTypes[0]", "requirements[0].minimumVenue");
        assertThat(violations(withRequirement(new CriteriaDraft.RequirementDraft("chair", "LEADERSHIP_ROLES", "r",
                "rs", 10, 1, null, null, null, null, null, null, List.of("DEAN")))))
                .extracting(Violation::path).containsExactly("requirements[3].leadershipRoles[0]");
    }

    @Test
    void shouldRejectUnknownRequirementType() {
        assertThat(violations(withProducts(r -> r.type("VIBES")))).extracting(Violation::path)
                .containsExactly("requirements[0].type");
    }

    @Test
    void shouldRejectScholarshipConditionsOnOtherKinds() {
        List<Violation> violations = violations(withProducts(r -> r.kinds(List.of("SCHOLARSHIP", "CURRICULUM"))));

        assertThat(violations).extracting(Violation::path).containsExactly("requirements[0].scholarshipTypes",
                "requirements[0].peerReviewedOnly", "requirements[0].minimumVenue",
                "requirements[0].atLeastFirstOrSenior");
    }

    @Test
    void shouldRejectLeadershipRolesFilterOnOtherKinds() {
        assertThat(violations(withRequirement(new CriteriaDraft.RequirementDraft("x", "EVIDENCE_COUNT", "x", "xs", 10,
                1, null, List.of("TEACHING"), null, null, null, null, List.of("COURSE_DIRECTOR")))))
                .containsExactly(new Violation("requirements[3].leadershipRoles",
                        "applies only when kinds is exactly [LEADERSHIP]"));
    }

    @Test
    void shouldRejectFilterFieldsOnRequirementTypesThatIgnoreThem() {
        assertThat(violations(withRequirement(new CriteriaDraft.RequirementDraft("national", "NATIONAL_PRESENCE",
                "a", "as", 10, 2, 1, List.of("SCHOLARSHIP"), null, null, "NATIONAL", true, null))))
                .extracting(Violation::path).containsExactly("requirements[3].atLeastFirstOrSenior",
                        "requirements[3].kinds", "requirements[3].minimumVenue", "requirements[3].onNiche");
    }

    @Test
    void shouldRejectLeadershipRequirementWithoutRoles() {
        assertThat(violations(withRequirement(new CriteriaDraft.RequirementDraft("lead", "LEADERSHIP_ROLES", "r",
                "rs", 10, 1, null, null, null, null, null, null, List.of()))))
                .containsExactly(new Violation("requirements[3].leadershipRoles",
                        "at least one leadership role is needed"));
    }

    @Test
    void shouldRejectDuplicateAndBlankRequirementIds() {
        CriteriaDraft.RequirementDraft again = Req.of(TEACHING).draft();
        CriteriaDraft.RequirementDraft blank = Req.of(LEADERSHIP).id(" ").draft();

        assertThat(violations(new CriteriaDraft("inst-a", "CLINICIAN_EDUCATOR", "ASSOCIATE",
                List.of(PRODUCTS, TEACHING, again, blank), null, null))).containsExactly(
                new Violation("requirements[2].id", "duplicates requirements[1].id 'teaching'"),
                new Violation("requirements[3].id", "must not be blank"));
    }

    @Test
    void shouldRejectBlankLabels() {
        assertThat(violations(withProducts(r -> r.labels("", null)))).extracting(Violation::path)
                .containsExactly("requirements[0].labelOne", "requirements[0].labelMany");
    }

    @Test
    void shouldRejectUnknownTrackAndRankAndBlankInstitution() {
        assertThat(violations(new CriteriaDraft(" ", "TENURE", "DEAN", valid().requirements(), null, null)))
                .extracting(Violation::path).containsExactly("institution", "track", "targetRank");
    }

    @Test
    void shouldRejectInstructorAsPromotionTarget() {
        assertThat(violations(new CriteriaDraft("inst-a", "RESEARCH", "INSTRUCTOR", valid().requirements(), null,
                null))).containsExactly(new Violation("targetRank",
                "INSTRUCTOR is the entry rank and cannot be a promotion target"));
    }

    @Test
    void shouldRejectCriteriaWithoutRequirements() {
        assertThat(violations(new CriteriaDraft("inst-a", "RESEARCH", "ASSOCIATE", List.of(), null, null)))
                .containsExactly(new Violation("requirements", "at least one requirement is needed"));
    }

    @Test
    void shouldRejectCriteriaThatOnlyAskForLetters() {
        assertThat(violations(new CriteriaDraft("inst-a", "RESEARCH", "ASSOCIATE", List.of(
                new CriteriaDraft.RequirementDraft("letters", "EXTERNAL_LETTERS", "l", "ls", 10, 3, null, null, null,
                        null, null, null, null)), null, null)))
                .extracting(Violation::path).containsExactly("requirements");
    }

    @Test
    void shouldRejectCriteriaWhoseImportancesAreAllZero() {
        assertThat(violations(new CriteriaDraft("inst-a", "RESEARCH", "ASSOCIATE",
                List.of(Req.of(TEACHING).importance(0).draft()), null, null)))
                .containsExactly(new Violation("requirements",
                        "the importances of the requirements other than EXTERNAL_LETTERS must not all be 0"));
    }

    @Test
    void shouldRejectBorderlineFloorAtOrAboveReadyFloor() {
        CriteriaDraft draft = new CriteriaDraft("inst-a", "RESEARCH", "ASSOCIATE", valid().requirements(), null,
                new CriteriaDraft.ThresholdsDraft(60, 60, null, null, null, null, null, null, null));

        assertThat(violations(draft)).containsExactly(
                new Violation("thresholds.borderlineFloor", "must be below thresholds.readyFloor (60)"));
    }

    @Test
    void shouldRejectThresholdsOutOfRange() {
        CriteriaDraft draft = new CriteriaDraft("inst-a", "RESEARCH", "ASSOCIATE", valid().requirements(), null,
                new CriteriaDraft.ThresholdsDraft(101, 0, -1, 120, -5, 0, 101, 0, 0));

        assertThat(violations(draft)).extracting(Violation::path).containsExactly("thresholds.readyFloor",
                "thresholds.borderlineFloor", "thresholds.borderlineShortfall", "thresholds.coverageSharePercent",
                "thresholds.supportingSignalPercent", "thresholds.teachingHalfHours",
                "thresholds.strongEvaluationPercent", "thresholds.coherentSeriesSize",
                "thresholds.nationalWorkshopYears");
    }

    @Test
    void shouldReportEveryViolationAtOnce() {
        CriteriaDraft draft = new CriteriaDraft("inst-a", "CLINICIAN_EDUCATOR", "ASSOCIATE",
                List.of(Req.of(PRODUCTS).atLeast(-3).kinds(List.of("SCHOLARSHIP", "GRANT")).draft(), TEACHING),
                new CriteriaDraft.WeightsDraft(150, null, null, null, null, null), null);

        assertThatThrownBy(() -> Criteria.firstVersion(draft)).isInstanceOf(InvalidCriteriaException.class)
                .hasMessageContaining("requirements[0].atLeast").hasMessageContaining("requirements[0].kinds[1]")
                .hasMessageContaining("weights.coherentSeries");
    }

    @Test
    void shouldRejectVersionBelowOne() {
        assertThatThrownBy(() -> Criteria.of(valid(), 0)).isInstanceOf(InvalidCriteriaException.class)
                .hasMessageContaining("version");
    }

    @Test
    void shouldPublishEveryChangeAsTheNextVersion() {
        Criteria first = Criteria.firstVersion(valid());

        Criteria second = first.revise(withProducts(r -> r.atLeast(4)));
        Criteria third = second.revise(second.toDraft());

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.key()).isEqualTo(first.key());
        assertThat(second.requirements().get(0).atLeast()).isEqualTo(4);
        assertThat(first.requirements().get(0).atLeast()).isEqualTo(3);
        assertThat(third.version()).isEqualTo(3);
        assertThat(third.requirements()).isEqualTo(second.requirements());
    }

    @Test
    void shouldRejectRevisionThatChangesTrackOrRank() {
        Criteria first = Criteria.firstVersion(valid());
        CriteriaDraft otherLine = new CriteriaDraft("inst-a", "RESEARCH", "FULL", valid().requirements(), null, null);

        assertThat(catchThrowableOfType(() -> first.revise(otherLine), InvalidCriteriaException.class).violations())
                .extracting(Violation::path).containsExactly("track", "targetRank");
    }

    @Test
    void shouldRoundTripThroughItsDraft() {
        Criteria criteria = Criteria.firstVersion(valid());

        assertThat(Criteria.of(criteria.toDraft(), 1)).isEqualTo(criteria);
    }

    /** A small copy-with helper over the positional draft record. */
    private record Req(String id, String type, String one, String many, Integer importance, Integer atLeast,
                       Integer firstOrSenior, List<String> kinds, List<String> types, Boolean peerReviewed,
                       String venue, Boolean onNiche, List<String> roles) {
        static Req of(CriteriaDraft.RequirementDraft d) {
            return new Req(d.id(), d.type(), d.labelOne(), d.labelMany(), d.importance(), d.atLeast(),
                    d.atLeastFirstOrSenior(), d.kinds(), d.scholarshipTypes(), d.peerReviewedOnly(), d.minimumVenue(),
                    d.onNiche(), d.leadershipRoles());
        }

        CriteriaDraft.RequirementDraft draft() {
            return new CriteriaDraft.RequirementDraft(id, type, one, many, importance, atLeast, firstOrSenior, kinds,
                    types, peerReviewed, venue, onNiche, roles);
        }

        Req id(String value) {
            return new Req(value, type, one, many, importance, atLeast, firstOrSenior, kinds, types, peerReviewed,
                    venue, onNiche, roles);
        }

        Req type(String value) {
            return new Req(id, value, one, many, importance, atLeast, firstOrSenior, kinds, types, peerReviewed,
                    venue, onNiche, roles);
        }

        Req labels(String newOne, String newMany) {
            return new Req(id, type, newOne, newMany, importance, atLeast, firstOrSenior, kinds, types, peerReviewed,
                    venue, onNiche, roles);
        }

        Req importance(Integer value) {
            return new Req(id, type, one, many, value, atLeast, firstOrSenior, kinds, types, peerReviewed, venue,
                    onNiche, roles);
        }

        Req atLeast(Integer value) {
            return new Req(id, type, one, many, importance, value, firstOrSenior, kinds, types, peerReviewed, venue,
                    onNiche, roles);
        }

        Req firstOrSenior(Integer value) {
            return new Req(id, type, one, many, importance, atLeast, value, kinds, types, peerReviewed, venue,
                    onNiche, roles);
        }

        Req kinds(List<String> value) {
            return new Req(id, type, one, many, importance, atLeast, firstOrSenior, value, types, peerReviewed, venue,
                    onNiche, roles);
        }

        Req types(List<String> value) {
            return new Req(id, type, one, many, importance, atLeast, firstOrSenior, kinds, value, peerReviewed, venue,
                    onNiche, roles);
        }

        Req venue(String value) {
            return new Req(id, type, one, many, importance, atLeast, firstOrSenior, kinds, types, peerReviewed, value,
                    onNiche, roles);
        }
    }
}
