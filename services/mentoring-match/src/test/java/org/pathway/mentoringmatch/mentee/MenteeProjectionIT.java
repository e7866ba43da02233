package org.pathway.mentoringmatch.mentee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pathway.infra.local.Tokens.faculty;
import static org.pathway.mentoringmatch.support.Api.expect;
import static org.pathway.mentoringmatch.support.Api.mentor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.infra.local.TestInfrastructure;
import org.pathway.mentoringmatch.support.Api;
import org.pathway.mentoringmatch.support.Mentoring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mentees projection follows portfolio's ProfileUpdated and promotion-review's ReadinessAssessed from a real broker,
 * and scoring reads it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class MenteeProjectionIT {

    private static final KafkaProducer<String, byte[]> PRODUCER = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers()),
            new StringSerializer(), new ByteArraySerializer());

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @AfterAll
    static void closeProducer() {
        PRODUCER.close();
    }

    @Test
    void shouldScoreARequestWithTheNicheRankAndTargetRolesFromTheProfile() {
        String userId = UUID.randomUUID().toString();
        ObjectNode profile = example(userId, 4);
        profile.put("aFieldFromAFutureAdditiveVersion", "ignored");
        publish(UUID.randomUUID().toString(), "northbridge", userId, profile.toString());
        Api api = new Api(port);
        Mentoring mentoring = new Mentoring(api);
        String mentorId = mentoring.optIn(mentor(UUID.randomUUID().toString(), "northbridge"), 2, false,
                "[\"clinical reasoning\"]", "[\"CLERKSHIP_DIRECTOR\"]").get("id").asString();

        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("northbridge:" + userId, Document.class,
                "mentees") != null);
        String mentee = faculty(userId, "northbridge");
        String requestId = mentoring.request(mentee, "LONG_TERM", false).get("id").asString();

        JsonNode suggestion = expect(api.get("/api/mentoring-match/requests/" + requestId + "/suggestions?k=20", mentee),
                200).valueStream().filter(s -> s.get("mentorId").asString().equals(mentorId)).findFirst().orElseThrow();
        assertThat(suggestion.get("factors").findValuesAsString("reason")).anySatisfy(r -> assertThat(r)
                .contains("shares your niche Clinical Reasoning")).anySatisfy(r -> assertThat(r)
                .contains("clerkship director, a role you are aiming for")).anySatisfy(r -> assertThat(r)
                .contains("2 ranks ahead of you"));
        Document stored = mongo.findById("northbridge:" + userId, Document.class, "mentees");
        assertThat(stored.getInteger("openRequests")).as("the projection never resets the request count").isEqualTo(1);
    }

    @Test
    void shouldIgnoreAStaleRevisionAndApplyARedeliveredEventOnce() {
        String userId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        publish(eventId, "lakeside", userId, example(userId, 5).put("rank", "ASSOCIATE_PROFESSOR").toString());
        publish(eventId, "lakeside", userId, example(userId, 5).put("rank", "ASSOCIATE_PROFESSOR").toString());
        publish(UUID.randomUUID().toString(), "lakeside", userId, example(userId, 3).put("rank", "INSTRUCTOR").toString());
        String marker = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), "lakeside", marker, example(marker, 1).toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("lakeside:" + marker, Document.class,
                "mentees") != null);
        Document stored = mongo.findById("lakeside:" + userId, Document.class, "mentees");
        assertThat(stored.getString("rank")).isEqualTo("ASSOCIATE_PROFESSOR");
        assertThat(stored.getInteger("revision")).isEqualTo(5);
        assertThat(stored.getString("tenant")).isEqualTo("lakeside");
        assertThat(mongo.getCollection("processed_events").countDocuments(new Document("eventId", eventId))).isEqualTo(1);
        assertThat(mongo.findById("northbridge:" + userId, Document.class, "mentees")).isNull();
    }

    @Test
    void shouldFavourAnEducationScholarForAMenteeWhoseReadinessShowsAScholarshipGap() {
        String userId = UUID.randomUUID().toString();
        ObjectNode assessed = (ObjectNode) Api.JSON.readTree(EventContracts.example("promotion-review",
                "ReadinessAssessed", 1));
        assessed.put("facultyId", userId).put("aFieldFromAFutureAdditiveVersion", true);
        ObjectNode older = assessed.deepCopy().put("assessedAt", "2025-01-01T00:00:00Z");
        older.putArray("gaps");
        publish("promotion.readiness", "org.pathway.promotion-review.ReadinessAssessed.v1", UUID.randomUUID().toString(),
                "northbridge", userId, assessed.toString());
        publish("promotion.readiness", "org.pathway.promotion-review.ReadinessAssessed.v1", UUID.randomUUID().toString(),
                "northbridge", userId, older.toString());
        Api api = new Api(port);
        Mentoring mentoring = new Mentoring(api);
        String scholar = mentoring.optIn(mentor(UUID.randomUUID().toString(), "northbridge"), 2, false, "[]",
                "[\"MED_ED_SCHOLAR\"]").get("id").asString();
        String marker = UUID.randomUUID().toString();
        publish("promotion.readiness", "org.pathway.promotion-review.ReadinessAssessed.v1", UUID.randomUUID().toString(),
                "northbridge", marker, assessed.deepCopy().put("facultyId", marker).toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("northbridge:" + marker, Document.class,
                "mentees") != null);
        assertThat(mongo.findById("northbridge:" + userId, Document.class, "mentees").getList("readinessGaps",
                String.class)).as("the older assessment arrived late and changed nothing").containsExactly("SCHOLARSHIP");
        String mentee = faculty(userId, "northbridge");
        String requestId = mentoring.request(mentee, "PROMOTION_COACHING", false).get("id").asString();
        JsonNode suggestion = expect(api.get("/api/mentoring-match/requests/" + requestId + "/suggestions?k=20", mentee),
                200).valueStream().filter(s -> s.get("mentorId").asString().equals(scholar)).findFirst().orElseThrow();
        JsonNode readiness = suggestion.get("factors").valueStream()
                .filter(f -> f.get("name").asString().equals("readiness")).findFirst().orElseThrow();
        assertThat(readiness.get("points").asInt()).isEqualTo(12);
        assertThat(readiness.get("reason").asString()).contains("scholarship gap");
    }

    private static ObjectNode example(String userId, int revision) {
        ObjectNode example = (ObjectNode) Api.JSON.readTree(EventContracts.example("portfolio", "ProfileUpdated", 1));
        return example.put("userId", userId).put("revision", revision);
    }

    private static void publish(String eventId, String tenant, String key, String json) {
        publish("portfolio.profiles", "org.pathway.portfolio.ProfileUpdated.v1", eventId, tenant, key, json);
    }

    private static void publish(String topic, String type, String eventId, String tenant, String key, String json) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8));
        Map.of("ce_id", eventId, "ce_type", type, "ce_source", "/pathway/" + topic.substring(0, topic.indexOf('.')),
                "ce_specversion", "1.0", "ce_subject", key, "ce_tenant", tenant, "ce_time", "2026-01-12T10:15:00.000Z",
                "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            PRODUCER.send(record).get();
        } catch (Exception e) {
            throw new AssertionError("publishing to the test broker failed", e);
        }
    }
}
