package org.pathway.notification.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.notification.NotificationApplication;
import org.pathway.notification.support.Events;
import org.pathway.notification.support.MailInitializer;
import org.pathway.notification.support.SseClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * Two instances of the service on one Mongo database and one broker, as two replicas run: instance A (the test's
 * context) consumes and delivers, instance B (started here, its consumers and retry poller off) only serves streams.
 * What A delivers must reach a browser connected to B, once, in feed order, and only the owner's browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pathway.notification.sse-poll=200ms"})
@ContextConfiguration(initializers = {RealInfrastructureInitializer.class, MailInitializer.class})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedFanOutIT {

    private static final String ALERTS = "jobs.alerts";
    private static final String ALERT_MATCHED = "org.pathway.job-posting.AlertMatched.v1";
    private static final String STREAM = "/api/notification/feed/stream";
    /** Several poll passes (200 ms each) of both instances: long enough for a duplicate to show. */
    private static final Duration QUIET = Duration.ofMillis(1500);

    @LocalServerPort
    int portA;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Environment environment;

    private ConfigurableApplicationContext instanceB;
    private int portB;

    @BeforeAll
    void startInstanceB() {
        // Command-line arguments: they outrank application.yml, where builder properties would only be defaults.
        Stream<String> shared = Stream.of("spring.mongodb.uri", "spring.mongodb.database", "spring.kafka.bootstrap-servers",
                "pathway.kit.security.issuer-uri", "pathway.kit.security.jwk-set-uri", "spring.mail.host", "spring.mail.port")
                .map(name -> "--" + name + "=" + environment.getRequiredProperty(name));
        Stream<String> own = Stream.of("--server.port=0", "--pathway.notification.sse-poll=200ms",
                // B never delivers: whatever its streams get came through the feed from A
                "--spring.cloud.stream.bindings.profileEvents-in-0.consumer.auto-startup=false",
                "--spring.cloud.stream.bindings.notificationEvents-in-0.consumer.auto-startup=false",
                "--pathway.notification.retry.poll-interval=1h");
        instanceB = new SpringApplicationBuilder(NotificationApplication.class).run(Stream.concat(shared, own).toArray(String[]::new));
        portB = Integer.parseInt(instanceB.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @AfterAll
    void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @Test
    void shouldStreamItemsDeliveredByAnotherInstanceExactlyOnceInFeedOrder() throws Exception {
        String candidate = UUID.randomUUID().toString();
        Events.knownPerson(mongo, "northbridge", candidate, "Kim Park", "kim-" + candidate + "@northbridge.edu");
        String token = Events.token(candidate, "northbridge", "faculty");
        try (SseClient onB = SseClient.connect(url(portB, STREAM), token);
                SseClient sameSubjectElsewhere = SseClient.connect(url(portB, STREAM), Events.token(candidate, "lakeside", "faculty"))) {
            assertThat(onB.statusCode()).isEqualTo(200);
            publishAlert("northbridge", candidate, "Clerkship Director – Pediatrics");
            publishAlert("northbridge", candidate, "Program Director – Surgery");

            String first = onB.next(Duration.ofSeconds(15));
            String second = onB.next(Duration.ofSeconds(15));
            assertThat(first).as("first item on B").isNotNull();
            assertThat(second).as("second item on B").isNotNull();
            assertThat(onB.during(QUIET)).as("nothing twice").isEmpty();

            JsonNode feedNewestFirst = Events.JSON.readTree(HttpCalls.get(url(portA, "/api/notification/feed"), token).body());
            assertThat(feedNewestFirst).hasSize(2);
            assertThat(List.of(id(Events.JSON.readTree(first)), id(Events.JSON.readTree(second))))
                    .containsExactly(id(feedNewestFirst.get(1)), id(feedNewestFirst.get(0)));
            assertThat(Events.JSON.readTree(first).get("title").asString()).contains("Clerkship Director – Pediatrics");
            assertThat(sameSubjectElsewhere.during(Duration.ZERO)).as("another institution's person with the same id").isEmpty();
        }
    }

    @Test
    void shouldNotRepeatAnItemPushedLocallyWhenTheFeedIsPolled() throws Exception {
        String candidate = UUID.randomUUID().toString();
        Events.knownPerson(mongo, "lakeside", candidate, "Sam Lee", "sam-" + candidate + "@lakeside.edu");
        String token = Events.token(candidate, "lakeside", "faculty");
        try (SseClient onA = SseClient.connect(url(portA, STREAM), token); SseClient onB = SseClient.connect(url(portB, STREAM), token)) {
            publishAlert("lakeside", candidate, "Associate Dean – Graduate Medical Education");

            String local = onA.next(Duration.ofSeconds(15));
            String polled = onB.next(Duration.ofSeconds(15));
            assertThat(local).as("pushed by the delivering instance").isNotNull();
            assertThat(polled).as("polled by the other").isNotNull();
            assertThat(id(Events.JSON.readTree(polled))).isEqualTo(id(Events.JSON.readTree(local)));
            assertThat(onA.during(QUIET)).as("A's own poll does not send it again").isEmpty();
            assertThat(onB.during(Duration.ZERO)).isEmpty();
        }
    }

    private static void publishAlert(String tenant, String candidate, String postingTitle) {
        String alert = Events.example("job-posting", "AlertMatched").put("candidateId", candidate)
                .put("alertId", tenant + "/" + candidate + "/" + UUID.randomUUID()).put("postingTitle", postingTitle).toString();
        Events.publish(ALERTS, ALERT_MATCHED, UUID.randomUUID().toString(), tenant, candidate, alert);
    }

    private static String id(JsonNode item) {
        return item.get("id").asString();
    }

    private static String url(int port, String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
