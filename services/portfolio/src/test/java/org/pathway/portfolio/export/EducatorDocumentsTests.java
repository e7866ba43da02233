package org.pathway.portfolio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.pathway.portfolio.activity.ActivityKind;
import org.pathway.portfolio.activity.ActivityView;
import org.pathway.portfolio.activity.AuthorshipPosition;
import org.pathway.portfolio.activity.AwardDetails;
import org.pathway.portfolio.activity.AwardKind;
import org.pathway.portfolio.activity.CurriculumDetails;
import org.pathway.portfolio.activity.Evaluation;
import org.pathway.portfolio.activity.LeadershipDetails;
import org.pathway.portfolio.activity.LeadershipRole;
import org.pathway.portfolio.activity.LearnerLevel;
import org.pathway.portfolio.activity.Level;
import org.pathway.portfolio.activity.MentoringDetails;
import org.pathway.portfolio.activity.MentoringDirection;
import org.pathway.portfolio.activity.RatingScale;
import org.pathway.portfolio.activity.ScholarshipDetails;
import org.pathway.portfolio.activity.ScholarshipType;
import org.pathway.portfolio.activity.TeachingDetails;
import org.pathway.portfolio.profile.AcademicRank;
import org.pathway.portfolio.profile.AdminProfileView;
import org.pathway.portfolio.profile.Track;

/** The documents' content and layout without infrastructure: what a committee reads, and the PDF that carries it. */
class EducatorDocumentsTests {

    static final AdminProfileView PROFILE = new AdminProfileView("u1", "northbridge", "Dana Whitfield",
            "dana@northbridge.edu", "Emergency medicine", "Department of Emergency Medicine",
            AcademicRank.ASSISTANT_PROFESSOR, Track.CLINICIAN_EDUCATOR, 0.6, null, List.of(), List.of(), List.of(), null,
            3, Instant.parse("2026-01-01T00:00:00Z"));

    static ActivityView article(String id, String title, ScholarshipType type, String venue) {
        return new ActivityView(id, ActivityKind.SCHOLARSHIP, title, LocalDate.of(2024, 3, 1), null, Instant.now(), 1,
                null, null, null, new ScholarshipDetails(type, AuthorshipPosition.FIRST,
                        List.of("Dana Whitfield", "Ruiz, Ana", "K. Osei"), venue, Level.NATIONAL, true,
                        "10.1097/ACM.0000000000005123", "38912345", "Clinical reasoning"),
                null, null, null);
    }

    static ActivityView teaching(String id, String title) {
        return new ActivityView(id, ActivityKind.TEACHING, title, LocalDate.of(2025, 9, 2), LocalDate.of(2025, 12, 16),
                Instant.now(), 1, null, new TeachingDetails(24.0, LearnerLevel.MEDICAL_STUDENT, 32,
                        new Evaluation(4.4, new RatingScale(1.0, 5.0), 27), null, List.of("Made me think aloud")),
                null, null, null, null, null);
    }

    static ActivityView committee(String id, String title, String scope) {
        return new ActivityView(id, ActivityKind.LEADERSHIP, title, LocalDate.of(2022, 7, 1), null, Instant.now(), 1, null,
                null, null, null, new LeadershipDetails(LeadershipRole.COMMITTEE_MEMBER, scope, Level.LOCAL, null), null,
                null);
    }

    @Test
    void shouldFormatScholarshipAsAmaReferencesWithTheBundledStyle() {
        var citations = Citations.format(List.of(article("a1", "Assessing clinical reasoning in clerkships",
                ScholarshipType.PEER_REVIEWED_ARTICLE, "Academic Medicine")));

        assertThat(citations.get("a1")).startsWith("Whitfield D, Ruiz A, Osei K. Assessing clinical reasoning in clerkships. ")
                .contains("Academic Medicine").contains("2024").contains("doi:10.1097/ACM.0000000000005123");
    }

    @Test
    void shouldPutTeachingAndScholarshipInTheCvAndPrintThemInThePdf() throws IOException {
        List<ActivityView> activities = List.of(teaching("t1", "Clinical reasoning small groups"),
                article("a1", "Assessing clinical reasoning in clerkships", ScholarshipType.PEER_REVIEWED_ARTICLE,
                        "Academic Medicine"));

        String text = text(PdfRenderer.render(EducatorDocuments.cv(PROFILE, activities), "Dana Whitfield", "footer"));

        assertThat(text).contains("Medical Education Curriculum Vitae").contains("Dana Whitfield")
                .contains("Clinical reasoning small groups (Sep 2025 \u2013 Dec 2025)")
                .contains("Learner evaluation: 4.4 on a 1\u20135 scale (27 respondents)")
                .contains("Whitfield D, Ruiz A, Osei K. Assessing clinical reasoning in clerkships.")
                .contains("page 1 of 1");
        assertThat(text.indexOf("Teaching")).isLessThan(text.indexOf("Education scholarship"));
    }

    @Test
    void shouldSortEvidenceIntoTheFiveDomains() {
        Sheet portfolio = EducatorDocuments.portfolio(PROFILE, List.of(teaching("t1", "Small groups"),
                article("a1", "An OSCE checklist with validity evidence", ScholarshipType.ASSESSMENT_TOOL, "MedEdPORTAL"),
                committee("c1", "Member", "Clinical competency committee, internal medicine residency"),
                committee("c2", "Member", "Curriculum committee")));

        assertThat(portfolio.sections()).extracting(Sheet.Section::heading).contains("1. Teaching",
                "2. Curriculum development", "3. Advising and mentoring",
                "4. Educational leadership and administration", "5. Learner assessment");
        assertThat(entries(portfolio, "5. Learner assessment")).anyMatch(e -> e.contains("OSCE checklist"))
                .anyMatch(e -> e.contains("Clinical competency committee"));
        assertThat(entries(portfolio, "4. Educational leadership and administration"))
                .anyMatch(e -> e.contains("Curriculum committee"))
                .noneMatch(e -> e.contains("Clinical competency committee"));
    }

    @Test
    void shouldPrintEveryKindOfActivityWithWhateverOptionalFactsItHas() {
        ActivityView curriculum = new ActivityView("k1", ActivityKind.CURRICULUM, "Night-float handoff curriculum",
                LocalDate.of(2024, 1, 8), null, Instant.now(), 1, null, null,
                new CurriculumDetails(List.of(), null, false), null, null, null, null);
        ActivityView award = new ActivityView("w1", ActivityKind.AWARD, "Golden apple", LocalDate.of(2025, 5, 20), null,
                Instant.now(), 1, null, null, null, null, null,
                new AwardDetails(AwardKind.STUDENT_VOTED_TEACHING, "Class of 2025", null), null);
        ActivityView mentoring = new ActivityView("m1", ActivityKind.MENTORING, "Mentoring given",
                LocalDate.of(2025, 2, 1), null, Instant.now(), 1, null, null, null, null, null, null,
                new MentoringDetails(MentoringDirection.GIVEN, "PGY-2 resident", null));

        Sheet cv = EducatorDocuments.cv(PROFILE, List.of(curriculum, award, mentoring));

        assertThat(entries(cv, "Curriculum and program development"))
                .containsExactly("Night-float handoff curriculum (Jan 2024) Local, not disseminated");
        assertThat(entries(cv, "Honors and awards"))
                .containsExactly("Golden apple (May 2025) Student-voted teaching award \u00b7 awarded by Class of 2025");
        assertThat(entries(cv, "Advising and mentoring")).containsExactly("Mentoring given (Feb 2025) Mentee: PGY-2 resident");
        assertThat(entries(cv, "Education focus")).isEmpty();
    }

    @Test
    void shouldPrintCharactersTheStandardFontsLackAsQuestionMarksInsteadOfFailing() throws IOException {
        Sheet sheet = new Sheet("Title", List.of("\u6559\u80b2 name \u2192 arrow"), List.of());

        assertThat(text(PdfRenderer.render(sheet, null, "footer"))).contains("?? name ? arrow");
    }

    private static List<String> entries(Sheet sheet, String heading) {
        return sheet.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow().entries()
                .stream().map(e -> e.text() + " " + String.join(" ", e.details())).toList();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
