package org.pathway.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.notification.support.Events;
import org.pathway.notification.support.Mail;
import org.pathway.notification.support.MailInitializer;
import org.pathway.notification.support.SseClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The message types end to end: events on the real broker, the recipients projection and deliveries in the Mongo wire
 * server, email through GreenMail (real SMTP), the feed over HTTP and SSE with real RS256 tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pathway.notification.portal-base-url=https://portal.test", "pathway.notification.retry.poll-interval=500ms",
                "pathway.notification.retry.initial-backoff=1s"})
@ContextConfiguration(initializers = {RealInfrastructureInitializer.class, MailInitializer.class})
/*
 * Closed after the class, while the shared Mongo and Kafka servers still run: a context left for the JVM's exit would
 * close in a shutdown hook concurrent with the servers' own hooks, and a delivery poll caught in flight then waits out
 * the driver's 30 s server selection while the lifecycle waits for it (the failsafe fork was killed after 30 s).
 */
@DirtiesContext
class NotificationDeliveryIT {

    private static final String ALERTS = "jobs.alerts";
    private static final String ALERT_MATCHED = "org.pathway.job-posting.AlertMatched.v1";
    private static final String READINESS = "promotion.readiness";
    private static final String READINESS_ASSESSED = "org.pathway.promotion-review.ReadinessAssessed.v1";
    private static final String MILESTONES = "portfolio.milestones";
    private static final String MILESTONE_DUE = "org.pathway.portfolio.MilestoneDue.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DailyDigest digest;

    @Test
    void shouldSendAJobAlertExactlyOnceByEmailAndFeedEvenWhenTheEventIsRedelivered() throws Exception {
        String candidate = UUID.randomUUID().toString();
        String email = "candidate-" + candidate + "@northbridge.edu";
        knownPerson("northbridge", candidate, "Ada Okafor", email);
        String eventId = UUID.randomUUID().toString();
        String alert = alert(candidate).toString();

        Events.publish(ALERTS, ALERT_MATCHED, eventId, "northbridge", candidate, alert);
        Events.publish(ALERTS, ALERT_MATCHED, eventId, "northbridge", candidate, alert);
        Mail.awaitEmails(email, 1);
        afterLaterEventsWereProcessed();

        List<MimeMessage> received = Mail.received(email);
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject())
                .isEqualTo("New Associate program director posting for you: Associate Program Director – Internal Medicine Residency");
        String text = Mail.part(message, "text/plain");
        assertThat(text).startsWith("Hello Ada Okafor,").contains("\"APD, no nights, at most 50% clinical\"")
                .contains("https://portal.test/jobs/postings/3f6c1d2e-8a4b-4c9e-9d17-5b2a0e7f41c8");
        assertThat(Mail.part(message, "text/html")).contains("<a href=\"https://portal.test/jobs/postings/3f6c1d2e");
        assertThat(mongo.getCollection("deliveries").countDocuments(new Document("eventId", eventId))).isEqualTo(2);

        String token = Events.token(candidate, "northbridge", "faculty");
        JsonNode feed = Events.JSON.readTree(HttpCalls.get(url("/api/notification/feed"), token).body());
        assertThat(feed).hasSize(1);
        assertThat(feed.get(0).get("title").asString()).startsWith("New Associate program director posting");
        assertThat(feed.get(0).get("link").asString()).isEqualTo("https://portal.test/jobs/postings/3f6c1d2e-8a4b-4c9e-9d17-5b2a0e7f41c8");
        assertThat(unread(token)).isEqualTo(1);
        assertThat(HttpCalls.postJson(url("/api/notification/feed/" + feed.get(0).get("id").asString() + "/read"), token, "")
                .statusCode()).isEqualTo(204);
        assertThat(unread(token)).isZero();
    }

    @Test
    void shouldTellACandidateWhoseReadinessCrossesReadyAndStayQuietOtherwise() throws Exception {
        String faculty = UUID.randomUUID().toString();
        String email = "faculty-" + faculty + "@lakeside.edu";
        knownPerson("lakeside", faculty, "Sam Lee", email);
        ObjectNode borderline = Events.example("promotion-review", "ReadinessAssessed").put("facultyId", faculty);
        ObjectNode ready = borderline.deepCopy().put("status", "READY").put("score", 81).put("previousStatus", "BORDERLINE")
                .put("previousScore", 61);
        ready.putArray("gaps");

        Events.publish(READINESS, READINESS_ASSESSED, UUID.randomUUID().toString(), "lakeside", faculty, borderline.toString());
        String readyEvent = UUID.randomUUID().toString();
        Events.publish(READINESS, READINESS_ASSESSED, readyEvent, "lakeside", faculty, ready.toString());
        Events.publish(READINESS, READINESS_ASSESSED, readyEvent, "lakeside", faculty, ready.toString());
        Mail.awaitEmails(email, 1);
        afterLaterEventsWereProcessed();

        List<MimeMessage> received = Mail.received(email);
        assertThat(received).as("only the crossing, once").hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("You are ready for promotion to associate rank");
        assertThat(Mail.part(received.get(0), "text/plain")).contains("Hello Sam Lee,").contains("score 81 of 100")
                .contains("https://portal.test/promotion/readiness").doesNotContain("still missing");
    }

    @Test
    void shouldRemindTheFacultyMemberOfADueMilestoneExactlyOnce() throws Exception {
        String faculty = UUID.randomUUID().toString();
        String email = "milestones-" + faculty + "@northbridge.edu";
        knownPerson("northbridge", faculty, "Ada Okafor", email);
        ObjectNode due = Events.example("portfolio", "MilestoneDue").put("userId", faculty);
        String eventId = UUID.randomUUID().toString();

        Events.publish(MILESTONES, MILESTONE_DUE, eventId, "northbridge", faculty, due.toString());
        Events.publish(MILESTONES, MILESTONE_DUE, eventId, "northbridge", faculty, due.toString());
        // Another milestone on the same key, published last: once its email is out, both copies before it were consumed.
        String next = "Submit a MedEdPORTAL publication";
        Events.publish(MILESTONES, MILESTONE_DUE, UUID.randomUUID().toString(), "northbridge", faculty,
                due.deepCopy().put("milestoneId", UUID.randomUUID().toString()).put("title", next).toString());
        Mail.awaitSubject(email, "Milestone due: " + next);

        List<MimeMessage> received = Mail.received(email);
        assertThat(received).extracting(Mail::subject)
                .containsExactly("Milestone due: Complete a faculty-development course", "Milestone due: " + next);
        assertThat(Mail.part(received.get(0), "text/plain")).startsWith("Hello Ada Okafor,")
                .contains("is due (Wednesday 1 July 2026)").contains("https://portal.test/portfolio/plan");
        String token = Events.token(faculty, "northbridge", "faculty");
        JsonNode feed = Events.JSON.readTree(HttpCalls.get(url("/api/notification/feed"), token).body());
        assertThat(feed).hasSize(2).allSatisfy(item -> assertThat(item.get("category").asString()).isEqualTo("MILESTONES"));
    }

    @Test
    void shouldStreamANewFeedItemToAConnectedClient() throws Exception {
        String candidate = UUID.randomUUID().toString();
        knownPerson("northbridge", candidate, "Kim Park", "kim-" + candidate + "@northbridge.edu");
        String token = Events.token(candidate, "northbridge", "faculty");
        try (SseClient stream = SseClient.connect(url("/api/notification/feed/stream"), token)) {
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            String eventId = UUID.randomUUID().toString();
            Events.publish(ALERTS, ALERT_MATCHED, eventId, "northbridge", candidate, alert(candidate).toString());

            String data = stream.next(Duration.ofSeconds(30));
            assertThat(data).as("a data line within 30 s").isNotNull();
            JsonNode item = Events.JSON.readTree(data);
            assertThat(item.get("title").asString()).contains("Associate Program Director – Internal Medicine Residency");
            assertThat(item.get("id").asString()).isEqualTo(Delivery.idOf(eventId, "user:" + candidate, Channel.IN_APP));
            assertThat(item.get("read").asBoolean()).isFalse();
        }
    }

    @Test
    void shouldKeepFeedsAndDeliveryStatusInsideTheirOwnerAndInstitution() {
        String candidate = UUID.randomUUID().toString();
        knownPerson("northbridge", candidate, "Jo Diaz", "jo-" + candidate + "@northbridge.edu");
        Events.publish(ALERTS, ALERT_MATCHED, UUID.randomUUID().toString(), "northbridge", candidate, alert(candidate).toString());
        String owner = Events.token(candidate, "northbridge", "faculty");
        await().atMost(Duration.ofSeconds(30)).until(() -> unread(owner) == 1);
        String itemId = Events.JSON.readTree(HttpCalls.get(url("/api/notification/feed"), owner).body()).get(0).get("id").asString();

        String colleague = Events.token(UUID.randomUUID().toString(), "northbridge", "faculty");
        String sameSubjectElsewhere = Events.token(candidate, "lakeside", "faculty");
        assertThat(HttpCalls.get(url("/api/notification/feed"), colleague).body()).isEqualTo("[]");
        assertThat(HttpCalls.get(url("/api/notification/feed"), sameSubjectElsewhere).body()).isEqualTo("[]");
        assertThat(HttpCalls.postJson(url("/api/notification/feed/" + itemId + "/read"), colleague, "").statusCode()).isEqualTo(404);
        assertThat(HttpCalls.postJson(url("/api/notification/feed/" + itemId + "/read"), sameSubjectElsewhere, "").statusCode())
                .isEqualTo(404);
        assertThat(unread(owner)).as("nobody else marked it").isEqualTo(1);

        String northbridgeAdmin = Events.token(UUID.randomUUID().toString(), "northbridge", "institution-admin");
        String lakesideAdmin = Events.token(UUID.randomUUID().toString(), "lakeside", "institution-admin");
        JsonNode northbridge = Events.JSON.readTree(HttpCalls.get(url("/api/notification/admin/deliveries"), northbridgeAdmin).body());
        JsonNode lakeside = Events.JSON.readTree(HttpCalls.get(url("/api/notification/admin/deliveries"), lakesideAdmin).body());
        assertThat(northbridge.valueStream().map(d -> d.get("userId").asString())).contains(candidate);
        assertThat(lakeside.valueStream().map(d -> d.get("userId").asString())).doesNotContain(candidate);
        assertThat(HttpCalls.get(url("/api/notification/admin/deliveries"), owner).statusCode()).isEqualTo(403);
        assertThat(HttpCalls.get(url("/api/notification/admin/deliveries"), null).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldRefuseToTurnReceiptsOffAndSendDigestsOncePerDay() throws Exception {
        String candidate = UUID.randomUUID().toString();
        String email = "digest-" + candidate + "@northbridge.edu";
        knownPerson("northbridge", candidate, "Lee Chen", email);
        String token = Events.token(candidate, "northbridge", "faculty");
        HttpResponse<String> refused = put("/api/notification/preferences/RECEIPTS", token, "{\"mode\":\"OFF\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(put("/api/notification/preferences/JOBS", token, "{\"mode\":\"DAILY_DIGEST\"}").statusCode()).isEqualTo(200);
        JsonNode preferences = Events.JSON.readTree(HttpCalls.get(url("/api/notification/preferences"), token).body());
        assertThat(preferences.valueStream().filter(p -> p.get("category").asString().equals("JOBS")).findFirst().orElseThrow()
                .get("mode").asString()).isEqualTo("DAILY_DIGEST");

        ObjectNode first = alert(candidate);
        ObjectNode second = alert(candidate).put("postingTitle", "Clerkship Director – Pediatrics").put("roleType", "CLERKSHIP_DIRECTOR");
        Events.publish(ALERTS, ALERT_MATCHED, UUID.randomUUID().toString(), "northbridge", candidate, first.toString());
        Events.publish(ALERTS, ALERT_MATCHED, UUID.randomUUID().toString(), "northbridge", candidate, second.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> unread(token) == 2);
        afterLaterEventsWereProcessed();
        assertThat(Mail.received(email)).as("digest, not immediate").isEmpty();

        LocalDate today = LocalDate.now();
        digest.send(today);
        digest.send(today);
        Mail.awaitEmails(email, 1);
        digest.send(today);
        Thread.sleep(1500);

        List<MimeMessage> received = Mail.received(email);
        assertThat(received).as("one digest per person per day, whatever runs again").hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Your Pathway digest for " + today + ": 2 notifications");
        assertThat(Mail.part(received.get(0), "text/plain")).contains("Associate Program Director – Internal Medicine Residency")
                .contains("Clerkship Director – Pediatrics").contains("https://portal.test/jobs/postings/");
    }

    private void knownPerson(String tenant, String userId, String name, String email) {
        Events.knownPerson(mongo, tenant, userId, name, email);
    }

    /** A marker event on every consumed topic, published after the events under test: once it is done, they are. */
    private void afterLaterEventsWereProcessed() {
        String marker = UUID.randomUUID().toString();
        Events.publish(ALERTS, "org.pathway.job-posting.Unrelated.v1", marker, "northbridge", marker, "{}");
        String markerUser = UUID.randomUUID().toString();
        knownPerson("northbridge", markerUser, "Marker", "marker-" + markerUser + "@northbridge.edu");
        Events.publish(ALERTS, ALERT_MATCHED, marker + "-alert", "northbridge", marker, alert(markerUser).toString());
        ObjectNode readiness = Events.example("promotion-review", "ReadinessAssessed").put("facultyId", markerUser)
                .put("status", "READY");
        Events.publish(READINESS, READINESS_ASSESSED, marker + "-ready", "northbridge", marker, readiness.toString());
        Mail.awaitEmails("marker-" + markerUser + "@northbridge.edu", 2);
    }

    private static ObjectNode alert(String candidate) {
        return Events.example("job-posting", "AlertMatched").put("candidateId", candidate)
                .put("alertId", "northbridge/" + candidate + "/" + UUID.randomUUID());
    }

    private long unread(String token) {
        return Events.JSON.readTree(HttpCalls.get(url("/api/notification/feed/unread-count"), token).body()).get("unread").asLong();
    }

    private HttpResponse<String> put(String path, String token, String json) {
        return HttpCalls.send(HttpCalls.request(url(path), token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
