package org.pathway.jobposting.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.jobposting.support.Api.admin;
import static org.pathway.jobposting.support.Api.faculty;
import static org.pathway.jobposting.support.Api.json;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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

/** A posting's lifecycle, its validation and its tenancy, against the real broker and Mongo wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class PostingLifecycleIT {

    static final String ADMIN_POSTINGS = "/api/job-posting/admin/postings";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private Api api;
    private final String northbridgeAdmin = admin(UUID.randomUUID().toString(), "northbridge");
    private final String lakesideAdmin = admin(UUID.randomUUID().toString(), "lakeside");

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void shouldTakeAPostingFromDraftThroughPublishedToClosedAnnouncingEachStep() {
        String id = api.draft(northbridgeAdmin, Postings.apd("Chicago, IL"));
        JsonNode draft = json(api.get(ADMIN_POSTINGS + "/" + id, northbridgeAdmin));
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("institution").asString()).isEqualTo("northbridge");
        assertThat(draft.get("transparency").get("score").asInt()).isEqualTo(4);
        assertThat(draft.get("transparency").get("missing").toString()).contains("lastPersonInRole");
        assertThat(draft.get("clinicalTime").get("summary").asString())
                .isEqualTo("Associate program director: typical clinical time 20–60%; this role: 40%");

        HttpResponse<String> published = api.post(ADMIN_POSTINGS + "/" + id + "/publish", northbridgeAdmin);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(json(published).get("status").asString()).isEqualTo("PUBLISHED");
        ConsumerRecord<String, byte[]> event = KafkaEvents.awaitOne("jobs.postings", id,
                "org.pathway.job-posting.PostingPublished.v1");
        EventContracts.assertConforms("job-posting", "PostingPublished", 1, KafkaEvents.payload(event));
        assertThat(KafkaEvents.header(event, "ce_tenant")).isEqualTo("northbridge");
        assertThat(KafkaEvents.header(event, "ce_subject")).isEqualTo(id);
        assertThat(json(KafkaEvents.payload(event)).get("transparencyScore").asInt()).isEqualTo(4);

        assertProblem(api.post(ADMIN_POSTINGS + "/" + id + "/publish", northbridgeAdmin), 409);
        assertProblem(api.put(ADMIN_POSTINGS + "/" + id, northbridgeAdmin, Postings.apd("Elsewhere")), 409);

        HttpResponse<String> closed = api.post(ADMIN_POSTINGS + "/" + id + "/close", northbridgeAdmin);
        assertThat(json(closed).get("status").asString()).isEqualTo("CLOSED");
        ConsumerRecord<String, byte[]> closedEvent = KafkaEvents.awaitOne("jobs.postings", id,
                "org.pathway.job-posting.PostingClosed.v1");
        EventContracts.assertConforms("job-posting", "PostingClosed", 1, KafkaEvents.payload(closedEvent));

        HttpResponse<String> republish = api.post(ADMIN_POSTINGS + "/" + id + "/publish", northbridgeAdmin);
        assertProblem(republish, 409);
        assertThat(json(republish).get("detail").asString()).isEqualTo("cannot publish a posting that is closed");
        assertThat(KafkaEvents.all("jobs.postings", id)).as("one event per step, none for refused steps").hasSize(2);
    }

    @Test
    void shouldLetAnAdminReviseADraftOnly() {
        String id = api.draft(northbridgeAdmin, Postings.apd("Chicago, IL"));

        HttpResponse<String> revised = api.put(ADMIN_POSTINGS + "/" + id, northbridgeAdmin,
                Postings.apd("Evanston, IL").replace("\"min\": 40, \"max\": 40", "\"min\": 30, \"max\": 50"));

        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        JsonNode posting = json(api.get(ADMIN_POSTINGS + "/" + id, northbridgeAdmin));
        assertThat(posting.get("location").get("text").asString()).isEqualTo("Evanston, IL");
        assertThat(posting.get("clinicalTime").get("summary").asString()).endsWith("this role: 30–50%");
    }

    @Test
    void shouldRejectInconsistentFiguresNamingTheFieldAndStoreNothing() {
        long before = mongo.getCollection("postings").countDocuments();
        String apd = Postings.apd("Chicago, IL");

        assertProblem(api.post(ADMIN_POSTINGS, northbridgeAdmin,
                apd.replace("\"min\": 40, \"max\": 40", "\"min\": 50, \"max\": 30")), 400, "clinicalShare.max");
        assertProblem(api.post(ADMIN_POSTINGS, northbridgeAdmin,
                apd.replace("\"min\": 40, \"max\": 40", "\"min\": 40, \"max\": 140")), 400, "clinicalShare.max");
        assertProblem(api.post(ADMIN_POSTINGS, northbridgeAdmin,
                apd.replace("\"min\": 240000", "\"min\": -1")), 400, "compensation.min");
        assertProblem(api.post(ADMIN_POSTINGS, northbridgeAdmin,
                apd.replace("\"max\": 275000", "\"max\": 200000")), 400, "compensation.max");
        assertProblem(api.post(ADMIN_POSTINGS, northbridgeAdmin,
                apd.replace("ASSOCIATE_PROGRAM_DIRECTOR", "CHIEF_WELLNESS_OFFICER")), 400, "roleType");
        assertProblem(api.post(ADMIN_POSTINGS, northbridgeAdmin,
                apd.replace("\"educationFte\": 0.5", "\"educationFte\": 1.5")), 400, "educationFte");
        assertProblem(api.post(ADMIN_POSTINGS, northbridgeAdmin,
                apd.replace("{\"title\"", "{\"institution\": \"lakeside\", \"title\"")), 400, "institution");
        assertProblem(api.post(ADMIN_POSTINGS, northbridgeAdmin,
                apd.replace("{\"title\"", "{\"status\": \"PUBLISHED\", \"title\"")), 400, "status");

        assertThat(mongo.getCollection("postings").countDocuments()).isEqualTo(before);
    }

    @Test
    void shouldKeepDraftsInsideTheirInstitution() {
        String draft = api.draft(northbridgeAdmin, Postings.apd("Chicago, IL"));
        String path = ADMIN_POSTINGS + "/" + draft;

        assertProblem(api.get(path, lakesideAdmin), 404);
        assertProblem(api.put(path, lakesideAdmin, Postings.apd("Lakeside")), 404);
        assertProblem(api.post(path + "/publish", lakesideAdmin), 404);
        assertProblem(api.post(path + "/close", lakesideAdmin), 404);
        assertThat(json(api.get(ADMIN_POSTINGS, lakesideAdmin)).findValuesAsString("id")).doesNotContain(draft);
        assertProblem(api.get("/api/job-posting/postings/" + draft, faculty(UUID.randomUUID().toString(), "northbridge")),
                404);
        assertProblem(api.get("/api/job-posting/postings/" + draft, northbridgeAdmin), 404);

        JsonNode unchanged = json(api.get(path, northbridgeAdmin));
        assertThat(unchanged.get("status").asString()).isEqualTo("DRAFT");
        assertThat(unchanged.get("location").get("text").asString()).isEqualTo("Chicago, IL");
    }

    @Test
    void shouldShowAPublishedPostingToEverySignedInUserOfEveryInstitution() {
        String id = api.published(northbridgeAdmin, Postings.apd("Chicago, IL"));

        for (String reader : new String[] {faculty(UUID.randomUUID().toString(), "lakeside"), lakesideAdmin,
                Api.faculty(UUID.randomUUID().toString(), "northbridge")}) {
            HttpResponse<String> read = api.get("/api/job-posting/postings/" + id, reader);
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            assertThat(json(read).get("institution").asString()).isEqualTo("northbridge");
        }
        assertProblem(api.post(ADMIN_POSTINGS + "/" + id + "/close", lakesideAdmin), 404);
    }

    @Test
    void shouldForbidFacultyToWritePostingsBeforeReadingTheBody() {
        String facultyToken = faculty(UUID.randomUUID().toString(), "northbridge");

        assertProblem(api.post(ADMIN_POSTINGS, facultyToken, Postings.apd("Chicago, IL")), 403);
        assertProblem(api.post(ADMIN_POSTINGS, facultyToken, "{not json"), 403);
        assertProblem(api.get(ADMIN_POSTINGS, facultyToken), 403);
        assertThat(api.get("/api/job-posting/postings", null).statusCode()).isEqualTo(401);
    }
}
