package org.pathway.promotionreview.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.infra.local.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** promotion-review keeps its evidence projection from real portfolio events on a real broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class PortfolioActivityEventsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
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
    void shouldProjectTheContractExampleAndShowItOnlyToItsFacultyMember() {
        ObjectNode example = (ObjectNode) JSON.readTree(EventContracts.example("portfolio", "ActivityRecorded", 1));
        String activityId = UUID.randomUUID().toString();
        String facultyId = UUID.randomUUID().toString();
        example.put("activityId", activityId).put("facultyId", facultyId);

        publish(UUID.randomUUID().toString(), "northbridge", activityId, example.toString());

        String owner = faculty(facultyId, "northbridge");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(HttpCalls.get(url("/api/promotion-review/evidence/" + activityId), owner).statusCode()).isEqualTo(200));
        JsonNode evidence = JSON.readTree(HttpCalls.get(url("/api/promotion-review/evidence"), owner).body());
        assertThat(evidence).hasSize(1);
        assertThat(evidence.get(0).get("title").asString()).isEqualTo(example.get("title").asString());
        assertThat(evidence.get(0).get("kind").asString()).isEqualTo("TEACHING");

        HttpResponse<String> sameSubjectOtherInstitution =
                HttpCalls.get(url("/api/promotion-review/evidence/" + activityId), faculty(facultyId, "lakeside"));
        assertThat(sameSubjectOtherInstitution.statusCode()).isEqualTo(404);
        assertThat(HttpCalls.get(url("/api/promotion-review/evidence"), faculty(facultyId, "lakeside")).body()).isEqualTo("[]");
        assertThat(HttpCalls.get(url("/api/promotion-review/evidence/" + activityId),
                faculty(UUID.randomUUID().toString(), "northbridge")).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldApplyARedeliveredEventOnceAndTolerateFieldsItDoesNotKnow() {
        ObjectNode event = (ObjectNode) JSON.readTree(EventContracts.example("portfolio", "ActivityRecorded", 1));
        String activityId = UUID.randomUUID().toString();
        event.put("activityId", activityId).put("facultyId", UUID.randomUUID().toString())
                .put("aFieldFromAFutureAdditiveVersion", "ignored");
        String eventId = UUID.randomUUID().toString();

        publish(eventId, "northbridge", activityId, event.toString());
        awaitConsumed(publish(eventId, "northbridge", activityId, event.toString()));

        assertThat(mongo.getCollection("processed_events").countDocuments(new Document("eventId", eventId))).isEqualTo(1);
        Document stored = mongo.findById(activityId, Document.class, "evidence");
        assertThat(stored).isNotNull();
        assertThat(stored.getString("tenant")).isEqualTo("northbridge");
        assertThat(stored.getString("lastEventId")).isEqualTo(eventId);
        assertThat(mongo.getCollection("evidence").countDocuments(new Document("_id", activityId))).isEqualTo(1);
    }

    @Test
    void shouldFollowRevisionsIgnoreAStaleOneAndForgetRemovedEvidence() {
        String activityId = UUID.randomUUID().toString();
        String facultyId = UUID.randomUUID().toString();
        ObjectNode recorded = (ObjectNode) JSON.readTree(EventContracts.example("portfolio", "ActivityRecorded", 1));
        recorded.put("activityId", activityId).put("facultyId", facultyId);
        ObjectNode revised = (ObjectNode) JSON.readTree(EventContracts.example("portfolio", "ActivityRevised", 1));
        revised.put("activityId", activityId).put("facultyId", facultyId).put("revision", 3).put("title", "Third revision");
        ObjectNode stale = revised.deepCopy().put("revision", 2).put("title", "Second revision, delivered late");
        String owner = faculty(facultyId, "northbridge");

        publish(UUID.randomUUID().toString(), "northbridge", activityId, recorded.toString());
        publish("org.pathway.portfolio.ActivityRevised.v1", UUID.randomUUID().toString(), "northbridge", activityId,
                revised.toString());
        RecordMetadata staleDelivery = publish("org.pathway.portfolio.ActivityRevised.v1", UUID.randomUUID().toString(),
                "northbridge", activityId, stale.toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Document stored = mongo.findById(activityId, Document.class, "evidence");
            assertThat(stored).isNotNull();
            assertThat(stored.getString("title")).isEqualTo("Third revision");
        });
        awaitConsumed(staleDelivery);
        Document afterStale = mongo.findById(activityId, Document.class, "evidence");
        assertThat(afterStale.getString("title")).as("a stale revision never replaces a newer one").isEqualTo("Third revision");
        assertThat(afterStale.getInteger("revision")).isEqualTo(3);
        assertThat(afterStale.get("details", Document.class).get("hours")).as("the kind's typed facts are kept").isNotNull();

        ObjectNode removed = (ObjectNode) JSON.readTree(EventContracts.example("portfolio", "ActivityRemoved", 1));
        removed.put("activityId", activityId).put("facultyId", facultyId);
        publish("org.pathway.portfolio.ActivityRemoved.v1", UUID.randomUUID().toString(), "northbridge", activityId,
                removed.toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                HttpCalls.get(url("/api/promotion-review/evidence/" + activityId), owner).statusCode()).isEqualTo(404));
    }

    private static RecordMetadata publish(String eventId, String tenant, String key, String json) {
        return publish("org.pathway.portfolio.ActivityRecorded.v1", eventId, tenant, key, json);
    }

    /**
     * Waits until promotion-review's consumer group committed past this record. Offsets are committed per record after
     * processing, so every earlier record of the same partition (the same activity) has been processed too.
     */
    private static void awaitConsumed(RecordMetadata delivery) {
        TopicPartition partition = new TopicPartition(delivery.topic(), delivery.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafka().bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("promotion-review")
                        .partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() > delivery.offset();
            });
        }
    }

    private static RecordMetadata publish(String type, String eventId, String tenant, String key, String json) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("portfolio.activities", key,
                json.getBytes(StandardCharsets.UTF_8));
        Map.of("ce_id", eventId, "ce_type", type, "ce_source", "/pathway/portfolio",
                "ce_specversion", "1.0", "ce_subject", key, "ce_tenant", tenant, "ce_time", "2026-01-05T14:03:22.418Z",
                "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            return PRODUCER.send(record).get();
        } catch (Exception e) {
            throw new AssertionError("publishing to the test broker failed", e);
        }
    }

    private static String faculty(String subject, String institution) {
        return TestInfrastructure.jwtIssuer().token().subject(subject).organization(institution).roles("faculty").sign();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
