package org.pathway.portfolio.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.infra.local.TestInfrastructure;
import org.pathway.infra.local.Tokens;
import org.pathway.portfolio.support.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * An activity written over HTTP until its ActivityRecorded is on Kafka (Mongo write with the outbox, the relay's
 * publish, the broker), beside a raw kafka-clients produce until consume of a same-sized record on the same broker,
 * in the same run, with the relay's producer settings (idempotent, acks=all). Writes are one at a time, each waited
 * for, so the numbers are latencies, not throughput.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class ActivityEventLatencyBench {

    private static final String TOPIC = "portfolio.activities";
    private static final String RECORDED = "org.pathway.portfolio.ActivityRecorded.v1";
    private static final int WARM_UP = 30;
    private static final int RUNS = 300;

    @LocalServerPort
    int port;

    @Test
    void activityWriteToEventOnKafkaBesideRawProduceConsume() throws Exception {
        Api api = new Api(port);
        String owner = Tokens.faculty(UUID.randomUUID().toString(), "northbridge");
        String bootstrap = TestInfrastructure.kafka().bootstrapServers();
        for (int i = 0; i < WARM_UP; i++) {
            record(api, owner);
        }
        Samples endToEnd = new Samples(RUNS);
        Samples http = new Samples(RUNS);
        int payloadBytes;
        try (ArrivalWatcher watcher = new ArrivalWatcher(bootstrap, TOPIC, RECORDED)) {
            payloadBytes = Api.TEACHING.length();
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                String id = record(api, owner);
                http.add(System.nanoTime() - start);
                endToEnd.add(watcher.awaitArrival(id) - start);
            }
        }
        Samples raw = rawProduceConsume(bootstrap, payloadBytes);

        System.out.printf("BENCH portfolio.activity_to_kafka writes=%d warmup=%d p50_ms=%.2f p99_ms=%.2f "
                + "http_p50_ms=%.2f http_p99_ms=%.2f raw_p50_ms=%.2f raw_p99_ms=%.2f overhead_p50_ms=%.2f broker=%s%n",
                RUNS, WARM_UP, endToEnd.percentileMs(50), endToEnd.percentileMs(99), http.percentileMs(50),
                http.percentileMs(99), raw.percentileMs(50), raw.percentileMs(99),
                endToEnd.percentileMs(50) - raw.percentileMs(50),
                TestInfrastructure.usesContainers() ? "testcontainers" : "in-process-kraft");
        System.out.printf("BENCH kafka.raw_produce_consume messages=%d warmup=%d p50_ms=%.2f p99_ms=%.2f "
                + "payload_bytes=%d acks=all idempotent=true%n", RUNS, WARM_UP, raw.percentileMs(50),
                raw.percentileMs(99), payloadBytes);
        assertThat(endToEnd.size()).isEqualTo(RUNS);
    }

    private static String record(Api api, String owner) {
        HttpResponse<String> recorded = api.post("/api/portfolio/activities", owner, Api.TEACHING);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        return Api.json(recorded).get("id").asString();
    }

    private static Samples rawProduceConsume(String bootstrap, int payloadBytes) throws Exception {
        String topic = "bench.raw-" + UUID.randomUUID();
        Properties adminConfig = new Properties();
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(adminConfig)) {
            admin.createTopics(java.util.List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        byte[] payload = new byte[payloadBytes];
        Samples samples = new Samples(RUNS);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer()); ArrivalWatcher watcher = new ArrivalWatcher(bootstrap, topic, null)) {
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                String key = UUID.randomUUID().toString();
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, key, payload));
                long arrived = watcher.awaitArrival(key);
                if (i >= WARM_UP) {
                    samples.add(arrived - start);
                }
            }
        }
        return samples;
    }
}
