package org.pathway.proofs;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A poison message (an ActivityRevised whose body is not JSON) between two good events of the same activity, so on the
 * same partition: it is dead-lettered to {@code portfolio.activities.dlt} and the good event behind it is applied.
 */
class PoisonMessageFault {

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

        System.out.println(outcome.line("poison", "poison_sent=1 dead_lettered=" + deadLetters.size()
                + " next_event_applied_after_s=" + FaultChecks.seconds(flowing) + " admin_visible=no"));
        assertThat(deadLetters).hasSize(1);
        assertThat(evidence).isNotNull();
        assertThat(evidence.getInteger("revision")).isEqualTo(2);
        assertThat(outcome.lost()).isZero();
        assertThat(outcome.duplicated()).isZero();
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
