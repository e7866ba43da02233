package org.pathway.proofs;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.HttpCalls;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A poison message (an ActivityRevised whose body is not JSON) between two good events of the same activity, so on the
 * same partition: it is dead-lettered to {@code portfolio.activities.dlt}, the good event behind it is applied, and the
 * dead letter is listed by promotion-review's admin API to the institution's admin (with the failure) and to the
 * platform (without the payload), but not to another institution's admin.
 */
class PoisonMessageFault {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void shouldDeadLetterThePoisonMessageAndKeepThePartitionFlowing() throws Exception {
        ProofPlatform platform = ProofPlatform.shared();
        String run = FaultChecks.run("poison");
        String token = platform.faculty("northbridge");
        DeliveryLedger ledger = new DeliveryLedger();
        String activity = platform.portfolio().record(token, run + " r1");
        ledger.written(activity, 1);

        String poisonId = UUID.randomUUID().toString();
        publishPoison(platform.kafka().bootstrapServers(), activity, poisonId);
        platform.portfolio().revise(token, activity, FaultChecks.finalTitle(run));
        ledger.written(activity, 2);
        Duration flowing = FaultChecks.settle(platform, run, 1, Duration.ofSeconds(60));
        List<ConsumerRecord<String, byte[]>> deadLetters = BrokerView.readAll(platform.kafka().bootstrapServers(),
                ProofPlatform.ACTIVITIES + ".dlt").stream()
                .filter(record -> poisonId.equals(BrokerView.header(record, "ce_id"))).toList();
        DeliveryLedger.Outcome outcome = FaultChecks.outcome(platform, ledger);
        Document evidence = platform.promotionReviewDatabase().getCollection("evidence").find(eq("_id", activity)).first();

        long visibleSince = System.nanoTime();
        JsonNode asAdmin = awaitDeadLetter(platform, "/api/promotion-review/admin/dead-letters?size=100",
                platform.institutionAdmin("northbridge"), poisonId);
        Duration visible = Duration.ofNanos(System.nanoTime() - visibleSince);
        JsonNode asPlatform = deadLetter(platform, "/api/promotion-review/admin/platform/dead-letters?size=100&tenant=northbridge",
                platform.platformAdmin(), poisonId);
        JsonNode asOtherInstitution = deadLetter(platform, "/api/promotion-review/admin/dead-letters?size=100",
                platform.institutionAdmin("lakeside"), poisonId);

        System.out.println(outcome.line("poison", "poison_sent=1 dead_lettered=" + deadLetters.size()
                + " next_event_applied_after_s=" + FaultChecks.seconds(flowing)
                + " admin_visible=" + (asAdmin != null ? "yes" : "no")
                + " platform_visible=" + (asPlatform != null ? "yes" : "no")
                + " other_institution_visible=" + (asOtherInstitution != null ? "yes" : "no")
                + " visible_after_s=" + FaultChecks.seconds(visible)
                + " failure=" + (asAdmin == null ? "-" : asAdmin.path("exceptionClass").asString())));
        assertThat(deadLetters).hasSize(1);
        assertThat(asAdmin).isNotNull();
        assertThat(asAdmin.get("topic").asString()).isEqualTo(ProofPlatform.ACTIVITIES);
        assertThat(asAdmin.get("partition").asInt()).isEqualTo(deadLetters.get(0).partition());
        assertThat(asAdmin.get("subject").asString()).isEqualTo(activity);
        assertThat(asAdmin.get("eventType").asString()).isEqualTo("org.pathway.portfolio.ActivityRevised.v1");
        assertThat(asAdmin.get("exceptionClass").asString()).endsWith("MessageConversionException");
        assertThat(asAdmin.get("payloadExcerpt").asString()).contains("not json");
        assertThat(asPlatform).isNotNull();
        assertThat(asPlatform.get("payloadExcerpt").isNull()).isTrue();
        assertThat(asOtherInstitution).isNull();
        assertThat(evidence).isNotNull();
        assertThat(evidence.getInteger("revision")).isEqualTo(2);
        assertThat(outcome.lost()).isZero();
        assertThat(outcome.duplicated()).isZero();
    }

    /** The dead letter of {@code eventId} in the list at {@code path} as {@code token} sees it, within 30 s, or null. */
    private static JsonNode awaitDeadLetter(ProofPlatform platform, String path, String token, String eventId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode found = deadLetter(platform, path, token, eventId);
        while (found == null && System.nanoTime() < deadline) {
            FaultChecks.sleep(Duration.ofMillis(250));
            found = deadLetter(platform, path, token, eventId);
        }
        return found;
    }

    private static JsonNode deadLetter(ProofPlatform platform, String path, String token, String eventId) {
        HttpResponse<String> response = HttpCalls.get(platform.promotionReviewUrl(path), token);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        for (JsonNode item : JSON.readTree(response.body()).get("items")) {
            if (eventId.equals(item.path("eventId").asString(null))) {
                return item;
            }
        }
        return null;
    }

    private static void publishPoison(String bootstrap, String activity, String eventId) throws Exception {
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(ProofPlatform.ACTIVITIES, activity,
                "{\"activityId\": not json".getBytes(StandardCharsets.UTF_8));
        Map.of("ce_id", eventId, "ce_type", "org.pathway.portfolio.ActivityRevised.v1", "ce_source", "/pathway/proofs",
                "ce_specversion", "1.0", "ce_subject", activity, "ce_tenant", "northbridge", "ce_time",
                Instant.now().toString(), "content-type", "application/json")
                .forEach((name, value) -> poison.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(poison).get();
        }
    }
}
