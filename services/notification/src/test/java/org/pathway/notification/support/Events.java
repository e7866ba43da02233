package org.pathway.notification.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.pathway.contracts.EventContracts;
import org.pathway.infra.local.TestInfrastructure;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Publishes CloudEvents (binary mode, as the kit's relay does) to the test broker, as another service would. */
public final class Events {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static KafkaProducer<String, byte[]> producer;

    private Events() {
    }

    public static ObjectNode example(String producerDir, String type) {
        return (ObjectNode) JSON.readTree(EventContracts.example(producerDir, type, 1));
    }

    public static void profile(String tenant, String userId, String name, String email) {
        ObjectNode profile = example("portfolio", "ProfileUpdated").put("userId", userId).put("name", name).put("email", email);
        publish("portfolio.profiles", "org.pathway.portfolio.ProfileUpdated.v1", UUID.randomUUID().toString(), tenant, userId,
                profile.toString());
    }

    /** Announces the person's profile and waits until the recipients projection knows them. */
    public static void knownPerson(MongoTemplate mongo, String tenant, String userId, String name, String email) {
        profile(tenant, userId, name, email);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.findById(tenant + "/" + userId, Document.class, "recipients") != null);
    }

    public static synchronized void publish(String topic, String type, String eventId, String tenant, String key, String json) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestInfrastructure.kafka().bootstrapServers()), new StringSerializer(), new ByteArraySerializer());
            KafkaProducer<String, byte[]> created = producer;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> created.close(java.time.Duration.ofSeconds(2))));
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8));
        Map.of("ce_id", eventId, "ce_type", type, "ce_source", "/pathway/test", "ce_specversion", "1.0", "ce_subject", key,
                "ce_tenant", tenant, "ce_time", "2026-02-02T09:30:01.250Z", "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new AssertionError("publishing to the test broker failed", e);
        }
    }

    public static String token(String subject, String institution, String... roles) {
        return TestInfrastructure.jwtIssuer().token().subject(subject).organization(institution).roles(roles).sign();
    }
}
