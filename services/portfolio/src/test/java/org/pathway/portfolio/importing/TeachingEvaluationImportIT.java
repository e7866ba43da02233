package org.pathway.portfolio.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.infra.local.Tokens.faculty;
import static org.pathway.portfolio.support.Api.json;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.KafkaEvents;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.portfolio.support.Api;
import org.pathway.portfolio.support.ScholarlyApiStubs;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/** Teaching evaluations from CSV: all rows or none, every error by row and column, and the size limits. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {RealInfrastructureInitializer.class, ScholarlyApiStubs.Initializer.class})
class TeachingEvaluationImportIT {

    static final String UPLOAD = "/api/portfolio/imports/teaching-evaluations";
    static final String ACTIVITIES = "/api/portfolio/activities";

    static final String VALID = """
            date,course/session,learner level,learner count,hours,mean score,scale,respondents,comments
            2025-09-02,Clinical reasoning small group 1,medical student,32,2,4.4,1-5,27,Best small group|Made me think aloud
            2025-09-09,Clinical reasoning small group 2,MEDICAL_STUDENT,30,2,4.6,1–5,25,
            2025-10-01,"Night float teaching, week 1",Resident,12,1.5,8.1,1-9,10,"Clear, practical"
            """;

    @LocalServerPort
    int port;

    private Api api;
    private String token;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        token = faculty(UUID.randomUUID().toString(), "northbridge");
    }

    @Test
    void shouldStoreEveryRowAsATeachingActivityAndPublishEach() {
        HttpResponse<String> response = api.upload(UPLOAD, token, "evaluations.csv", "text/csv",
                VALID.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode recorded = json(response);
        assertThat(recorded.get("recorded").asInt()).isEqualTo(3);
        JsonNode activities = json(api.get(ACTIVITIES, token));
        assertThat(activities).hasSize(3);
        JsonNode nightFloat = activities.get(0);
        assertThat(nightFloat.get("title").asString()).isEqualTo("Night float teaching, week 1");
        assertThat(nightFloat.get("occurredOn").asString()).isEqualTo("2025-10-01");
        assertThat(nightFloat.get("teaching").get("learnerLevel").asString()).isEqualTo("RESIDENT");
        assertThat(nightFloat.get("teaching").get("hours").asDouble()).isEqualTo(1.5);
        assertThat(nightFloat.get("teaching").get("evaluation").get("mean").asDouble()).isEqualTo(8.1);
        assertThat(nightFloat.get("teaching").get("evaluation").get("scale").get("max").asDouble()).isEqualTo(9.0);
        assertThat(nightFloat.get("teaching").get("comments").get(0).asString()).isEqualTo("Clear, practical");
        assertThat(activities.get(2).get("teaching").get("comments")).hasSize(2);
        assertThat(activities.get(2).get("teaching").get("learnerCount").asInt()).isEqualTo(32);
        for (JsonNode id : recorded.get("activityIds")) {
            EventContracts.assertConforms("portfolio", "ActivityRecorded", 1, KafkaEvents.payload(
                    KafkaEvents.awaitOne("portfolio.activities", id.asString(),
                            "org.pathway.portfolio.ActivityRecorded.v1")));
        }
    }

    @Test
    void shouldReportEveryBadRowByRowAndColumnAndStoreNothing() {
        String file = """
                date,session,learner_level,hours,mean,scale
                2025-09-02,Good row,RESIDENT,2,4,1-5
                2025-13-40,Bad date,RESIDENT,2,4,1-5
                2025-09-03,Mean off scale,RESIDENT,2,7,1-5
                2025-09-04,Unknown level,NURSE,2,4,1-5
                2025-09-05,,RESIDENT,-1,4,1-5
                """;

        JsonNode problem = assertProblem(api.upload(UPLOAD, token, "evaluations.csv", file), 400, "file");

        List<String> errors = new ArrayList<>();
        problem.get("rowErrors").forEach(error -> errors.add(error.get("row").asInt() + ":" + error.get("column")
                .asString()));
        assertThat(errors).containsExactlyInAnyOrder("3:date", "4:mean", "5:learner_level", "6:session", "6:hours");
        assertThat(problem.get("rowErrors").get(0).get("message").asString()).isNotBlank();
        assertThat(api.get(ACTIVITIES, token).body()).as("not even the good row").isEqualTo("[]");
    }

    @Test
    void shouldReportUnknownAndMissingColumnsOnTheHeaderRow() {
        JsonNode problem = assertProblem(api.upload(UPLOAD, token, "evaluations.csv",
                "date,session,hours,mean,scale,grade\n2025-09-02,A session,2,4,1-5,A\n"), 400, "file");

        List<String> errors = new ArrayList<>();
        problem.get("rowErrors").forEach(error -> errors.add(error.get("row").asInt() + ":" + error.get("column")
                .asString()));
        assertThat(errors).containsExactlyInAnyOrder("1:grade", "1:learner_level");
        assertThat(api.get(ACTIVITIES, token).body()).isEqualTo("[]");
    }

    @Test
    void shouldRefuseOversizedUploadsAndBodiesAndWrongContentWithProblems() {
        byte[] sixMegabytes = new byte[6 * 1024 * 1024];
        Arrays.fill(sixMegabytes, (byte) 'a');
        byte[] justOverFive = new byte[5 * 1024 * 1024 + 10 * 1024];
        Arrays.fill(justOverFive, (byte) 'a');
        String oversizedJson = Api.TEACHING.replace("\"Best small group of the clerkship\"",
                "\"" + "x".repeat(1024 * 1024 + 10) + "\"");

        assertThat(assertProblem(api.upload(UPLOAD, token, "big.csv", "text/csv", sixMegabytes), 413)
                .get("detail").asString()).as("refused by its declared length").startsWith("The upload exceeds");
        assertThat(assertProblem(api.upload(UPLOAD, token, "big.csv", "text/csv", justOverFive), 413)
                .get("detail").asString()).as("refused by the multipart limit on the file itself")
                .doesNotStartWith("The upload exceeds");
        assertProblem(api.post(ACTIVITIES, token, oversizedJson), 413);
        assertProblem(HttpCalls.send(HttpCalls.request(api.url(ACTIVITIES), token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(oversizedJson.getBytes(StandardCharsets.UTF_8)))).build()), 413);
        assertProblem(api.post(UPLOAD, token, "{\"rows\": []}"), 415);
        assertProblem(api.upload(UPLOAD, token, "sheet.xlsx", "application/vnd.ms-excel",
                new byte[] {'P', 'K', 3, 4, 0, (byte) 0xFF, (byte) 0xFE}), 400, "file");
        assertProblem(api.upload(UPLOAD, token, "empty.csv", ""), 400, "file");
        assertThat(api.get(ACTIVITIES, token).body()).isEqualTo("[]");
        assertThat(api.upload(UPLOAD, token, "evaluations.csv", VALID).statusCode())
                .as("a file just under the limits still goes through").isEqualTo(201);
    }
}
