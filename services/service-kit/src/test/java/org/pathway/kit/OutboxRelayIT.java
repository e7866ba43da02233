package org.pathway.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.pathway.kit.events.EventsAutoConfiguration;
import org.pathway.kit.events.OutboxEvent;
import org.pathway.kit.outbox.EventPublisher;
import org.pathway.kit.testapp.TestConsumers;
import org.pathway.kit.testapp.Widget;
import org.pathway.kit.testapp.WidgetRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

class OutboxRelayIT extends KitIntegrationTest {

    @Autowired
    WidgetRepository widgets;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventPublisher publisher;

    @Autowired
    @Qualifier(EventsAutoConfiguration.OUTBOX_KAFKA_TEMPLATE)
    KafkaTemplate<String, byte[]> outboxKafka;

    @Test
    void shouldNeverBlockASendLongerThanThePublishTimeoutWhileTheBrokerIsAway() {
        assertThat(outboxKafka.getProducerFactory().getConfigurationProperties())
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000L);
    }

    @Test
    void shouldPublishSavedEventAsCloudEventAndEmptyTheOutbox() {
        String id = newId();
        Widget widget = Widget.create(id, "mayo", "first");
        String eventId = widget.pendingEvents().get(0).id();

        widgets.save(widget);

        Document stored = mongo.getCollection("widgets").find(new Document("_id", id)).first();
        assertThat(stored.getList("outbox", Document.class)).isEmpty();
        assertThat(widget.pendingEvents()).isEmpty();
        List<ConsumerRecord<String, byte[]>> records = readTopic(Widget.TOPIC, Duration.ofSeconds(20),
                read -> read.stream().anyMatch(r -> eventId.equals(kafkaHeader(r, "ce_id"))));
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> eventId.equals(kafkaHeader(r, "ce_id")))
                .findFirst().orElseThrow();
        assertThat(record.key()).isEqualTo(id);
        assertThat(kafkaHeader(record, "ce_type")).isEqualTo("WidgetCreated");
        assertThat(kafkaHeader(record, "ce_source")).isEqualTo("/pathway/kit-test");
        assertThat(kafkaHeader(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(kafkaHeader(record, "ce_subject")).isEqualTo(id);
        assertThat(kafkaHeader(record, "ce_tenant")).isEqualTo("mayo");
        assertThat(Instant.parse(kafkaHeader(record, "ce_time"))).isNotNull();
        assertThat(kafkaHeader(record, "content-type")).isEqualTo("application/json");
        assertThat(record.headers().toArray()).noneMatch(h -> h.key().contains("TypeId") || h.key().startsWith("spring_"));
        assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .contains("\"widgetId\":\"" + id + "\"").contains("\"name\":\"first\"").doesNotContain("org.pathway");
    }

    @Test
    void shouldRepublishOnSweepAfterCrashBeforePullAndApplyTheEffectOnce() {
        String id = newId();
        OutboxEvent event = OutboxEvent.of(Widget.TOPIC, "WidgetCreated", id, "mayo",
                new Widget.WidgetChanged(id, "crashed", 0));
        // The state of a relay that crashed between Kafka's ack and the $pull: the document still holds the event...
        mongo.getCollection("widgets").insertOne(new Document("_id", id).append("tenant", "mayo").append("name", "crashed")
                .append("revision", 0).append("version", 0L).append("outbox", List.of(new Document("_id", event.id())
                        .append("type", event.type()).append("topic", event.topic()).append("subject", id)
                        .append("tenant", "mayo").append("time", Date.from(event.time()))
                        .append("payload", new Document(event.payload())))));
        // ...and Kafka already has it once.
        publisher.publish(event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                mongo.getCollection("widgets").find(new Document("_id", id)).first().getList("outbox", Document.class))
                .isEmpty());
        List<ConsumerRecord<String, byte[]>> copies = readTopic(Widget.TOPIC, Duration.ofSeconds(20),
                read -> read.stream().filter(r -> event.id().equals(kafkaHeader(r, "ce_id"))).count() >= 2);
        assertThat(copies.stream().filter(r -> event.id().equals(kafkaHeader(r, "ce_id")))).hasSize(2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mongo.getCollection("processed_events")
                .countDocuments(new Document("eventId", event.id()))).isEqualTo(1));
        // Give the duplicate time to arrive before asserting the effect ran once.
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.getCollection("widget_effects").find(new Document("_id", id)).first().getInteger("effects"))
                .isEqualTo(1));
    }

    @Test
    void shouldDeliverOneHundredEventsOfOneAggregateInOrder() {
        String id = newId();
        Widget widget = Widget.create(id, "mayo", "name-0");
        widgets.save(widget);
        for (int batch = 0; batch < 10; batch++) {
            Widget loaded = widgets.findById(id).orElseThrow();
            for (int i = 0; i < 10; i++) {
                loaded.rename("name-" + (batch * 10 + i + 1));
            }
            widgets.save(loaded);
        }

        List<Integer> expected = new ArrayList<>(IntStream.rangeClosed(0, 100).boxed().toList());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> assertThat(TestConsumers.REVISIONS.get(id)).containsExactlyElementsOf(expected));
    }
}
