package org.pathway.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathway.devstack.PlatformApp;
import org.pathway.infra.local.HttpCalls;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backbone end to end: a faculty member logs in at Keycloak, records an activity through the gateway (portfolio),
 * ActivityRecorded travels through the outbox and Kafka, promotion-review projects it, and the same user reads it back
 * through the gateway; a user of the other institution never sees it.
 */
class FoundationSliceSystemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static PlatformUnderTest platform;

    @BeforeAll
    static void startPlatform() {
        platform = PlatformUnderTest.get();
    }

    @Test
    void shouldCarryARecordedActivityFromPortfolioToPromotionReviewThroughTheGateway() {
        String faculty = platform.login("faculty@northbridge.edu");
        String title = "Simulation-based procedural training " + System.nanoTime();

        HttpResponse<String> recorded = HttpCalls.postJson(platform.gatewayUrl("/api/portfolio/activities"), faculty,
                "{\"kind\": \"TEACHING\", \"title\": \"" + title + "\", \"occurredOn\": \"2025-10-01\","
                        + " \"teaching\": {\"hours\": 6, \"learnerLevel\": \"RESIDENT\", \"learnerCount\": 14}}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String activityId = JSON.readTree(recorded.body()).get("id").asString();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResponse<String> evidence = HttpCalls.get(platform.gatewayUrl("/api/promotion-review/evidence/" + activityId),
                    faculty);
            assertThat(evidence.statusCode()).as(evidence.body()).isEqualTo(200);
            assertThat(JSON.readTree(evidence.body()).get("title").asString()).isEqualTo(title);
        });
        JsonNode mine = JSON.readTree(HttpCalls.get(platform.gatewayUrl("/api/promotion-review/evidence"), faculty).body());
        assertThat(mine.findValuesAsString("activityId")).contains(activityId);
    }

    @Test
    void shouldNeverShowOneInstitutionsEvidenceToAnother() {
        String northbridge = platform.login("faculty@northbridge.edu");
        HttpResponse<String> recorded = HttpCalls.postJson(platform.gatewayUrl("/api/portfolio/activities"), northbridge,
                "{\"kind\": \"SCHOLARSHIP\", \"title\": \"Assessment of clinical reasoning\", \"occurredOn\": \"2025-03-01\","
                        + " \"scholarship\": {\"type\": \"PEER_REVIEWED_ARTICLE\", \"authorship\": \"FIRST\","
                        + " \"authors\": [\"N. Faculty\"], \"venue\": \"Academic Medicine\", \"venueLevel\": \"NATIONAL\","
                        + " \"peerReviewed\": true}}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String activityId = JSON.readTree(recorded.body()).get("id").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> HttpCalls.get(
                platform.gatewayUrl("/api/promotion-review/evidence/" + activityId), northbridge).statusCode() == 200);

        String lakeside = platform.login("faculty@lakeside.edu");
        HttpResponse<String> evidence = HttpCalls.get(platform.gatewayUrl("/api/promotion-review/evidence/" + activityId),
                lakeside);
        HttpResponse<String> activity = HttpCalls.get(platform.gatewayUrl("/api/portfolio/activities/" + activityId), lakeside);
        assertThat(evidence.statusCode()).isEqualTo(404);
        assertThat(activity.statusCode()).isEqualTo(404);
        assertThat(evidence.body() + activity.body()).doesNotContain("Assessment of clinical reasoning");
        assertThat(HttpCalls.get(platform.gatewayUrl("/api/promotion-review/evidence"), lakeside).body())
                .doesNotContain(activityId);
        assertThat(HttpCalls.get(platform.gatewayUrl("/api/portfolio/activities"), lakeside).body())
                .doesNotContain(activityId);
    }

    @Test
    void shouldAnswerAnApiCallWithoutATokenWith401ProblemAndNeverARedirect() {
        HttpResponse<String> anonymous = HttpCalls.get(platform.gatewayUrl("/api/portfolio/activities"), null);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Location")).isEmpty();
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void shouldRefuseAUserWithoutTheFacultyRoleRecordingEvidence() {
        String admin = platform.login("admin@northbridge.edu");

        HttpResponse<String> response = HttpCalls.postJson(platform.gatewayUrl("/api/portfolio/activities"), admin,
                "{\"kind\": \"TEACHING\", \"title\": \"Not an admin's evidence\", \"occurredOn\": \"2025-10-01\"}");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void everyServiceIsReadyAndPublishesItsOpenApiDocument() {
        for (PlatformApp service : platform.services) {
            HttpResponse<String> readiness = HttpCalls.get(service.baseUrl() + "/actuator/health/readiness", null);
            assertThat(readiness.statusCode()).as(service.name() + " readiness").isEqualTo(200);
            HttpResponse<String> openApi = HttpCalls.get(service.baseUrl() + "/v3/api-docs", null);
            assertThat(openApi.statusCode()).as(service.name() + " OpenAPI").isEqualTo(200);
            assertThat(JSON.readTree(openApi.body()).get("openapi").asString()).startsWith("3.");
            HttpResponse<String> anonymous = HttpCalls.get(service.baseUrl() + "/api/" + service.name() + "/anything", null);
            assertThat(anonymous.statusCode()).as(service.name() + " without a token").isEqualTo(401);
        }
    }
}
