package org.pathway.portfolio.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.infra.local.Tokens.faculty;
import static org.pathway.portfolio.support.Api.TEACHING;
import static org.pathway.portfolio.support.Api.json;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.infra.local.KafkaEvents;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.portfolio.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/** Typed activities of every kind, their revision and removal, against the real broker and Mongo wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class TypedActivityIT {

    private static final String ACTIVITIES = "/api/portfolio/activities";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private Api api;
    private final String owner = UUID.randomUUID().toString();
    private String token;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        token = faculty(owner, "northbridge");
    }

    @Test
    void shouldRecordEveryKindWithItsTypedDetailAndPublishItConformingToTheContract() {
        Map<String, String> bodies = Map.of(
                "teaching", TEACHING,
                "curriculum", """
                        {"kind": "CURRICULUM", "title": "Longitudinal clinical reasoning curriculum", "occurredOn": "2024-07-01",
                         "curriculum": {"outcomes": ["Residents articulate a problem representation"],
                                        "evaluationData": "Pre/post script concordance test, n=41", "disseminated": true}}""",
                "scholarship", """
                        {"kind": "SCHOLARSHIP", "title": "A rubric for clinical reasoning notes", "occurredOn": "2025-03-14",
                         "scholarship": {"type": "MEDEDPORTAL_PUBLICATION", "authorship": "FIRST",
                                         "authors": ["Okafor A", "Lindqvist M"], "venue": "MedEdPORTAL",
                                         "venueLevel": "INTERNATIONAL", "peerReviewed": true,
                                         "doi": "10.15766/mep_2374-8265.11234", "pmid": "38712345",
                                         "theme": "Assessment of clinical reasoning"}}""",
                "leadership", """
                        {"kind": "LEADERSHIP", "title": "Associate clerkship director", "occurredOn": "2023-07-01",
                         "leadership": {"role": "CLERKSHIP_DIRECTOR", "scope": "Internal medicine clerkship",
                                        "level": "LOCAL", "protectedFte": 0.2}}""",
                "award", """
                        {"kind": "AWARD", "title": "Golden apple", "occurredOn": "2025-05-20",
                         "award": {"kind": "STUDENT_VOTED_TEACHING", "awardedBy": "Class of 2025", "level": "LOCAL"}}""",
                "mentoring", """
                        {"kind": "MENTORING", "title": "Mentoring a PGY-2 on a QI project", "occurredOn": "2025-01-10",
                         "mentoring": {"direction": "GIVEN", "counterpart": "PGY-2 resident", "format": "LONG_TERM"}}""");

        bodies.forEach((detail, body) -> {
            HttpResponse<String> created = api.post(ACTIVITIES, token, body);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode view = json(created);
            assertThat(view.get(detail).isObject()).as(detail).isTrue();
            String id = view.get("id").asString();

            ConsumerRecord<String, byte[]> event = KafkaEvents.awaitOne("portfolio.activities", id,
                    "org.pathway.portfolio.ActivityRecorded.v1");
            String payload = KafkaEvents.payload(event);
            EventContracts.assertConforms("portfolio", "ActivityRecorded", 1, payload);
            assertThat(json(payload).get(detail).isObject()).as(payload).isTrue();
        });

        JsonNode mine = json(api.get(ACTIVITIES, token));
        assertThat(mine.size()).isEqualTo(6);
        JsonNode scholarship = json(api.get(ACTIVITIES, token)).findParent("doi");
        assertThat(scholarship.get("authorship").asString()).isEqualTo("FIRST");
    }

    @Test
    void shouldReviseAnActivityKeepingItsHistoryAndPublishActivityRevised() {
        String id = record(TEACHING);
        HttpResponse<String> revised = api.put(ACTIVITIES + "/" + id, token, """
                {"title": "Clinical reasoning small groups (revamped)", "occurredOn": "2025-09-02", "endedOn": "2025-12-16",
                 "teaching": {"hours": 30, "learnerLevel": "MEDICAL_STUDENT", "learnerCount": 32,
                              "beforeAfter": {"before": 3.7, "after": 4.6, "scale": {"min": 1, "max": 5}}}}""");

        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(json(revised).get("revision").asInt()).isEqualTo(2);
        assertThat(json(revised).get("teaching").get("hours").asDouble()).isEqualTo(30.0);

        ConsumerRecord<String, byte[]> event = KafkaEvents.awaitOne("portfolio.activities", id,
                "org.pathway.portfolio.ActivityRevised.v1");
        String payload = KafkaEvents.payload(event);
        EventContracts.assertConforms("portfolio", "ActivityRevised", 1, payload);
        assertThat(KafkaEvents.header(event, "ce_tenant")).isEqualTo("northbridge");
        assertThat(json(payload).get("revision").asInt()).isEqualTo(2);
        assertThat(json(payload).get("teaching").get("beforeAfter").get("after").asDouble()).isEqualTo(4.6);

        JsonNode history = json(api.get(ACTIVITIES + "/" + id + "/revisions", token));
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).get("revision").asInt()).isEqualTo(1);
        assertThat(history.get(0).get("title").asString()).isEqualTo("Clinical reasoning small groups");
        assertThat(history.get(0).get("teaching").get("hours").asDouble()).isEqualTo(24.0);
    }

    @Test
    void shouldNotPublishARevisionThatChangesNothing() {
        String id = record(TEACHING);
        String same = """
                {"title": "Clinical reasoning small groups", "occurredOn": "2025-09-02", "endedOn": "2025-12-16",
                 "teaching": {"hours": 24, "learnerLevel": "MEDICAL_STUDENT", "learnerCount": 32,
                              "evaluation": {"mean": 4.4, "scale": {"min": 1, "max": 5}, "respondents": 27},
                              "comments": ["Best small group of the clerkship", "Made me think aloud"]}}""";

        HttpResponse<String> response = api.put(ACTIVITIES + "/" + id, token, same);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("revision").asInt()).isEqualTo(1);
        assertThat(json(api.get(ACTIVITIES + "/" + id + "/revisions", token)).size()).isZero();
    }

    @Test
    void shouldRemoveAnActivityPublishActivityRemovedAndNeverShowItAgain() {
        String id = record(TEACHING);

        HttpResponse<String> removed = api.delete(ACTIVITIES + "/" + id, token);

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        ConsumerRecord<String, byte[]> event = KafkaEvents.awaitOne("portfolio.activities", id,
                "org.pathway.portfolio.ActivityRemoved.v1");
        EventContracts.assertConforms("portfolio", "ActivityRemoved", 1, KafkaEvents.payload(event));
        assertThat(json(KafkaEvents.payload(event)).get("facultyId").asString()).isEqualTo(owner);
        assertThat(api.get(ACTIVITIES + "/" + id, token).statusCode()).isEqualTo(404);
        assertThat(api.get(ACTIVITIES, token).body()).doesNotContain(id);
        assertThat(api.delete(ACTIVITIES + "/" + id, token).statusCode()).isEqualTo(404);
        assertThat(api.put(ACTIVITIES + "/" + id, token, """
                {"title": "Back from the dead", "occurredOn": "2025-09-02",
                 "teaching": {"hours": 1, "learnerLevel": "RESIDENT"}}""").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldRejectWrongOrMissingKindFieldsWithAProblemNamingTheFieldPathAndStoreNothing() {
        long before = mongo.getCollection("activities").countDocuments();

        assertProblem(api.post(ACTIVITIES, token, """
                {"kind": "TEACHING", "title": "Negative hours", "occurredOn": "2025-09-02",
                 "teaching": {"hours": -2, "learnerLevel": "RESIDENT"}}"""), 400, "teaching.hours");
        assertProblem(api.post(ACTIVITIES, token, """
                {"kind": "TEACHING", "title": "No hours", "occurredOn": "2025-09-02",
                 "teaching": {"learnerLevel": "RESIDENT"}}"""), 400, "teaching.hours");
        assertProblem(api.post(ACTIVITIES, token, """
                {"kind": "TEACHING", "title": "No detail", "occurredOn": "2025-09-02"}"""), 400, "teaching");
        assertProblem(api.post(ACTIVITIES, token, """
                {"kind": "TEACHING", "title": "Mean beyond its scale", "occurredOn": "2025-09-02",
                 "teaching": {"hours": 2, "learnerLevel": "RESIDENT",
                              "evaluation": {"mean": 6.2, "scale": {"min": 1, "max": 5}}}}"""), 400, "teaching.evaluation.mean");
        assertProblem(api.post(ACTIVITIES, token, """
                {"kind": "TEACHING", "title": "After score beyond its scale", "occurredOn": "2025-09-02",
                 "teaching": {"hours": 2, "learnerLevel": "RESIDENT",
                              "beforeAfter": {"before": 3, "after": 11, "scale": {"min": 1, "max": 9}}}}"""),
                400, "teaching.beforeAfter.after");
        assertProblem(api.post(ACTIVITIES, token, """
                {"kind": "TEACHING", "title": "Upside-down scale", "occurredOn": "2025-09-02",
                 "teaching": {"hours": 2, "learnerLevel": "RESIDENT",
                              "evaluation": {"mean": 3, "scale": {"min": 5, "max": 1}}}}"""), 400, "teaching.evaluation.scale.max");
        assertProblem(api.post(ACTIVITIES, token, """
                {"kind": "TEACHING", "title": "Unknown learner level", "occurredOn": "2025-09-02",
                 "teaching": {"hours": 2, "learnerLevel": "TODDLER"}}"""), 400, "teaching.learnerLevel");
        assertProblem(api.post(ACTIVITIES, token, """
                {"kind": "TEACHING", "title": "Two details", "occurredOn": "2025-09-02",
                 "teaching": {"hours": 2, "learnerLevel": "RESIDENT"},
                 "award": {"kind": "OTHER", "awardedBy": "Myself"}}"""), 400, "award");
        assertProblem(api.post(ACTIVITIES, token, """
                {"kind": "SCHOLARSHIP", "title": "Paper without authorship", "occurredOn": "2025-03-14",
                 "scholarship": {"type": "PEER_REVIEWED_ARTICLE", "authors": ["Okafor A"], "venue": "Acad Med",
                                 "venueLevel": "INTERNATIONAL", "peerReviewed": true}}"""), 400, "scholarship.authorship");
        assertProblem(api.post(ACTIVITIES, token, """
                {"kind": "SCHOLARSHIP", "title": "Paper with a bad DOI", "occurredOn": "2025-03-14",
                 "scholarship": {"type": "PEER_REVIEWED_ARTICLE", "authorship": "MIDDLE", "authors": ["Okafor A"],
                                 "venue": "Acad Med", "venueLevel": "NATIONAL", "peerReviewed": true,
                                 "doi": "doi.org/whatever"}}"""), 400, "scholarship.doi");
        assertProblem(api.post(ACTIVITIES, token, """
                {"kind": "SCHOLARSHIP", "title": "Paper without authors", "occurredOn": "2025-03-14",
                 "scholarship": {"type": "POSTER", "authorship": "FIRST", "authors": [], "venue": "SGIM",
                                 "venueLevel": "NATIONAL", "peerReviewed": false}}"""), 400, "scholarship.authors");
        assertProblem(api.post(ACTIVITIES, token, """
                {"kind": "LEADERSHIP", "title": "Role ending before it began", "occurredOn": "2024-07-01",
                 "endedOn": "2023-06-30",
                 "leadership": {"role": "PROGRAM_DIRECTOR", "scope": "IM residency", "level": "LOCAL"}}"""), 400, "endedOn");
        assertProblem(api.post(ACTIVITIES, token, """
                {"kind": "LEADERSHIP", "title": "More than a whole FTE", "occurredOn": "2024-07-01",
                 "leadership": {"role": "PROGRAM_DIRECTOR", "scope": "IM residency", "level": "LOCAL",
                                "protectedFte": 1.4}}"""), 400, "leadership.protectedFte");
        assertProblem(api.post(ACTIVITIES, token, """
                {"kind": "AWARD", "title": "Nobody granted it", "occurredOn": "2025-05-20",
                 "award": {"kind": "STUDENT_VOTED_TEACHING"}}"""), 400, "award.awardedBy");
        assertProblem(api.post(ACTIVITIES, token, """
                {"kind": "MENTORING", "title": "Which way?", "occurredOn": "2025-05-20",
                 "mentoring": {"counterpart": "A resident"}}"""), 400, "mentoring.direction");
        assertProblem(api.post(ACTIVITIES, token, """
                {"kind": "CURRICULUM", "title": "Status forged", "occurredOn": "2025-05-20", "revision": 7,
                 "curriculum": {"disseminated": false}}"""), 400, "revision");
        assertProblem(api.post(ACTIVITIES, token, """
                {"kind": "CURRICULUM", "title": "Operator smuggled", "occurredOn": "2025-05-20",
                 "curriculum": {"disseminated": false, "outcomes": [], "$where": "1"}}"""), 400, "curriculum.$where");

        assertThat(mongo.getCollection("activities").countDocuments()).isEqualTo(before);
    }

    @Test
    void shouldRejectARevisionThatChangesTheKindOrBreaksAFieldAndLeaveTheActivityAsItWas() {
        String id = record(TEACHING);

        assertProblem(api.put(ACTIVITIES + "/" + id, token, """
                {"title": "Now a paper?", "occurredOn": "2025-09-02",
                 "scholarship": {"type": "POSTER", "authorship": "FIRST", "authors": ["Okafor A"], "venue": "SGIM",
                                 "venueLevel": "NATIONAL", "peerReviewed": false}}"""), 400, "teaching");
        assertProblem(api.put(ACTIVITIES + "/" + id, token, """
                {"title": "Negative", "occurredOn": "2025-09-02", "teaching": {"hours": -1, "learnerLevel": "RESIDENT"}}"""),
                400, "teaching.hours");
        assertProblem(api.put(ACTIVITIES + "/" + id, token, """
                {"kind": "SCHOLARSHIP", "title": "Kind is not revisable", "occurredOn": "2025-09-02",
                 "teaching": {"hours": 1, "learnerLevel": "RESIDENT"}}"""), 400, "kind");

        JsonNode unchanged = json(api.get(ACTIVITIES + "/" + id, token));
        assertThat(unchanged.get("revision").asInt()).isEqualTo(1);
        assertThat(unchanged.get("title").asString()).isEqualTo("Clinical reasoning small groups");
        Map<?, ?> stored = mongo.findById(id, Map.class, "activities");
        assertThat((List<?>) stored.get("history")).isEmpty();
    }

    @Test
    void shouldNeverLetAColleagueOrAnotherInstitutionReviseOrRemoveAnActivity() {
        String id = record(TEACHING);
        String colleague = faculty(UUID.randomUUID().toString(), "northbridge");
        String sameSubjectElsewhere = faculty(owner, "lakeside");
        String revision = """
                {"title": "Hijacked", "occurredOn": "2025-09-02", "teaching": {"hours": 1, "learnerLevel": "RESIDENT"}}""";

        assertThat(api.put(ACTIVITIES + "/" + id, colleague, revision).statusCode()).isEqualTo(404);
        assertThat(api.put(ACTIVITIES + "/" + id, sameSubjectElsewhere, revision).statusCode()).isEqualTo(404);
        assertThat(api.delete(ACTIVITIES + "/" + id, colleague).statusCode()).isEqualTo(404);
        assertThat(api.delete(ACTIVITIES + "/" + id, sameSubjectElsewhere).statusCode()).isEqualTo(404);
        assertThat(api.get(ACTIVITIES + "/" + id + "/revisions", colleague).statusCode()).isEqualTo(404);

        assertThat(json(api.get(ACTIVITIES + "/" + id, token)).get("title").asString())
                .isEqualTo("Clinical reasoning small groups");
    }

    private String record(String body) {
        HttpResponse<String> created = api.post(ACTIVITIES, token, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asString();
    }
}
