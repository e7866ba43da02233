package org.pathway.promotionreview.criteria.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.promotionreview.support.Api.assertFieldProblem;
import static org.pathway.promotionreview.support.Api.faculty;
import static org.pathway.promotionreview.support.Api.institutionAdmin;
import static org.pathway.promotionreview.support.Api.json;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.promotionreview.support.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An institution admin administers their own institution's criteria: starts from the defaults, publishes immutable
 * versions, reads every one back; contradictory criteria are refused naming every field; other institutions never see
 * or change them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class CriteriaAdministrationIT {

    private static final String LINE = "/api/promotion-review/admin/criteria/CLINICIAN_EDUCATOR/ASSOCIATE";

    @LocalServerPort
    int port;

    private Api api;
    private String institution;
    private String admin;
    private String otherAdmin;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        // A fresh institution per test: "has none yet" must hold, whatever ran before on the shared Mongo.
        institution = "northbridge-" + UUID.randomUUID().toString().substring(0, 8);
        admin = institutionAdmin(UUID.randomUUID().toString(), institution);
        otherAdmin = institutionAdmin(UUID.randomUUID().toString(), "lakeside-" + UUID.randomUUID().toString()
                .substring(0, 8));
    }

    @Test
    void shouldStartFromTheDefaultsAndKeepEveryPublishedVersion() {
        JsonNode lines = json(api.get("/api/promotion-review/admin/criteria", admin));
        assertThat(lines).hasSize(4);
        assertThat(lines.findValuesAsString("source")).containsOnly("DEFAULT");
        JsonNode defaults = json(api.get(LINE, admin));
        assertThat(defaults.get("version").asInt()).isEqualTo(1);
        assertThat(defaults.get("criteria").get("weights").get("coherentSeries").asInt()).isEqualTo(95);
        assertThat(json(api.get(LINE + "/versions", admin))).hasSize(1);

        ObjectNode draft = (ObjectNode) defaults.get("criteria").deepCopy();
        ((ObjectNode) draft.get("requirements").get(0)).put("atLeast", 4);
        ((ObjectNode) draft.get("weights")).put("teachingAward", 20);
        HttpResponse<String> published = api.post(LINE + "/versions", admin, draft.toString());

        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        assertThat(published.headers().firstValue("Location")).hasValue(LINE + "/versions/2");
        assertThat(json(published).get("version").asInt()).isEqualTo(2);
        assertThat(json(published).get("source").asString()).isEqualTo("ADMIN");
        ((ObjectNode) draft.get("requirements").get(0)).put("atLeast", 5);
        assertThat(api.post(LINE + "/versions", admin, draft.toString()).statusCode()).isEqualTo(201);

        JsonNode versions = json(api.get(LINE + "/versions", admin));
        assertThat(versions.findValuesAsString("version")).containsExactly("3", "2", "1");
        assertThat(versions.get(2).get("source").asString()).as("the defaults, frozen as version 1").isEqualTo("DEFAULT");
        assertThat(versions.get(2).get("criteria")).isEqualTo(defaults.get("criteria"));
        JsonNode second = json(api.get(LINE + "/versions/2", admin));
        assertThat(second.get("criteria").get("requirements").get(0).get("atLeast").asInt()).as("immutable").isEqualTo(4);
        assertThat(second.get("criteria").get("weights").get("teachingAward").asInt()).isEqualTo(20);
        assertThat(json(api.get(LINE, admin)).get("version").asInt()).isEqualTo(3);
        assertThat(api.get(LINE + "/versions/9", admin).statusCode()).isEqualTo(404);

        assertThat(json(api.get(LINE, otherAdmin)).get("version").asInt()).as("another institution keeps its own")
                .isEqualTo(1);
        assertThat(json(api.get(LINE + "/versions", otherAdmin))).hasSize(1);
    }

    @Test
    void shouldRefuseContradictoryCriteriaNamingEveryOffendingField() {
        ObjectNode draft = (ObjectNode) json(api.get(LINE, admin)).get("criteria").deepCopy();
        ObjectNode scholarship = (ObjectNode) draft.get("requirements").get(0);
        scholarship.put("atLeast", -2);
        ((ArrayNode) scholarship.get("kinds")).add("AWARD");
        ((ObjectNode) draft.get("weights")).put("coherentSeries", 120);
        ((ObjectNode) draft.get("thresholds")).put("borderlineFloor", 90);

        HttpResponse<String> rejected = api.post(LINE + "/versions", admin, draft.toString());

        assertFieldProblem(rejected, "requirements[0].atLeast", "requirements[0].kinds[1]", "weights.coherentSeries",
                "thresholds.borderlineFloor");
        assertFieldProblem(api.post(LINE + "/preview", admin, draft.toString()), "requirements[0].atLeast",
                "weights.coherentSeries");
        assertThat(json(api.get(LINE + "/versions", admin))).as("nothing was stored").hasSize(1);
    }

    @Test
    void shouldNeverBindTheInstitutionFromTheBodyOrAcceptUnknownLines() {
        ObjectNode draft = (ObjectNode) json(api.get(LINE, admin)).get("criteria").deepCopy();

        assertFieldProblem(api.post(LINE + "/versions", admin, draft.deepCopy().put("institution", "lakeside").toString()),
                "institution");
        assertFieldProblem(api.post("/api/promotion-review/admin/criteria/ASTROLOGY/ASSOCIATE/versions", admin,
                draft.toString()), "track");
        assertFieldProblem(api.post("/api/promotion-review/admin/criteria/RESEARCH/INSTRUCTOR/versions", admin,
                draft.toString()), "targetRank");
        assertThat(api.get("/api/promotion-review/admin/criteria/CLINICAL/ASSOCIATE", admin).statusCode())
                .as("no defaults for the clinical track").isEqualTo(404);
    }

    @Test
    void shouldStartALineWithoutDefaultsAtVersionOne() {
        ObjectNode draft = (ObjectNode) json(api.get(LINE, admin)).get("criteria").deepCopy();

        HttpResponse<String> published = api.post("/api/promotion-review/admin/criteria/CLINICAL/ASSOCIATE/versions",
                admin, draft.toString());

        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        assertThat(json(published).get("version").asInt()).isEqualTo(1);
        assertThat(json(api.get("/api/promotion-review/admin/criteria/CLINICAL/ASSOCIATE/versions", admin)))
                .hasSize(1);
    }

    @Test
    void shouldKeepFacultyOutOfCriteriaAdministrationBeforeReadingTheBody() {
        String facultyToken = faculty(UUID.randomUUID().toString(), institution);

        assertThat(api.get(LINE, facultyToken).statusCode()).isEqualTo(403);
        HttpResponse<String> refused = api.post(LINE + "/versions", facultyToken, "{\"requirements\": [ broken");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(api.get(LINE + "/versions", admin))).hasSize(1);
    }
}
