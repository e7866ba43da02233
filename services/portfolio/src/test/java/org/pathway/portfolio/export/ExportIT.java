package org.pathway.portfolio.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Tokens.faculty;
import static org.pathway.infra.local.Tokens.institutionAdmin;
import static org.pathway.portfolio.support.Api.TEACHING;
import static org.pathway.portfolio.support.Api.json;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.infra.local.TestInfrastructure;
import org.pathway.portfolio.support.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * The exports over HTTP with real tokens, the real broker and the Mongo wire server: the PDFs read back with PDFBox,
 * the JSON and CSV archives, and who may download what across the two institutions northbridge and lakeside.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class ExportIT {

    static final String ARTICLE = """
            {"kind": "SCHOLARSHIP", "title": "Thinking aloud: assessing clinical reasoning in the clerkship",
             "occurredOn": "2024-03-14",
             "scholarship": {"type": "PEER_REVIEWED_ARTICLE", "authorship": "FIRST",
                             "authors": ["Dana Whitfield", "Okafor, Ama", "M. Lindqvist"], "venue": "Academic Medicine",
                             "venueLevel": "INTERNATIONAL", "peerReviewed": true,
                             "doi": "10.1097/ACM.0000000000005123", "theme": "Assessment of clinical reasoning"}}""";
    static final String CITATION = "Whitfield D, Okafor A, Lindqvist M. Thinking aloud: assessing clinical reasoning in "
            + "the clerkship. Academic Medicine.";
    private static final String ASSESSMENT_ROLE = """
            {"kind": "LEADERSHIP", "title": "Clinical competency committee member", "occurredOn": "2023-07-01",
             "leadership": {"role": "COMMITTEE_MEMBER", "scope": "Internal medicine residency CCC", "level": "LOCAL"}}""";
    private static final String CLERKSHIP_ROLE = """
            {"kind": "LEADERSHIP", "title": "Associate clerkship director", "occurredOn": "2022-07-01",
             "leadership": {"role": "CLERKSHIP_DIRECTOR", "scope": "Medicine clerkship", "level": "LOCAL",
                            "protectedFte": 0.2}}""";
    private static final String PRIVATE_PROFILE = """
            {"specialty": "Internal medicine", "rank": "ASSISTANT_PROFESSOR", "track": "CLINICIAN_EDUCATOR",
             "educationNiche": {"theme": "Assessment of clinical reasoning in clerkships", "tags": ["Clinical Reasoning"]},
             "minimumIncome": {"amount": 187000, "currency": "USD"},
             "energyAudit": {"drains": ["Night float documentation"], "energizes": ["Bedside teaching"],
                             "weekWithoutClinicalWork": "Write the clerkship reasoning curriculum"}}""";

    @LocalServerPort
    int port;

    private Api api;
    private final String ownerId = UUID.randomUUID().toString();
    private String owner;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        owner = faculty(ownerId, "northbridge");
        assertThat(api.put("/api/portfolio/profile/me", owner, PRIVATE_PROFILE).statusCode()).isEqualTo(200);
        for (String activity : new String[] {TEACHING, ARTICLE, ASSESSMENT_ROLE, CLERKSHIP_ROLE}) {
            HttpResponse<String> recorded = api.post("/api/portfolio/activities", owner, activity);
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        }
    }

    @Test
    void shouldDownloadAMedEdCvWhoseTextHoldsTheRecordedActivitiesAndAFormattedCitation() throws IOException {
        HttpResponse<byte[]> cv = download("/api/portfolio/exports/cv.pdf", owner);

        assertThat(cv.statusCode()).isEqualTo(200);
        assertThat(cv.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(cv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment").contains("med-ed-cv.pdf"));
        String text = flat(EducatorDocumentsTests.text(cv.body()));
        assertThat(text).contains("Medical Education Curriculum Vitae").contains("Faculty " + ownerId.substring(0, 8))
                .contains("Assessment of clinical reasoning in clerkships")
                .contains("Clinical reasoning small groups (Sep 2025 \u2013 Dec 2025)")
                .contains("24 h \u00b7 medical students \u00b7 32 learners")
                .contains("Associate clerkship director (Jul 2022 \u2013 present)")
                .contains(CITATION).contains("doi:10.1097/ACM.0000000000005123");
        assertThat(text.indexOf("Teaching")).as("teaching comes first in a med-ed CV")
                .isLessThan(text.indexOf("Education scholarship"));
        assertThat(text).doesNotContain("Night float").doesNotContain("187000").doesNotContain("187,000");
    }

    @Test
    void shouldSortTheEvidenceIntoTheFiveDomainsOfTheEducatorPortfolio() throws IOException {
        HttpResponse<byte[]> portfolio = download("/api/portfolio/exports/educator-portfolio.pdf", owner);

        assertThat(portfolio.statusCode()).isEqualTo(200);
        String text = flat(EducatorDocumentsTests.text(portfolio.body()));
        int teaching = text.indexOf("1. Teaching");
        int curriculum = text.indexOf("2. Curriculum development");
        int mentoring = text.indexOf("3. Advising and mentoring");
        int leadership = text.indexOf("4. Educational leadership and administration");
        int assessment = text.indexOf("5. Learner assessment");
        assertThat(new int[] {teaching, curriculum, mentoring, leadership, assessment}).isSorted()
                .doesNotContain(-1);
        assertThat(text.indexOf("Clinical reasoning small groups")).isBetween(teaching, curriculum);
        assertThat(text.indexOf("Associate clerkship director")).isBetween(leadership, assessment);
        assertThat(text.indexOf("Clinical competency committee member")).isGreaterThan(assessment);
        assertThat(text).contains(CITATION);
    }

    @Test
    void shouldLetAnInstitutionAdminExportTheCvOfTheirFacultyWithoutThePrivateFields() throws IOException {
        HttpResponse<byte[]> cv = download("/api/portfolio/admin/profiles/" + ownerId + "/cv.pdf",
                institutionAdmin(UUID.randomUUID().toString(), "northbridge"));

        assertThat(cv.statusCode()).isEqualTo(200);
        String text = flat(EducatorDocumentsTests.text(cv.body()));
        assertThat(text).contains("Clinical reasoning small groups").contains(CITATION);
        assertThat(text).doesNotContain("Night float").doesNotContain("Bedside teaching")
                .doesNotContain("Write the clerkship reasoning curriculum").doesNotContain("187000");
    }

    @Test
    void shouldAnswer404ToAnAdminOfAnotherInstitutionAndForSomeoneWithoutAProfile() {
        String lakesideAdmin = institutionAdmin(UUID.randomUUID().toString(), "lakeside");

        HttpResponse<byte[]> foreign = download("/api/portfolio/admin/profiles/" + ownerId + "/cv.pdf", lakesideAdmin);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(new String(foreign.body())).doesNotContain("Clinical reasoning small groups");
        assertThat(download("/api/portfolio/admin/profiles/" + UUID.randomUUID() + "/cv.pdf",
                institutionAdmin(UUID.randomUUID().toString(), "northbridge")).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldNeverLetAnyoneButTheOwnerOrTheirAdminDownloadTheirDocuments() throws IOException {
        String colleague = faculty(UUID.randomUUID().toString(), "northbridge");
        String lakesideFaculty = faculty(UUID.randomUUID().toString(), "lakeside");
        String admin = institutionAdmin(UUID.randomUUID().toString(), "northbridge");
        String mentor = TestInfrastructure.jwtIssuer().token().organization("northbridge").roles("mentor").sign();

        assertThat(download("/api/portfolio/admin/profiles/" + ownerId + "/cv.pdf", colleague).statusCode())
                .as("a colleague is no admin").isEqualTo(403);
        assertThat(download("/api/portfolio/admin/profiles/" + ownerId + "/cv.pdf", mentor).statusCode()).isEqualTo(403);
        assertThat(download("/api/portfolio/exports/cv.pdf", null).statusCode()).isEqualTo(401);
        for (String path : new String[] {"/cv.pdf", "/educator-portfolio.pdf", "/portfolio.json", "/portfolio.csv"}) {
            assertThat(download("/api/portfolio/exports" + path, admin).statusCode())
                    .as("the owner's exports are the owner's: " + path).isEqualTo(403);
        }
        for (String other : new String[] {colleague, lakesideFaculty}) {
            HttpResponse<byte[]> theirOwn = download("/api/portfolio/exports/cv.pdf", other);
            assertThat(theirOwn.statusCode()).isEqualTo(200);
            assertThat(flat(EducatorDocumentsTests.text(theirOwn.body()))).doesNotContain("Clinical reasoning small groups")
                    .doesNotContain("Thinking aloud");
            assertThat(api.get("/api/portfolio/exports/portfolio.json", other).body()).doesNotContain(ownerId)
                    .doesNotContain("Night float");
        }
    }

    @Test
    void shouldFreezeTheCvInASnapshotThatOnlyItsOwnerReads() throws IOException {
        HttpResponse<String> taken = api.post("/api/portfolio/exports/cv-snapshots", owner);
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
        String id = json(taken).get("id").asString();
        // The id job-posting's apply call accepts as cvSnapshotId.
        assertThat(id).matches("[A-Za-z0-9][A-Za-z0-9_-]{7,63}");
        assertThat(json(taken).get("bytes").asInt()).isPositive();

        // Recorded after the snapshot: the snapshot still reads as the CV did when it was taken.
        String later = "Simulation curriculum for night float " + UUID.randomUUID();
        assertThat(api.post("/api/portfolio/activities", owner, ARTICLE.replace(
                "Thinking aloud: assessing clinical reasoning in the clerkship", later)).statusCode()).isEqualTo(201);
        HttpResponse<byte[]> frozen = download("/api/portfolio/exports/cv-snapshots/" + id + "/cv.pdf", owner);
        assertThat(frozen.statusCode()).isEqualTo(200);
        assertThat(frozen.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = flat(EducatorDocumentsTests.text(frozen.body()));
        assertThat(text).contains(CITATION).doesNotContain(later).doesNotContain("187000");
        assertThat(flat(EducatorDocumentsTests.text(download("/api/portfolio/exports/cv.pdf", owner).body())))
                .contains(later);

        assertThat(json(api.get("/api/portfolio/exports/cv-snapshots", owner)).valueStream()
                .map(snapshot -> snapshot.get("id").asString())).contains(id);
        for (String stranger : new String[] {faculty(UUID.randomUUID().toString(), "northbridge"),
                faculty(ownerId, "lakeside")}) {
            assertThat(download("/api/portfolio/exports/cv-snapshots/" + id + "/cv.pdf", stranger).statusCode())
                    .isEqualTo(404);
            assertThat(api.get("/api/portfolio/exports/cv-snapshots", stranger).body()).doesNotContain(id);
        }
        assertThat(download("/api/portfolio/exports/cv-snapshots/" + id + "/cv.pdf",
                institutionAdmin(UUID.randomUUID().toString(), "northbridge")).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldExportTheWholePortfolioAsJsonWithPrivateFieldsRevisionsAndThePivotPlan() {
        String activityId = reviseTeachingAndDrawAPlan();

        HttpResponse<String> exported = api.get("/api/portfolio/exports/portfolio.json", owner);

        assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("portfolio.json"));
        JsonNode archive = json(exported);
        assertThat(archive.get("format").asString()).isEqualTo(PortfolioArchive.FORMAT);
        assertThat(archive.get("profile").get("minimumIncome").get("amount").asLong()).isEqualTo(187000);
        assertThat(archive.get("profile").get("energyAudit").get("drains").get(0).asString())
                .isEqualTo("Night float documentation");
        assertThat(archive.get("activities").size()).isEqualTo(4);
        JsonNode revised = archive.get("activities").valueStream()
                .filter(entry -> entry.get("activity").get("id").asString().equals(activityId)).findFirst().orElseThrow();
        assertThat(revised.get("activity").get("title").asString()).isEqualTo("Clinical reasoning small groups, revamped");
        assertThat(revised.get("activity").get("revision").asInt()).isEqualTo(2);
        assertThat(revised.get("revisions").get(0).get("title").asString()).isEqualTo("Clinical reasoning small groups");
        assertThat(archive.get("pivotPlan").get("milestones").size()).isGreaterThan(3);
    }

    @Test
    void shouldExportTheWholePortfolioAsOneLongCsvTable() {
        String activityId = reviseTeachingAndDrawAPlan();

        HttpResponse<String> exported = api.get("/api/portfolio/exports/portfolio.csv", owner);

        assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(exported.body()).startsWith(PortfolioCsv.HEADER + "\r\n")
                .containsPattern("profile," + ownerId + ",\\d+,energyAudit\\.drains\\[0],Night float documentation\r\n")
                .containsPattern("profile," + ownerId + ",\\d+,minimumIncome\\.amount,187000\r\n")
                .contains("activity," + activityId + ",2,title,\"Clinical reasoning small groups, revamped\"\r\n")
                .contains("activity," + activityId + ",2,teaching.comments[1],Made me think aloud\r\n")
                .contains("activity-revision," + activityId + ",1,title,Clinical reasoning small groups\r\n")
                .contains("activity," + activityId + ",2,teaching.evaluation.scale.max,5")
                .containsPattern("\r\nmilestone,[^,]+,,title,[^\r]+\r\n")
                .contains("pivot-plan,,,horizonMonths,");
    }

    private String reviseTeachingAndDrawAPlan() {
        JsonNode teaching = json(api.get("/api/portfolio/activities", owner)).valueStream()
                .filter(activity -> activity.get("kind").asString().equals("TEACHING")).findFirst().orElseThrow();
        String id = teaching.get("id").asString();
        HttpResponse<String> revised = api.put("/api/portfolio/activities/" + id, owner,
                TEACHING.replace("\"kind\": \"TEACHING\", ", "")
                        .replace("Clinical reasoning small groups", "Clinical reasoning small groups, revamped"));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        HttpResponse<String> plan = api.post("/api/portfolio/pivot-plan/me/template", owner,
                "{\"startsOn\": \"2026-01-05\"}");
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
        return id;
    }

    private HttpResponse<byte[]> download(String path, String token) {
        try {
            return HttpClient.newHttpClient().send(HttpCalls.request(api.url(path), token).setHeader("Accept", "*/*")
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The extracted text with each wrapped line joined to the next, so a reference reads as one line. */
    static String flat(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
