package org.pathway.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.pathway.kit.config.KitProperties;
import org.pathway.kit.events.OutboxEvent;
import org.pathway.kit.outbox.EventPublisher;
import org.pathway.kit.outbox.OutboxRelay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

class ConcurrentRelaysIT extends KitIntegrationTest {

    private static final String TOPIC = "kit-test.relays";
    private static final String COLLECTION = "relay_race";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventPublisher publisher;

    @Test
    void shouldShareTheBacklogBetweenReplicasWithoutLosingOrDoublingEvents() throws Exception {
        List<String> eventIds = new ArrayList<>();
        Instant old = Instant.now().minusSeconds(60);
        for (int doc = 0; doc < 20; doc++) {
            List<Document> outbox = new ArrayList<>();
            for (int e = 0; e < 3; e++) {
                OutboxEvent event = OutboxEvent.of(TOPIC, "RaceEvent", "doc-" + doc, "mayo", java.util.Map.of("n", e));
                eventIds.add(event.id());
                outbox.add(new Document("_id", event.id()).append("type", event.type()).append("topic", TOPIC)
                        .append("subject", event.subject()).append("tenant", "mayo").append("time", Date.from(old))
                        .append("payload", new Document(event.payload())));
            }
            mongo.getCollection(COLLECTION).insertOne(new Document("_id", newId()).append("outbox", outbox));
        }
        KitProperties.Outbox settings = new KitProperties.Outbox(true, Duration.ofSeconds(5), Duration.ZERO,
                Duration.ofSeconds(30), Duration.ofSeconds(10), 100, List.of(COLLECTION));
        List<OutboxRelay> replicas = List.of(new OutboxRelay(mongo, publisher, settings, Clock.systemUTC()),
                new OutboxRelay(mongo, publisher, settings, Clock.systemUTC()),
                new OutboxRelay(mongo, publisher, settings, Clock.systemUTC()));

        ExecutorService pool = Executors.newFixedThreadPool(replicas.size());
        int published = 0;
        try {
            List<Callable<Integer>> sweeps = replicas.stream().<Callable<Integer>>map(relay -> relay::sweep).toList();
            for (Future<Integer> result : pool.invokeAll(sweeps)) {
                published += result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(published).isEqualTo(eventIds.size());
        assertThat(mongo.getCollection(COLLECTION).countDocuments(new Document("outbox.0", new Document("$exists", true))))
                .isZero();
        List<ConsumerRecord<String, byte[]>> records = readTopic(TOPIC, Duration.ofSeconds(30),
                read -> read.size() >= eventIds.size());
        Set<String> seen = records.stream().map(r -> kafkaHeader(r, "ce_id")).collect(Collectors.toSet());
        assertThat(seen).containsExactlyInAnyOrderElementsOf(eventIds);
        assertThat(records).hasSize(eventIds.size());
    }
}
