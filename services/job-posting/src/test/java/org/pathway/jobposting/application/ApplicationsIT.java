package org.pathway.jobposting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.jobposting.support.Api.admin;
import static org.pathway.jobposting.support.Api.faculty;
import static org.pathway.jobposting.support.Api.json;

import java.net.http.HttpResponse;
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

/** Applications across institutions, their stages and their tenancy, against the real broker and Mongo wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class ApplicationsIT {

    static final String MINE = "/api/job-posting/me/applications";
    static final String ADMIN = "/api/job-posting/admin";
    static final String SUBMITTED = "org.pathway.job-posting.ApplicationSubmitted.v1";
    static final String WITHDRAWN = "org.pathway.job-posting.ApplicationWithdrawn.v1";
    static final String CV = "c5e1a3b7-0d92-4f6a-8b14-2e7c9d05f3a8";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private Api api;
    private final String northbridgeAdmin = admin(UUID.randomUUID().toString(), "northbridge");
    private final String lakesideAdmin = admin(UUID.randomUUID().toString(), "lakeside");
    private final String candidate = UUID.randomUUID().toString();
    private final String candidateToken = faculty(candidate, "lakeside");

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void shouldApplyToAnotherInstitutionsPostingOnceWithdrawAndApplyAgainAnnouncingEachInThePostingInstitution() {
        String postingId = api.published(northbridgeAdmin, Postings.apd("Chicago, IL"));

        HttpResponse<String> applied = apply(candidateToken, postingId, "I have led the clinical reasoning thread.");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        JsonNode receipt = json(applied);
        String id = receipt.get("id").asString();
        assertThat(applied.headers().firstValue("Location")).hasValue(MINE + "/" + id);
        assertThat(receipt.get("stage").asString()).isEqualTo("SUBMITTED");
        assertThat(receipt.get("postingInstitution").asString()).isEqualTo("northbridge");

        ConsumerRecord<String, byte[]> submitted = KafkaEvents.awaitOne("jobs.applications", id, SUBMITTED);
        EventContracts.assertConforms("job-posting", "ApplicationSubmitted", 1, KafkaEvents.payload(submitted));
        assertThat(KafkaEvents.header(submitted, "ce_tenant")).as("the posting institution").isEqualTo("northbridge");
        assertThat(KafkaEvents.header(submitted, "ce_subject")).isEqualTo(id);
        JsonNode payload = json(KafkaEvents.payload(submitted));
        assertThat(payload.get("candidateInstitution").asString()).isEqualTo("lakeside");
        assertThat(payload.get("candidateId").asString()).isEqualTo(candidate);
        assertThat(payload.get("cvSnapshotId").asString()).isEqualTo(CV);
        assertThat(payload.has("coverLetter")).isFalse();

        HttpResponse<String> again = apply(candidateToken, postingId, "A second letter");
        assertProblem(again, 409);
        assertThat(json(again).get("applicationId").asString()).isEqualTo(id);
        assertThat(json(api.get(MINE, candidateToken)).findValuesAsString("id")).containsExactly(id);

        HttpResponse<String> withdrawn = api.post(MINE + "/" + id + "/withdraw", candidateToken);
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(json(withdrawn).get("stage").asString()).isEqualTo("WITHDRAWN");
        ConsumerRecord<String, byte[]> withdrawal = KafkaEvents.awaitOne("jobs.applications", id, WITHDRAWN);
        EventContracts.assertConforms("job-posting", "ApplicationWithdrawn", 1, KafkaEvents.payload(withdrawal));
        assertThat(KafkaEvents.header(withdrawal, "ce_tenant")).isEqualTo("northbridge");
        assertThat(json(KafkaEvents.payload(withdrawal)).get("stageAtWithdrawal").asString()).isEqualTo("SUBMITTED");
        assertProblem(api.post(MINE + "/" + id + "/withdraw", candidateToken), 409);

        HttpResponse<String> reapplied = apply(candidateToken, postingId, "Reconsidered: still keen.");
        assertThat(reapplied.statusCode()).as(reapplied.body()).isEqualTo(201);
        assertThat(json(reapplied).get("id").asString()).isEqualTo(id);
        assertThat(json(api.get(MINE + "/" + id, candidateToken)).get("coverLetter").asString())
                .isEqualTo("Reconsidered: still keen.");
        KafkaEvents.await("jobs.applications", id, SUBMITTED, 2);
        assertThat(KafkaEvents.all("jobs.applications", id)).as("submitted, withdrawn, submitted; nothing for refusals")
                .hasSize(3);
        assertThat(mongo.getCollection("applications").countDocuments(new Document("postingId", postingId)))
                .isEqualTo(1);
    }

    @Test
    void shouldLetOnlyThePostingInstitutionsAdminsSeeAndMoveApplicantsThroughTheStages() {
        String postingId = api.published(northbridgeAdmin, Postings.apd("Chicago, IL"));
        String id = json(apply(candidateToken, postingId, "Letter")).get("id").asString();
        String colleague = faculty(UUID.randomUUID().toString(), "northbridge");
        String colleagueApplication = json(apply(colleague, postingId, "Internal candidate")).get("id").asString();

        JsonNode applicants = json(api.get(ADMIN + "/postings/" + postingId + "/applications", northbridgeAdmin));
        assertThat(applicants.findValuesAsString("id")).containsExactlyInAnyOrder(id, colleagueApplication);
        assertThat(json(api.get(ADMIN + "/applications/" + id, northbridgeAdmin)).get("candidateInstitution")
                .asString()).isEqualTo("lakeside");

        // The candidate's own institution's admin sees nothing of an application to another institution.
        assertProblem(api.get(ADMIN + "/postings/" + postingId + "/applications", lakesideAdmin), 404);
        assertProblem(api.get(ADMIN + "/applications/" + id, lakesideAdmin), 404);
        assertProblem(move(lakesideAdmin, id, "UNDER_REVIEW"), 404);
        assertProblem(api.get(MINE + "/" + id, colleague), 404);
        assertProblem(api.post(MINE + "/" + id + "/withdraw", colleague), 404);
        assertProblem(api.get(MINE + "/" + id, faculty(candidate, "northbridge")), 404);
        assertProblem(api.get(ADMIN + "/applications/" + id, candidateToken), 403);

        assertProblem(move(northbridgeAdmin, id, "OFFER"), 409);
        assertThat(move(northbridgeAdmin, id, "UNDER_REVIEW").statusCode()).isEqualTo(200);
        assertThat(move(northbridgeAdmin, id, "INTERVIEW").statusCode()).isEqualTo(200);
        HttpResponse<String> back = move(northbridgeAdmin, id, "SUBMITTED");
        assertProblem(back, 409);
        assertThat(json(back).get("detail").asString())
                .isEqualTo("cannot move to submitted an application that is interview");
        assertProblem(move(northbridgeAdmin, id, "WITHDRAWN"), 409);
        HttpResponse<String> offered = move(northbridgeAdmin, id, "OFFER");
        assertThat(offered.statusCode()).as(offered.body()).isEqualTo(200);
        assertThat(json(offered).get("history").findValuesAsString("stage"))
                .containsExactly("SUBMITTED", "UNDER_REVIEW", "INTERVIEW", "OFFER");
        assertProblem(move(northbridgeAdmin, id, "REJECTED"), 409);
        assertThat(move(northbridgeAdmin, colleagueApplication, "REJECTED").statusCode()).isEqualTo(200);

        assertThat(json(api.get(MINE + "/" + id, candidateToken)).get("stage").asString()).isEqualTo("OFFER");
        assertThat(json(api.get(ADMIN + "/postings/" + postingId + "/applications?stage=REJECTED", northbridgeAdmin))
                .findValuesAsString("id")).containsExactly(colleagueApplication);
        assertProblem(apply(colleague, postingId, "Once more"), 409);
        HttpResponse<String> declined = api.post(MINE + "/" + id + "/withdraw", candidateToken);
        assertThat(json(declined).get("stage").asString()).as("declining the offer").isEqualTo("WITHDRAWN");
        assertThat(json(KafkaEvents.payload(KafkaEvents.awaitOne("jobs.applications", id, WITHDRAWN)))
                .get("stageAtWithdrawal").asString()).isEqualTo("OFFER");
    }

    @Test
    void shouldRefuseApplicationsToWhatIsNotOpenAndBadBodiesStoringNothing() {
        String draft = api.draft(northbridgeAdmin, Postings.apd("Chicago, IL"));
        String closed = api.published(northbridgeAdmin, Postings.apd("Chicago, IL"));
        assertThat(api.post(ADMIN + "/postings/" + closed + "/close", northbridgeAdmin).statusCode()).isEqualTo(200);
        String open = api.published(northbridgeAdmin, Postings.apd("Chicago, IL"));
        long before = mongo.getCollection("applications").countDocuments();

        assertProblem(apply(candidateToken, draft, "Letter"), 404);
        assertProblem(apply(candidateToken, UUID.randomUUID().toString(), "Letter"), 404);
        assertProblem(apply(candidateToken, closed, "Letter"), 409);
        assertProblem(apply(candidateToken, open, "x".repeat(ApplyRequest.MAX_COVER_LETTER + 1)), 400, "coverLetter");
        assertProblem(apply(candidateToken, open, " "), 400, "coverLetter");
        assertProblem(api.post(MINE, candidateToken, body(open, "Letter", "../../etc/passwd")), 400, "cvSnapshotId");
        assertProblem(api.post(MINE, candidateToken, body(open, "Letter", "short")), 400, "cvSnapshotId");
        assertProblem(api.post(MINE, candidateToken, body(open, "Letter", CV).replace("{", "{\"stage\": \"OFFER\", ")),
                400, "stage");
        assertProblem(api.post(MINE, candidateToken,
                body(open, "Letter", CV).replace("{", "{\"candidateId\": \"someone-else\", ")), 400, "candidateId");
        assertProblem(api.post(MINE, northbridgeAdmin, body(open, "Letter", CV)), 403);

        assertThat(mongo.getCollection("applications").countDocuments()).isEqualTo(before);

        String id = json(apply(candidateToken, open, "Letter")).get("id").asString();
        assertProblem(api.post(ADMIN + "/applications/" + id + "/stage", northbridgeAdmin, "{\"stage\": \"HIRED\"}"),
                400, "stage");
        assertThat(json(api.get(MINE + "/" + id, candidateToken)).get("stage").asString()).isEqualTo("SUBMITTED");
    }

    private HttpResponse<String> apply(String token, String postingId, String coverLetter) {
        return api.post(MINE, token, body(postingId, coverLetter, CV));
    }

    private HttpResponse<String> move(String token, String id, String stage) {
        return api.post(ADMIN + "/applications/" + id + "/stage", token, "{\"stage\": \"" + stage + "\"}");
    }

    private static String body(String postingId, String coverLetter, String cvSnapshotId) {
        return Api.JSON.writeValueAsString(java.util.Map.of("postingId", postingId, "coverLetter", coverLetter,
                "cvSnapshotId", cvSnapshotId));
    }
}
