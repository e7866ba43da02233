package org.pathway.promotionreview.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pathway.promotionreview.support.Api.faculty;
import static org.pathway.promotionreview.support.Api.institutionAdmin;
import static org.pathway.promotionreview.support.Api.json;
import static org.pathway.promotionreview.support.Events.ACTIVITY_RECORDED;
import static org.pathway.promotionreview.support.Events.PROFILE_UPDATED;
import static org.pathway.promotionreview.support.Events.clerkshipDirector;
import static org.pathway.promotionreview.support.Events.header;
import static org.pathway.promotionreview.support.Events.nationalWorkshop;
import static org.pathway.promotionreview.support.Events.paper;
import static org.pathway.promotionreview.support.Events.payload;
import static org.pathway.promotionreview.support.Events.profile;
import static org.pathway.promotionreview.support.Events.publish;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.promotionreview.candidate.Candidate;
import org.pathway.promotionreview.criteria.DefaultCriteria;
import org.pathway.promotionreview.evidence.Evidence;
import org.pathway.promotionreview.evidence.EvidenceItems;
import org.pathway.promotionreview.readiness.CandidateEvidence;
import org.pathway.promotionreview.readiness.ReadinessEngine;
import org.pathway.promotionreview.readiness.ReadinessReport;
import org.pathway.promotionreview.support.Api;
import org.pathway.promotionreview.support.Events;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Readiness kept live from real portfolio events on a real broker and the MongoDB wire server: the report follows the
 * evidence as the engine judges it, each change of status or score is announced once on {@code promotion.readiness},
 * a duplicate changes nothing, a new criteria version reassesses the line, and reports stay inside their institution.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class LiveReadinessIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void shouldFollowTheEvidenceToReadyAsTheEngineSaysAndAnnounceEachChange() {
        String facultyId = UUID.randomUUID().toString();
        String token = faculty(facultyId, "northbridge");

        publish(PROFILE_UPDATED, "northbridge", profile(facultyId, 1));

        JsonNode first = awaitReport(token, report -> "NOT_READY".equals(report.get("status").asString()));
        assertThat(first.get("criteriaVersion").asInt()).isEqualTo(1);
        assertThat(first.get("targetRank").asString()).isEqualTo("ASSOCIATE");
        assertThat(first.get("requirementsDeferred").asInt()).as("letters wait for a dossier").isEqualTo(1);
        ConsumerRecord<String, byte[]> announced = Events.awaitReadiness(facultyId,
                event -> event.get("previousStatus").isNull());
        assertConforms(announced);
        assertThat(header(announced, "ce_tenant")).isEqualTo("northbridge");
        assertThat(header(announced, "ce_subject")).isEqualTo(facultyId);
        assertThat(payload(announced).get("status").asString()).isEqualTo("NOT_READY");

        publish(ACTIVITY_RECORDED, "northbridge", clerkshipDirector(facultyId, "2021-07-01"));
        publish(ACTIVITY_RECORDED, "northbridge", nationalWorkshop(facultyId, "2023-05-10"));
        publish(ACTIVITY_RECORDED, "northbridge", nationalWorkshop(facultyId, "2024-05-08"));
        publish(ACTIVITY_RECORDED, "northbridge", paper(facultyId, "FIRST", "2023-02-01"));
        publish(ACTIVITY_RECORDED, "northbridge", paper(facultyId, "MIDDLE", "2024-03-01"));

        JsonNode borderline = awaitReport(token, report -> "BORDERLINE".equals(report.get("status").asString())
                && report.get("gaps").size() == 1);
        assertThat(borderline.get("gaps").get(0).get("text").asString())
                .isEqualTo("1 more peer-reviewed education product on your niche as first or senior author");

        publish(ACTIVITY_RECORDED, "northbridge", paper(facultyId, "SENIOR", "2025-04-01"));

        JsonNode ready = awaitReport(token, report -> "READY".equals(report.get("status").asString()));
        assertThat(ready.get("gaps")).isEmpty();
        assertThat(ready.get("requirementsMet").asInt()).isEqualTo(4);
        assertThat(ready.get("requirementsUnmet").asInt()).isZero();
        JsonNode scholarship = ready.get("requirements").get(0);
        assertThat(scholarship.get("requirementId").asString()).isEqualTo("education-scholarship");
        assertThat(scholarship.get("found").asInt()).isEqualTo(3);
        assertThat(scholarship.get("foundFirstOrSenior").asInt()).isEqualTo(2);
        assertThat(ready.get("coherence").get("onNiche").asInt()).isEqualTo(5);
        assertThat(ready.get("score").asInt()).as("as the engine says").isEqualTo(engine(facultyId).score());

        ConsumerRecord<String, byte[]> readyEvent = Events.awaitReadiness(facultyId,
                event -> "READY".equals(event.get("status").asString()));
        assertConforms(readyEvent);
        assertThat(payload(readyEvent).get("previousStatus").asString()).isEqualTo("BORDERLINE");
        assertThat(payload(readyEvent).get("score").asInt()).isEqualTo(ready.get("score").asInt());
        assertThat(payload(readyEvent).get("gaps")).isEmpty();
        List<JsonNode> all = Events.readiness(facultyId).stream().map(Events::payload).toList();
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).get("status").asString() + all.get(i).get("score").asInt())
                    .as("only changes are announced").isNotEqualTo(all.get(i - 1).get("status").asString()
                            + all.get(i - 1).get("score").asInt());
            assertThat(all.get(i).get("previousScore").asInt()).isEqualTo(all.get(i - 1).get("score").asInt());
        }
    }

    @Test
    void shouldChangeNothingAndAnnounceNothingForDuplicatedPortfolioEvents() {
        String facultyId = UUID.randomUUID().toString();
        String token = faculty(facultyId, "northbridge");
        ObjectNode profile = profile(facultyId, 2);
        String profileEventId = publish(PROFILE_UPDATED, "northbridge", profile);
        ObjectNode paper = paper(facultyId, "FIRST", "2024-01-15");
        String paperEventId = publish(ACTIVITY_RECORDED, "northbridge", paper);
        int score = awaitReport(token, report -> report.get("requirements").get(0).get("found").asInt() == 1)
                .get("score").asInt();
        await().atMost(PATIENCE).until(() -> reportDocument(facultyId).getList("outbox", Document.class).isEmpty());
        Events.awaitReadiness(facultyId, event -> event.get("score").asInt() == score);
        Document before = reportDocument(facultyId);
        int announcedBefore = Events.readiness(facultyId).size();

        publish(paperEventId, ACTIVITY_RECORDED, "northbridge", paper);
        publish(profileEventId, PROFILE_UPDATED, "northbridge", profile);
        // The same facts again under new event ids (a producer retry), and a stale profile revision: no-ops too.
        String paperAgain = publish(ACTIVITY_RECORDED, "northbridge", paper);
        String staleProfile = publish(PROFILE_UPDATED, "northbridge", profile(facultyId, 1).put("track", "CLINICAL"));

        // Same keys, same partitions: once these were processed, so were the duplicates before them.
        await().atMost(PATIENCE).until(() -> processed(paperAgain) && processed(staleProfile));
        assertThat(mongo.getCollection("processed_events").countDocuments(new Document("eventId", paperEventId)))
                .isEqualTo(1);
        Document after = reportDocument(facultyId);
        assertThat(after.get("version")).as("the report was not rewritten").isEqualTo(before.get("version"));
        assertThat(after.get("assessedAt")).isEqualTo(before.get("assessedAt"));
        assertThat(Events.readiness(facultyId)).as("nothing announced").hasSize(announcedBefore);
        assertThat(mongo.findById(Candidate.idOf("northbridge", facultyId), Candidate.class).track())
                .as("the stale revision did not replace the newer one").hasToString("CLINICIAN_EDUCATOR");
    }

    @Test
    void shouldReassessTheLineWhenAnAdminPublishesStricterCriteriaAfterPreviewingThem() {
        String institution = "riverside-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = institutionAdmin(UUID.randomUUID().toString(), institution);
        String facultyId = UUID.randomUUID().toString();
        String token = faculty(facultyId, institution);
        String researcher = UUID.randomUUID().toString();
        publish(PROFILE_UPDATED, institution, profile(facultyId, 1));
        publish(PROFILE_UPDATED, institution, profile(researcher, 1).put("track", "RESEARCH_TENURE"));
        publish(ACTIVITY_RECORDED, institution, clerkshipDirector(facultyId, "2020-08-01"));
        publish(ACTIVITY_RECORDED, institution, nationalWorkshop(facultyId, "2022-04-01"));
        publish(ACTIVITY_RECORDED, institution, nationalWorkshop(facultyId, "2023-04-01"));
        publish(ACTIVITY_RECORDED, institution, paper(facultyId, "FIRST", "2022-01-01"));
        publish(ACTIVITY_RECORDED, institution, paper(facultyId, "FIRST", "2023-01-01"));
        publish(ACTIVITY_RECORDED, institution, paper(facultyId, "MIDDLE", "2024-01-01"));
        awaitReport(token, report -> "READY".equals(report.get("status").asString()));
        await().atMost(PATIENCE).until(() -> reportDocument(institution, researcher) != null);

        ObjectNode stricter = (ObjectNode) json(api.get(
                "/api/promotion-review/admin/criteria/CLINICIAN_EDUCATOR/ASSOCIATE", admin)).get("criteria");
        ((ObjectNode) stricter.get("requirements").get(0)).put("atLeast", 5);

        HttpResponse<String> preview = api.post(
                "/api/promotion-review/admin/criteria/CLINICIAN_EDUCATOR/ASSOCIATE/preview", admin, stricter.toString());
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(json(preview).get("candidates").asInt()).as("the research-track candidate is not on the line")
                .isEqualTo(1);
        assertThat(json(preview).get("wouldChangeStatus").asInt()).isEqualTo(1);
        assertThat(json(preview).get("transitions").get(0).get("from").asString()).isEqualTo("READY");
        assertThat(json(preview).get("transitions").get(0).get("to").asString()).isEqualTo("NOT_READY");
        assertThat(json(preview).get("proposedVersion").asInt()).isEqualTo(2);
        assertThat(json(api.get("/api/promotion-review/readiness/me", token)).get("status").asString())
                .as("a preview writes nothing").isEqualTo("READY");

        HttpResponse<String> published = api.post(
                "/api/promotion-review/admin/criteria/CLINICIAN_EDUCATOR/ASSOCIATE/versions", admin, stricter.toString());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);

        JsonNode reassessed = awaitReport(token, report -> report.get("criteriaVersion").asInt() == 2);
        assertThat(reassessed.get("status").asString()).isEqualTo("NOT_READY");
        assertThat(reassessed.get("gaps").get(0).get("text").asString())
                .isEqualTo("2 more peer-reviewed education products on your niche");
        ConsumerRecord<String, byte[]> announced = Events.awaitReadiness(facultyId,
                event -> event.get("criteriaVersion").asInt() == 2);
        assertConforms(announced);
        assertThat(payload(announced).get("previousStatus").asString()).isEqualTo("READY");
        assertThat(reportDocument(institution, researcher).getInteger("criteriaVersion"))
                .as("another line keeps its version").isEqualTo(1);
    }

    @Test
    void shouldShowAReportToItsOwnerAndTheirInstitutionsAdminsOnly() {
        String facultyId = UUID.randomUUID().toString();
        publish(PROFILE_UPDATED, "northbridge", profile(facultyId, 1));
        awaitReport(faculty(facultyId, "northbridge"), report -> report.has("status"));
        String northbridgeAdmin = institutionAdmin(UUID.randomUUID().toString(), "northbridge");
        String lakesideAdmin = institutionAdmin(UUID.randomUUID().toString(), "lakeside");

        HttpResponse<String> byAdmin = api.get("/api/promotion-review/admin/readiness/" + facultyId, northbridgeAdmin);
        assertThat(byAdmin.statusCode()).isEqualTo(200);
        assertThat(json(byAdmin).get("facultyId").asString()).isEqualTo(facultyId);
        assertThat(json(api.get("/api/promotion-review/admin/readiness", northbridgeAdmin)).findValuesAsString("facultyId"))
                .contains(facultyId);

        assertThat(api.get("/api/promotion-review/admin/readiness/" + facultyId, lakesideAdmin).statusCode())
                .isEqualTo(404);
        assertThat(json(api.get("/api/promotion-review/admin/readiness", lakesideAdmin)).findValuesAsString("facultyId"))
                .doesNotContain(facultyId);
        assertThat(api.get("/api/promotion-review/readiness/me", faculty(facultyId, "lakeside")).statusCode())
                .as("the same subject in another institution has no report there").isEqualTo(404);
        assertThat(api.get("/api/promotion-review/readiness/me", faculty(UUID.randomUUID().toString(), "northbridge"))
                .statusCode()).isEqualTo(404);
        assertThat(api.get("/api/promotion-review/admin/readiness/" + facultyId, faculty(facultyId, "northbridge"))
                .statusCode()).as("faculty never read through admin routes").isEqualTo(403);
        assertThat(api.post("/api/promotion-review/admin/criteria/CLINICIAN_EDUCATOR/ASSOCIATE/versions",
                faculty(facultyId, "northbridge"), "{not json").statusCode()).as("403 before the body is read")
                .isEqualTo(403);
        assertThat(api.post("/api/promotion-review/admin/criteria/CLINICIAN_EDUCATOR/ASSOCIATE/preview",
                faculty(facultyId, "northbridge"), "{not json").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/promotion-review/readiness/me", northbridgeAdmin).statusCode()).isEqualTo(403);
    }

    private JsonNode awaitReport(String token, java.util.function.Predicate<JsonNode> condition) {
        JsonNode[] seen = new JsonNode[1];
        await().atMost(PATIENCE).untilAsserted(() -> {
            HttpResponse<String> response = api.get("/api/promotion-review/readiness/me", token);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            seen[0] = json(response);
            assertThat(condition.test(seen[0])).as(response.body()).isTrue();
        });
        return seen[0];
    }

    /** What the engine says about the stored evidence and profile, with the criteria the report names. */
    private ReadinessReport engine(String facultyId) {
        Candidate candidate = mongo.findById(Candidate.idOf("northbridge", facultyId), Candidate.class);
        List<Evidence> evidence = mongo.find(Query.query(Criteria.where("tenant").is("northbridge")
                .and("facultyId").is(facultyId)), Evidence.class);
        return ReadinessEngine.assess(CandidateEvidence.of(facultyId, candidate.track(), candidate.rank(),
                        candidate.niche(), EvidenceItems.of(evidence), LocalDate.now(ZoneOffset.UTC)),
                DefaultCriteria.educationToAssociate("northbridge"));
    }

    private static void assertConforms(ConsumerRecord<String, byte[]> record) {
        assertThat(header(record, "ce_type")).isEqualTo("org.pathway.promotion-review.ReadinessAssessed.v1");
        EventContracts.assertConforms("promotion-review", "ReadinessAssessed", 1, payload(record).toString());
    }

    private boolean processed(String eventId) {
        return mongo.getCollection("processed_events").countDocuments(new Document("eventId", eventId)) == 1;
    }

    private Document reportDocument(String facultyId) {
        return reportDocument("northbridge", facultyId);
    }

    private Document reportDocument(String tenant, String facultyId) {
        return mongo.findById(tenant + "/" + facultyId, Document.class, "readiness_reports");
    }
}
