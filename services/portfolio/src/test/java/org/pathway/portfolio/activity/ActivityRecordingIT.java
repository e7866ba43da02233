package org.pathway.portfolio.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.KafkaEvents;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.infra.local.TestInfrastructure;
import org.pathway.portfolio.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The portfolio's half of the foundation slice, against a real broker, the Mongo wire server and RS256 tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class ActivityRecordingIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private final String northbridgeFaculty = UUID.randomUUID().toString();

    @Test
    void shouldPublishActivityRecordedThroughTheOutboxWhenFacultyRecordsAnActivity() {
        HttpResponse<String> created = HttpCalls.postJson(url("/api/portfolio/activities"), faculty(northbridgeFaculty, "northbridge"),
                Api.TEACHING);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String activityId = JSON.readTree(created.body()).get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/portfolio/activities/" + activityId);

        ConsumerRecord<String, byte[]> event = KafkaEvents.awaitOne("portfolio.activities", activityId,
                "org.pathway.portfolio.ActivityRecorded.v1");
        assertThat(KafkaEvents.header(event, "ce_type")).isEqualTo("org.pathway.portfolio.ActivityRecorded.v1");
        assertThat(KafkaEvents.header(event, "ce_tenant")).isEqualTo("northbridge");
        assertThat(KafkaEvents.header(event, "ce_subject")).isEqualTo(activityId);
        assertThat(KafkaEvents.header(event, "ce_source")).isEqualTo("/pathway/portfolio");
        assertThat(KafkaEvents.header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaEvents.header(event, "ce_id")).isNotBlank();
        String payload = new String(event.value(), StandardCharsets.UTF_8);
        EventContracts.assertConforms("portfolio", "ActivityRecorded", 1, payload);
        JsonNode data = JSON.readTree(payload);
        assertThat(data.get("facultyId").asString()).isEqualTo(northbridgeFaculty);
        assertThat(data.get("title").asString()).isEqualTo("Clinical reasoning small groups");
        assertThat(data.get("teaching").get("hours").asDouble()).isEqualTo(24.0);
        assertThat(data.get("teaching").get("commentCount").asInt()).as("learners' words stay in the portfolio").isEqualTo(2);
        assertThat(payload).doesNotContain("Best small group");

        Map<?, ?> stored = mongo.findById(activityId, Map.class, "activities");
        assertThat(stored).isNotNull();
        assertThat((List<?>) stored.get("outbox")).as("published events leave the outbox").isEmpty();
    }

    @Test
    void shouldShowAnActivityToItsOwnerOnlyAndNeverAcrossInstitutions() {
        String activityId = recordTeaching(northbridgeFaculty, "northbridge");
        String colleague = faculty(UUID.randomUUID().toString(), "northbridge");
        String otherInstitution = faculty(northbridgeFaculty, "lakeside");

        assertThat(HttpCalls.get(url("/api/portfolio/activities/" + activityId), faculty(northbridgeFaculty, "northbridge"))
                .statusCode()).isEqualTo(200);
        assertThat(HttpCalls.get(url("/api/portfolio/activities/" + activityId), colleague).statusCode()).isEqualTo(404);
        HttpResponse<String> crossTenant = HttpCalls.get(url("/api/portfolio/activities/" + activityId), otherInstitution);
        assertThat(crossTenant.statusCode()).isEqualTo(404);
        assertThat(crossTenant.body()).doesNotContain("Clinical");
        assertThat(HttpCalls.get(url("/api/portfolio/activities"), otherInstitution).body()).isEqualTo("[]");
        assertThat(HttpCalls.get(url("/api/portfolio/activities"), faculty(northbridgeFaculty, "northbridge")).body())
                .contains(activityId);
    }

    @Test
    void shouldRejectInvalidActivitiesWithAProblemNamingTheFieldAndStoreNothing() {
        String token = faculty(northbridgeFaculty, "northbridge");
        long before = mongo.getCollection("activities").countDocuments();

        assertProblem(HttpCalls.postJson(url("/api/portfolio/activities"), token, """
                {"kind": "TEACHING", "title": "Revamped session", "occurredOn": "2025-09-02", "endedOn": "2025-09-01"}"""),
                400, "endedOn");
        assertProblem(HttpCalls.postJson(url("/api/portfolio/activities"), token, """
                {"title": "No kind", "occurredOn": "2025-09-02"}"""), 400, "kind");
        assertProblem(HttpCalls.postJson(url("/api/portfolio/activities"), token, """
                {"kind": "KNITTING", "title": "Unknown kind", "occurredOn": "2025-09-02"}"""), 400, "kind");
        assertProblem(HttpCalls.postJson(url("/api/portfolio/activities"), token, """
                {"kind": "TEACHING", "title": "Forged tenant", "occurredOn": "2025-09-02", "tenant": "lakeside"}"""),
                400, "tenant");
        assertProblem(HttpCalls.postJson(url("/api/portfolio/activities"), token, """
                {"kind": "TEACHING", "title": "Forged owner", "occurredOn": "2025-09-02", "ownerId": "someone-else"}"""),
                400, "ownerId");
        assertProblem(HttpCalls.postJson(url("/api/portfolio/activities"), token, """
                {"kind": "TEACHING", "title": "", "occurredOn": "2999-01-01"}"""), 400, "title");

        assertThat(mongo.getCollection("activities").countDocuments()).isEqualTo(before);
    }

    @Test
    void shouldRequireATokenAndTheFacultyRole() {
        HttpResponse<String> anonymous = HttpCalls.get(url("/api/portfolio/activities"), null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        String mentorOnly = TestInfrastructure.jwtIssuer().token().subject(northbridgeFaculty).organization("northbridge")
                .roles("mentor").sign();
        assertThat(HttpCalls.postJson(url("/api/portfolio/activities"), mentorOnly, """
                {"kind": "TEACHING", "title": "Not mine to record", "occurredOn": "2025-09-02"}""").statusCode())
                .isEqualTo(403);
    }

    private String recordTeaching(String facultyId, String institution) {
        HttpResponse<String> created = HttpCalls.postJson(url("/api/portfolio/activities"), faculty(facultyId, institution),
                Api.TEACHING);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asString();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.toString()).as("the problem names the field").contains("\"" + field + "\"");
    }

    private static String faculty(String subject, String institution) {
        return TestInfrastructure.jwtIssuer().token().subject(subject).username(subject + "@" + institution + ".edu")
                .organization(institution).roles("faculty").sign();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
