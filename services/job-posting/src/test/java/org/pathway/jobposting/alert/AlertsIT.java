package org.pathway.jobposting.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.jobposting.support.Api.admin;
import static org.pathway.jobposting.support.Api.faculty;
import static org.pathway.jobposting.support.Api.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.infra.local.KafkaEvents;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.jobposting.support.Api;
import org.pathway.jobposting.support.Postings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/** Saved searches and alerts: every PostingPublished is matched, each candidate alerted once per posting. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class AlertsIT {

    static final String SEARCHES = "/api/job-posting/me/saved-searches";
    static final String ALERT_MATCHED = "org.pathway.job-posting.AlertMatched.v1";
    static final String POSTING_PUBLISHED = "org.pathway.job-posting.PostingPublished.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private Api api;
    private final String token = "tok" + UUID.randomUUID().toString().substring(0, 8);
    private final String northbridgeAdmin = admin(UUID.randomUUID().toString(), "northbridge");

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void shouldAlertEachMatchingCandidateExactlyOnceEvenWhenThePublicationIsDeliveredAgain() {
        String candidate = UUID.randomUUID().toString();
        String candidateToken = faculty(candidate, "lakeside");
        String apdSearch = save(candidateToken, "APD, no nights, at most 50% clinical", """
                {"roleType": "ASSOCIATE_PROGRAM_DIRECTOR", "clinicalShareAtMost": 50, "noNightsWeekends": true,
                 "minimumPay": 200000, "location": "%s", "training": ["CERTIFICATE"], "protectedHoursAtLeast": 20,
                 "answered": ["promotionAndSalary", "scheduleControl"]}""".formatted(token));
        save(candidateToken, "Anything here", "{\"location\": \"%s\"}".formatted(token));
        String other = UUID.randomUUID().toString();
        save(faculty(other, "northbridge"), "Simulation only",
                "{\"roleType\": \"SIMULATION_DIRECTOR\", \"location\": \"%s\"}".formatted(token));
        String vaOnly = UUID.randomUUID().toString();
        save(faculty(vaOnly, "northbridge"), "VA", "{\"mission\": \"VA\", \"location\": \"%s\"}".formatted(token));
        // The posting states 20 protected hours and leaves the last person in the role unexplained.
        save(faculty(UUID.randomUUID().toString(), "northbridge"), "More protected time",
                "{\"protectedHoursAtLeast\": 24, \"location\": \"%s\"}".formatted(token));
        save(faculty(UUID.randomUUID().toString(), "northbridge"), "Says what happened before",
                "{\"answered\": [\"lastPersonInRole\"], \"location\": \"%s\"}".formatted(token));
        String changedMind = UUID.randomUUID().toString();
        String deleted = save(faculty(changedMind, "northbridge"), "Deleted", "{\"location\": \"%s\"}".formatted(token));
        assertThat(api.delete(SEARCHES + "/" + deleted, faculty(changedMind, "northbridge")).statusCode()).isEqualTo(204);

        String postingId = api.published(northbridgeAdmin, Postings.apd(token + " Chicago, IL"));

        String alertId = "lakeside/" + candidate + "/" + postingId;
        ConsumerRecord<String, byte[]> alert = KafkaEvents.awaitOne("jobs.alerts", alertId, ALERT_MATCHED);
        EventContracts.assertConforms("job-posting", "AlertMatched", 1, KafkaEvents.payload(alert));
        assertThat(KafkaEvents.header(alert, "ce_tenant")).as("the candidate's institution").isEqualTo("lakeside");
        JsonNode payload = json(KafkaEvents.payload(alert));
        assertThat(payload.get("postingInstitution").asString()).isEqualTo("northbridge");
        assertThat(payload.get("savedSearches")).as("one alert naming both matching searches").hasSize(2);
        assertThat(payload.get("savedSearches").findValuesAsString("id")).contains(apdSearch);

        // The same event again (a relay crash before the outbox pull) and a repeated publication under a new id.
        ConsumerRecord<String, byte[]> published = KafkaEvents.awaitOne("jobs.postings", postingId, POSTING_PUBLISHED);
        String body = KafkaEvents.payload(published);
        KafkaEvents.send("jobs.postings", postingId, KafkaEvents.header(published, "ce_id"), POSTING_PUBLISHED,
                "northbridge", body);
        String repeatedId = UUID.randomUUID().toString();
        KafkaEvents.send("jobs.postings", postingId, repeatedId, POSTING_PUBLISHED, "northbridge", body);
        assertProblem(api.post("/api/job-posting/admin/postings/" + postingId + "/publish", northbridgeAdmin), 409);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection("processed_events")
                .countDocuments(new Document("eventId", repeatedId)) == 1);

        assertThat(KafkaEvents.all("jobs.alerts", alertId)).as("exactly one AlertMatched").hasSize(1);
        assertThat(mongo.getCollection("alerts").countDocuments(new Document("postingId", postingId)))
                .as("no alert for the non-matching or deleted searches").isEqualTo(1);
        JsonNode mine = json(api.get("/api/job-posting/me/alerts", candidateToken));
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("postingId").asString()).isEqualTo(postingId);
        assertThat(json(api.get("/api/job-posting/me/alerts", faculty(other, "northbridge")))).isEmpty();
        assertThat(json(api.get("/api/job-posting/me/alerts", faculty(candidate, "northbridge"))))
                .as("the same subject in another institution is another person").isEmpty();
    }

    @Test
    void shouldKeepSavedSearchesPrivateAndValidated() {
        String owner = UUID.randomUUID().toString();
        String id = save(faculty(owner, "northbridge"), "Mine", "{\"roleType\": \"CLERKSHIP_DIRECTOR\"}");

        assertThat(json(api.get(SEARCHES, faculty(owner, "northbridge"))).findValuesAsString("id")).containsExactly(id);
        assertThat(json(api.get(SEARCHES, faculty(UUID.randomUUID().toString(), "northbridge")))).isEmpty();
        assertProblem(api.delete(SEARCHES + "/" + id, faculty(owner, "lakeside")), 404);
        assertProblem(api.post(SEARCHES, faculty(owner, "northbridge"),
                "{\"name\": \"x\", \"filter\": {\"clinicalShareAtMost\": 150}}"), 400, "filter.clinicalShareAtMost");
        assertProblem(api.post(SEARCHES, faculty(owner, "northbridge"),
                "{\"name\": \"x\", \"filter\": {\"roleType\": \"DEAN\"}}"), 400, "filter.roleType");
        assertProblem(api.post(SEARCHES, faculty(owner, "northbridge"),
                "{\"name\": \"x\", \"userId\": \"someone-else\", \"filter\": {}}"), 400, "userId");
        assertProblem(api.post(SEARCHES, northbridgeAdmin, "{\"name\": \"x\", \"filter\": {}}"), 403);
    }

    private String save(String facultyToken, String name, String filterJson) {
        HttpResponse<String> saved = api.post(SEARCHES, facultyToken,
                "{\"name\": \"%s\", \"filter\": %s}".formatted(name, filterJson));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        return json(saved).get("id").asString();
    }
}
