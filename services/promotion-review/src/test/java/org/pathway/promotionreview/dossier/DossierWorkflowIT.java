package org.pathway.promotionreview.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pathway.promotionreview.support.Api.committee;
import static org.pathway.promotionreview.support.Api.faculty;
import static org.pathway.promotionreview.support.Api.institutionAdmin;
import static org.pathway.promotionreview.support.Api.json;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.infra.local.KafkaEvents;
import org.pathway.infra.local.Problems;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.infra.local.TestInfrastructure;
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

/**
 * The committee workflow against the real broker and the MongoDB wire server, with real RS256 tokens: a candidate's
 * dossier from opening to decision (recusal by co-authorship, secret votes, the decision event), external letters with
 * their upload and reminders driven by a controllable clock, and every party who must not see a dossier getting 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class DossierWorkflowIT {

    private static final String TOPIC = "promotion.dossiers";
    private static final String BASE = "/api/promotion-review/dossiers";

    @LocalServerPort
    int port;

    @Autowired
    LetterReminderScheduler scheduler;

    @Autowired
    Dossiers dossiers;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DossierProperties properties;

    private Api api;
    private final String candidateId = UUID.randomUUID().toString();
    private String candidate;
    private final String chairId = UUID.randomUUID().toString();
    private final String chair = committee(chairId, "Morgan Chen", "northbridge");
    private final String reviewerId = UUID.randomUUID().toString();
    private final String reviewer = committee(reviewerId, "Priya Natarajan", "northbridge");
    private final String coAuthorId = UUID.randomUUID().toString();
    private final String coAuthor = committee(coAuthorId, "Jordan Lee", "northbridge");
    private final String admin = institutionAdmin(UUID.randomUUID().toString(), "northbridge");

    @BeforeEach
    void candidateWithAPaper() {
        api = new Api(port);
        candidate = faculty(candidateId, "northbridge");
        Events.publish(Events.PROFILE_UPDATED, "northbridge", Events.profile(candidateId, 1));
        // Authors "Okafor A" and "Lee J": Jordan Lee co-authored it.
        Events.publish(Events.ACTIVITY_RECORDED, "northbridge", Events.paper(candidateId, "FIRST", "2025-03-01"));
        await().atMost(Duration.ofSeconds(30)).until(() -> json(api.get("/api/promotion-review/evidence", candidate))
                .size() == 1 && mongo.exists(Query.query(Criteria.where("_id").is("northbridge/" + candidateId)),
                "candidates"));
        for (String member : List.of(chair, reviewer, coAuthor)) {
            assertThat(api.get(BASE, member).statusCode()).as("joins the roster").isEqualTo(200);
        }
    }

    @AfterEach
    void schedulerBack() {
        scheduler.start();
    }

    @Test
    void shouldRunTheWholeWorkflowWithRecusalByCoAuthorshipSecretVotesAndTheDecisionEvent() {
        HttpResponse<String> opened = api.post(BASE, candidate, open(null));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String id = json(opened).get("id").asString();
        Problems.assertProblem(api.post(BASE + "/" + id + "/submit", chair), 404);
        assertThat(api.post("/api/promotion-review/admin/dossiers/" + id + "/chair", admin,
                "{\"memberId\": \"%s\"}".formatted(chairId)).statusCode()).isEqualTo(200);
        assertThat(api.post(BASE + "/" + id + "/submit", candidate).statusCode()).isEqualTo(200);

        JsonNode submitted = payloadOf(KafkaEvents.awaitOne(TOPIC, id, type("DossierSubmitted")), "DossierSubmitted");
        assertThat(submitted.get("candidateName").asString()).isEqualTo("Ada Okafor");
        assertThat(submitted.get("evidenceCount").asInt()).isEqualTo(1);
        assertThat(submitted.get("submittedBy").asString()).isEqualTo(candidateId);

        // The chair picks reviewers by name from the roster; the candidate is never on it, and a reviewer cannot read it.
        JsonNode roster = json(api.get(BASE + "/" + id + "/roster", chair));
        assertThat(roster.findValuesAsString("userId")).contains(chairId, reviewerId, coAuthorId)
                .doesNotContain(candidateId);
        assertThat(roster.findValuesAsString("name")).contains("Morgan Chen", "Priya Natarajan", "Jordan Lee");
        assertThat(json(api.get(BASE + "/" + id + "/roster", admin)).size()).isEqualTo(roster.size());
        Problems.assertProblem(api.get(BASE + "/" + id + "/roster", candidate), 403);

        HttpResponse<String> assigned = api.post(BASE + "/" + id + "/reviewers", chair, """
                {"memberIds": ["%s", "%s"]}""".formatted(reviewerId, coAuthorId));
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(json(assigned).findValuesAsString("outcome")).containsExactly("ASSIGNED", "RECUSED");
        JsonNode reviewerEvent = payloadOf(KafkaEvents.awaitOne(TOPIC, id, type("ReviewerAssigned")),
                "ReviewerAssigned");
        assertThat(reviewerEvent.get("reviewerId").asString()).isEqualTo(reviewerId);

        // The recused co-author sees nothing and cannot vote; the candidate cannot vote either.
        Problems.assertProblem(api.get(BASE + "/" + id, coAuthor), 404);
        Problems.assertProblem(api.post(BASE + "/" + id + "/votes", coAuthor, vote("AGAINST")), 404);
        Problems.assertProblem(api.post(BASE + "/" + id + "/votes", candidate, vote("FOR")), 403);

        JsonNode reviewerView = json(api.get(BASE + "/" + id, reviewer));
        assertThat(reviewerView.get("snapshot").get("evidence")).hasSize(1);
        assertThat(reviewerView.get("recusals").findValuesAsString("reason")).containsExactly("CO_AUTHORSHIP");
        assertThat(reviewerView.get("tally").isNull()).as("no tally while the vote is open").isTrue();
        assertThat(api.post(BASE + "/" + id + "/votes", reviewer, vote("FOR")).statusCode()).isEqualTo(204);
        Problems.assertProblem(api.post(BASE + "/" + id + "/votes", reviewer, vote("AGAINST")), 409);

        Problems.assertProblem(api.post(BASE + "/" + id + "/decision", chair, "{\"outcome\": \"PROMOTED\"}"), 409);
        Problems.assertProblem(api.post(BASE + "/" + id + "/vote/close", reviewer), 403);
        JsonNode closed = json(api.post(BASE + "/" + id + "/vote/close", chair));
        assertThat(closed.get("tally").get("FOR").asInt()).isEqualTo(1);
        assertThat(json(api.get(BASE + "/" + id, reviewer)).get("myVote").asString()).isEqualTo("FOR");

        HttpResponse<String> decided = api.post(BASE + "/" + id + "/decision", chair, "{\"outcome\": \"PROMOTED\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        JsonNode decision = payloadOf(KafkaEvents.awaitOne(TOPIC, id, type("DossierDecided")), "DossierDecided");
        assertThat(decision.get("outcome").asString()).isEqualTo("PROMOTED");
        assertThat(decision.get("candidateId").asString()).isEqualTo(candidateId);
        assertThat(decision.get("decidedBy").asString()).isEqualTo(chairId);

        JsonNode candidateView = json(api.get(BASE + "/" + id, candidate));
        assertThat(candidateView.get("outcome").asString()).isEqualTo("PROMOTED");
        assertThat(candidateView.propertyNames()).doesNotContain("tally", "myVote", "letters", "reviewers",
                "recusals", "snapshot");
        assertThat(api.get(BASE + "/" + id, candidate).body()).doesNotContain(reviewerId, coAuthorId, "Jordan Lee");

        List<String> actions = json(api.get(BASE + "/" + id + "/audit", chair)).findValuesAsString("action");
        assertThat(actions).containsExactly("OPENED", "CHAIR_APPOINTED", "SUBMITTED", "REVIEWER_ASSIGNED", "RECUSED",
                "VOTE_CAST", "VOTE_CLOSED", "DECIDED");
        assertThat(json(api.get(BASE + "/" + id + "/audit", admin)).size()).isEqualTo(actions.size());
        Problems.assertProblem(api.get(BASE + "/" + id + "/audit", reviewer), 403);
        Problems.assertProblem(api.get(BASE + "/" + id + "/audit", candidate), 403);
    }

    @Test
    void shouldDenyEveryoneOutsideTheDossierAndEveryOtherInstitution() {
        String id = openedByChair();
        String outsider = committee(UUID.randomUUID().toString(), "Sam Rivera", "northbridge");

        assertThat(json(api.get(BASE + "/" + id, admin)).get("viewer").asString()).isEqualTo("ADMIN");
        assertThat(json(api.get("/api/promotion-review/admin/dossiers", admin)).findValuesAsString("id")).contains(id);
        Problems.assertProblem(api.get(BASE + "/" + id, outsider), 404);
        Problems.assertProblem(api.get(BASE + "/" + id, faculty(UUID.randomUUID().toString(), "northbridge")), 404);
        for (String foreign : List.of(committee(chairId, "Morgan Chen", "lakeside"),
                institutionAdmin(UUID.randomUUID().toString(), "lakeside"), faculty(candidateId, "lakeside"))) {
            Problems.assertProblem(api.get(BASE + "/" + id, foreign), 404);
            Problems.assertProblem(api.post(BASE + "/" + id + "/submit", foreign), 404);
        }
        assertThat(json(api.get("/api/promotion-review/admin/dossiers",
                institutionAdmin(UUID.randomUUID().toString(), "lakeside"))).findValuesAsString("id")).doesNotContain(id);
        Problems.assertProblem(api.post("/api/promotion-review/admin/dossiers/" + id + "/chair",
                institutionAdmin(UUID.randomUUID().toString(), "lakeside"), "{\"memberId\": \"%s\"}"
                        .formatted(chairId)), 404);
        String mentor = TestInfrastructure.jwtIssuer().token().subject("m")
                .organization("northbridge").roles("mentor").sign();
        Problems.assertProblem(api.get(BASE, mentor), 403);

        // A reviewer who declares a conflict is recused at once and loses sight of the dossier.
        assertThat(api.post(BASE + "/" + id + "/submit", chair).statusCode()).isEqualTo(200);
        api.post(BASE + "/" + id + "/reviewers", chair, "{\"memberIds\": [\"%s\"]}".formatted(reviewerId));
        assertThat(api.get(BASE + "/" + id, reviewer).statusCode()).isEqualTo(200);
        Problems.assertProblem(api.get(BASE + "/" + id + "/roster", reviewer), 403);
        assertThat(api.post(BASE + "/" + id + "/conflict", reviewer, "{\"reason\": \"Mentored the candidate\"}")
                .statusCode()).isEqualTo(204);
        Problems.assertProblem(api.get(BASE + "/" + id, reviewer), 404);
        assertThat(json(api.post(BASE + "/" + id + "/reviewers", chair, "{\"memberIds\": [\"%s\"]}"
                .formatted(reviewerId))).findValuesAsString("outcome")).containsExactly("RECUSED");
    }

    @Test
    void shouldInviteWritersTakeOneUploadBeforeTheDeadlineAndRemindExactlyOnceAt7And1Days() throws Exception {
        String id = openedByChair();
        assertThat(api.post(BASE + "/" + id + "/submit", chair).statusCode()).isEqualTo(200);
        Instant deadline = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> invited = api.post(BASE + "/" + id + "/letters", chair, letter("Prof. Ines Okafor-Smith",
                "ines@example.org", deadline));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        assertThat(invited.body()).doesNotContain("uploadToken");
        JsonNode flagged = json(api.post(BASE + "/" + id + "/letters", chair, letter("Jordan Lee", "jl@example.org",
                deadline)));
        assertThat(flagged.get("conflict").asString()).contains("co-author");
        Problems.assertProblem(api.post(BASE + "/" + id + "/letters", candidate, letter("A B", "a@b.org", deadline)),
                403);

        List<ConsumerRecord<String, byte[]>> requests = KafkaEvents.await(TOPIC, id, type("LetterRequested"), 2);
        String firstToken = payloadOf(requests.get(0), "LetterRequested").get("uploadToken").asString();
        String secondToken = payloadOf(requests.get(1), "LetterRequested").get("uploadToken").asString();

        assertThat(api.post("/api/promotion-review/letters/upload", null, upload(firstToken, "A cohesive line of "
                + "peer-reviewed scholarship on clinical reasoning.")).statusCode()).isEqualTo(204);
        Problems.assertProblem(api.post("/api/promotion-review/letters/upload", null, upload(firstToken, "Again")),
                409);
        Problems.assertProblem(api.post("/api/promotion-review/letters/upload", null, upload("x".repeat(43), "Hi")),
                404);
        Problems.assertProblem(api.post("/api/promotion-review/letters/upload", null, "{\"token\": \"%s\"}"
                .formatted(secondToken)), 400, "text");

        // The service's own scheduler is "down"; replicas on a controllable clock catch up from the documents.
        scheduler.stop();
        assertThat(replicaAt(deadline.minus(Duration.ofDays(7)).plusSeconds(60)).sweep()).isEqualTo(1);
        assertThat(race(deadline.minus(Duration.ofDays(3)))).as("nothing due twice, however many replicas").isZero();
        assertThat(replicaAt(deadline.minus(Duration.ofHours(23))).sweep()).isEqualTo(1);
        assertThat(replicaAt(deadline.plusSeconds(1)).sweep()).as("overdue, not reminded").isZero();
        Problems.assertProblem(api.post("/api/promotion-review/letters/upload", null, upload(secondToken, "Late")),
                409);

        List<ConsumerRecord<String, byte[]>> reminders = KafkaEvents.collect(TOPIC, id, type("LetterReminderDue"),
                Duration.ofSeconds(5));
        assertThat(reminders).extracting(r -> payloadOf(r, "LetterReminderDue").get("daysBefore").asInt())
                .containsExactly(7, 1);
        assertThat(reminders).allSatisfy(r -> assertThat(payloadOf(r, "LetterReminderDue").get("writerName")
                .asString()).isEqualTo("Jordan Lee"));

        JsonNode letters = json(api.get(BASE + "/" + id, chair)).get("letters");
        assertThat(letters.findValuesAsString("status")).containsExactly("RECEIVED", "OVERDUE");
        assertThat(letters.get(0).get("text").asString()).startsWith("A cohesive line");
        assertThat(api.get(BASE + "/" + id, chair).body()).doesNotContain(firstToken, secondToken);
        assertThat(api.get(BASE + "/" + id, candidate).body()).doesNotContain("cohesive", "Okafor-Smith", "letters");
    }

    @Test
    void shouldRejectBadInputWithProblemsNamingTheFieldAndIllegalStepsWith409() {
        Problems.assertProblem(api.post(BASE, candidate, "{\"track\": \"CLINICIAN_EDUCATOR\", \"targetRank\": "
                + "\"INSTRUCTOR\"}"), 400, "targetRank");
        Problems.assertProblem(api.post(BASE, candidate, "{\"track\": \"CLINICIAN_EDUCATOR\", \"targetRank\": "
                + "\"ASSOCIATE\", \"tenant\": \"lakeside\"}"), 400, "tenant");
        Problems.assertProblem(api.post(BASE, candidate, "{\"track\": \"SPORTS\", \"targetRank\": \"ASSOCIATE\"}"),
                400, "track");
        String id = openedByChair();
        Problems.assertProblem(api.post(BASE, candidate, open(null)), 409);
        Problems.assertProblem(api.post(BASE + "/" + id + "/vote/close", chair), 409);
        Problems.assertProblem(api.post(BASE + "/" + id + "/reviewers", chair, "{\"memberIds\": [\"%s\"]}"
                .formatted(reviewerId)), 409);
        assertThat(api.post(BASE + "/" + id + "/submit", candidate).statusCode()).isEqualTo(200);
        Problems.assertProblem(api.post(BASE + "/" + id + "/submit", candidate), 409);
        Problems.assertProblem(api.post(BASE + "/" + id + "/letters", chair, letter("A Writer", "not-an-email",
                Instant.now().plus(Duration.ofDays(5)))), 400, "writerEmail");
        Problems.assertProblem(api.post(BASE + "/" + id + "/letters", chair, letter("A Writer", "a@example.org",
                Instant.now().minus(Duration.ofDays(1)))), 400, "deadline");
        Problems.assertProblem(api.post(BASE + "/" + id + "/reviewers", chair, "{\"memberIds\": [\"nobody\"]}"),
                400, "memberIds[0]");
        Problems.assertProblem(api.post(BASE + "/" + id + "/votes", reviewer, vote("MAYBE")), 400, "choice");
    }

    /** Opened for the candidate by Morgan, who chairs it. */
    private String openedByChair() {
        HttpResponse<String> opened = api.post(BASE, chair, open(candidateId));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(json(opened).get("viewer").asString()).isEqualTo("CHAIR");
        return json(opened).get("id").asString();
    }

    private LetterReminderScheduler replicaAt(Instant now) {
        return new LetterReminderScheduler(dossiers, mongo, Clock.fixed(now, ZoneOffset.UTC), properties);
    }

    private int race(Instant now) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> sweeps = List.of(threads.submit(replicaAt(now)::sweep),
                    threads.submit(replicaAt(now)::sweep), threads.submit(replicaAt(now)::sweep));
            int announced = 0;
            for (Future<Integer> sweep : sweeps) {
                announced += sweep.get();
            }
            return announced;
        } finally {
            threads.shutdownNow();
        }
    }

    private static JsonNode payloadOf(ConsumerRecord<String, byte[]> record, String typeName) {
        assertThat(KafkaEvents.header(record, "ce_tenant")).isEqualTo("northbridge");
        assertThat(KafkaEvents.header(record, "ce_subject")).isEqualTo(record.key());
        String payload = KafkaEvents.payload(record);
        EventContracts.assertConforms("promotion-review", typeName, 1, payload);
        return Events.JSON.readTree(payload);
    }

    private static String type(String name) {
        return "org.pathway.promotion-review." + name + ".v1";
    }

    private static String open(String candidateId) {
        return "{\"track\": \"CLINICIAN_EDUCATOR\", \"targetRank\": \"ASSOCIATE\""
                + (candidateId == null ? "" : ", \"candidateId\": \"" + candidateId + "\"") + "}";
    }

    private static String vote(String choice) {
        return "{\"choice\": \"" + choice + "\"}";
    }

    private static String letter(String name, String email, Instant deadline) {
        return "{\"writerName\": \"%s\", \"writerEmail\": \"%s\", \"deadline\": \"%s\"}".formatted(name, email,
                deadline);
    }

    private static String upload(String token, String text) {
        return "{\"token\": \"%s\", \"text\": \"%s\"}".formatted(token, text);
    }
}
