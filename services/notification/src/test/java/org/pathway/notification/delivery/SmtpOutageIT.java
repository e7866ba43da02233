package org.pathway.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.LocalSmtp;
import org.pathway.infra.local.LocalSmtpServer;
import org.pathway.infra.local.Ports;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.notification.support.Events;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The mail server is down (nothing listens on the configured port): deliveries are retried with back-off, parked after
 * the limit and shown to the institution's admins; when a real SMTP server comes up on that port, a retry delivers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pathway.notification.retry.max-attempts=4", "pathway.notification.retry.initial-backoff=2s",
                "pathway.notification.retry.poll-interval=200ms"})
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
/*
 * Closed after the class, while the shared Mongo and Kafka servers still run: a context left for the JVM's exit would
 * close in a shutdown hook concurrent with the servers' own hooks, and a delivery poll caught in flight then waits out
 * the driver's 30 s server selection while the lifecycle waits for it (the failsafe fork was killed after 30 s).
 */
@DirtiesContext
class SmtpOutageIT {

    private static final int SMTP_PORT = Ports.free();

    @DynamicPropertySource
    static void deadMailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void shouldRetryDuringAnOutageParkAfterTheLimitAndDeliverOnceTheServerIsBack() {
        String parkedUser = person("parked");
        String parkedEvent = alertFor(parkedUser);
        String northbridgeAdmin = Events.token(UUID.randomUUID().toString(), "northbridge", "institution-admin");

        await().atMost(Duration.ofSeconds(40)).until(() -> status(parkedEvent).equals("PARKED"));
        JsonNode parked = Events.JSON.readTree(
                HttpCalls.get(url("/api/notification/admin/deliveries?status=PARKED"), northbridgeAdmin).body());
        assertThat(parked).singleElement().satisfies(delivery -> {
            assertThat(delivery.get("userId").asString()).isEqualTo(parkedUser);
            assertThat(delivery.get("channel").asString()).isEqualTo("EMAIL");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(4);
            assertThat(delivery.get("lastError").asString()).containsIgnoringCase("connect");
        });
        String lakesideAdmin = Events.token(UUID.randomUUID().toString(), "lakeside", "institution-admin");
        assertThat(HttpCalls.get(url("/api/notification/admin/deliveries?status=PARKED"), lakesideAdmin).body()).isEqualTo("[]");
        assertThat(feedDelivered(parkedEvent)).as("the in-app feed does not depend on SMTP").isTrue();

        String retriedUser = person("retried");
        String retriedEvent = alertFor(retriedUser);
        await().atMost(Duration.ofSeconds(20)).until(() -> attempts(retriedEvent) >= 1);
        assertThat(status(retriedEvent)).isEqualTo("RETRYING");

        try (LocalSmtpServer restored = LocalSmtp.start(SMTP_PORT)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> status(retriedEvent).equals("SENT"));
            assertThat(restored.receivedMessagesFor(retriedUser + "@northbridge.edu")).hasSize(1);
            assertThat(restored.receivedMessagesFor(parkedUser + "@northbridge.edu")).as("parked stays parked").isEmpty();

            String parkedId = parked.get(0).get("id").asString();
            assertThat(HttpCalls.postJson(url("/api/notification/admin/deliveries/" + parkedId + "/retry"), lakesideAdmin, "")
                    .statusCode()).as("another institution's delivery is not found").isEqualTo(404);
            assertThat(HttpCalls.postJson(url("/api/notification/admin/deliveries/" + parkedId + "/retry"), northbridgeAdmin, "")
                    .statusCode()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> restored.receivedMessagesFor(parkedUser + "@northbridge.edu").size() == 1);
            assertThat(status(parkedEvent)).isEqualTo("SENT");
        }
    }

    private String person(String label) {
        String userId = label + "-" + UUID.randomUUID();
        Events.knownPerson(mongo, "northbridge", userId, "Outage " + label, userId + "@northbridge.edu");
        return userId;
    }

    private static String alertFor(String candidate) {
        String eventId = UUID.randomUUID().toString();
        Events.publish("jobs.alerts", "org.pathway.job-posting.AlertMatched.v1", eventId, "northbridge", candidate,
                Events.example("job-posting", "AlertMatched").put("candidateId", candidate).toString());
        return eventId;
    }

    private Document email(String eventId) {
        return mongo.getCollection("deliveries").find(new Document("eventId", eventId).append("channel", "EMAIL")).first();
    }

    private String status(String eventId) {
        Document delivery = email(eventId);
        return delivery == null ? "" : delivery.getString("status");
    }

    private int attempts(String eventId) {
        Document delivery = email(eventId);
        return delivery == null ? 0 : delivery.getInteger("attempts");
    }

    private boolean feedDelivered(String eventId) {
        Document feed = mongo.getCollection("deliveries").find(new Document("eventId", eventId).append("channel", "IN_APP")).first();
        return feed != null && "SENT".equals(feed.getString("status"));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
