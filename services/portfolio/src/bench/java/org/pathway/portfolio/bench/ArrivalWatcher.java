package org.pathway.portfolio.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A consumer polling one topic on a thread of its own from the topic's current end, noting when each key (of one
 * CloudEvents type, if given) arrives. The outbox measurement and the raw kafka-clients baseline both use it, so the
 * consuming side of the two numbers is the same.
 */
final class ArrivalWatcher implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final String ceType;
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    ArrivalWatcher(String bootstrapServers, String topic, String ceType) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        this.ceType = ceType;
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::poll, "bench-watcher-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    Header type = record.headers().lastHeader("ce_type");
                    if (ceType == null || (type != null && ceType.equals(new String(type.value(), StandardCharsets.UTF_8)))) {
                        arrivals.putIfAbsent(record.key(), now);
                    }
                }
            }
        } catch (WakeupException closing) {
            // close() woke the poll up
        } finally {
            consumer.close();
        }
    }

    /** When {@code key} arrived (System.nanoTime), waiting up to 10 s for it. */
    long awaitArrival(String key) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Long at;
        while ((at = arrivals.get(key)) == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no record keyed " + key + " within 10 s");
            }
            Thread.sleep(0, 200_000);
        }
        return at;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5_000);
    }
}
