package org.pathway.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.infra.local.ServiceUnderTest;
import org.pathway.notification.support.Events;
import org.pathway.notification.support.Mail;
import org.pathway.notification.support.MailInitializer;
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
 * {@code promotion.dossiers} end to end, every event published twice (a redelivery): the real broker, the Mongo wire
 * server, GreenMail and the feed over HTTP with real RS256 tokens. The events are built like the contracts' examples.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pathway.notification.portal-base-url=https://portal.test", "pathway.notification.retry.poll-interval=500ms",
                "pathway.notification.retry.initial-backoff=1s"})
@ContextConfiguration(initializers = {RealInfrastructureInitializer.class, MailInitializer.class})
/* Closed after the class, while the shared servers still run (see MentoringNotificationsIT). */
@DirtiesContext
class PromotionDossierNotificationsIT {

    private static final String TOPIC = "promotion.dossiers";
    private static final String TYPES = "org.pathway.promotion-review.";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void shouldSendTheReceiptTheReviewAssignmentAndTheOutcomeEachExactlyOnce() throws Exception {
        String dossierId = UUID.randomUUID().toString();
        String candidate = knownPerson("northbridge", "Dana Whitfield");
        String reviewer = knownPerson("northbridge", "Lee Chen");
        String lateReviewer = knownPerson("northbridge", "Jo Diaz");

        publishTwice("DossierSubmitted", dossierId, dossier("DossierSubmitted", dossierId).put("candidateId", candidate)
                .put("submittedBy", candidate));
        publishTwice("ReviewerAssigned", dossierId, dossier("ReviewerAssigned", dossierId).put("reviewerId", reviewer));
        publishTwice("DossierDecided", dossierId, dossier("DossierDecided", dossierId).put("candidateId", candidate));
        // Published last on the same key: once its email is out, every event before it was consumed.
        publishOnce("ReviewerAssigned", dossierId, dossier("ReviewerAssigned", dossierId).put("reviewerId", lateReviewer));
        Mail.awaitEmails(address(lateReviewer), 1);

        List<MimeMessage> toCandidate = Mail.received(address(candidate));
        assertThat(toCandidate).extracting(Mail::subject).containsExactly(
                "Receipt: your dossier for promotion to associate rank was submitted",
                "Congratulations: you are promoted to associate rank");
        assertThat(Mail.part(toCandidate.get(0), "text/plain")).startsWith("Hello Dana Whitfield,").contains("42 items of evidence")
                .contains("https://portal.test/promotion/dossiers/" + dossierId).doesNotContain("on your behalf");
        assertThat(Mail.part(toCandidate.get(1), "text/plain")).contains("you are promoted to associate rank")
                .doesNotContainIgnoringCase("vote");
        List<MimeMessage> toReviewer = Mail.received(address(reviewer));
        assertThat(toReviewer).extracting(Mail::subject)
                .containsExactly("Please review the dossier of Dana Whitfield for promotion to associate rank");
        assertThat(Mail.part(toReviewer.get(0), "text/html")).contains("Hello Lee Chen,")
                .contains("href=\"https://portal.test/promotion/dossiers/" + dossierId + "\"");

        assertThat(feed(candidate, "northbridge")).extracting(item -> item.get("category").asString())
                .containsExactlyInAnyOrder("RECEIPTS", "DECISIONS");
        assertThat(feed(reviewer, "northbridge")).singleElement()
                .satisfies(item -> assertThat(item.get("category").asString()).isEqualTo("REVIEWS"));
        assertThat(feed(candidate, "lakeside")).as("the same subject in another institution sees nothing").isEmpty();
    }

    @Test
    void shouldRefuseToTurnOffTheOutcomeOfOnesOwnDossier() {
        String token = Events.token(UUID.randomUUID().toString(), "northbridge", "faculty");

        var refused = service().put("/api/notification/preferences/DECISIONS", token, "{\"mode\":\"OFF\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(service().put("/api/notification/preferences/DECISIONS", token, "{\"mode\":\"DAILY_DIGEST\"}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldEmailTheExternalWriterTheInvitationAndEachReminderOnceWithoutAFeedItem() throws Exception {
        String dossierId = UUID.randomUUID().toString();
        String writer = "writer-" + UUID.randomUUID() + "@example.org";
        String token = "tok_" + UUID.randomUUID().toString().replace("-", "");
        ObjectNode requested = dossier("LetterRequested", dossierId).put("writerEmail", writer).put("uploadToken", token);
        ObjectNode reminder = dossier("LetterReminderDue", dossierId).put("writerEmail", writer).put("uploadToken", token);

        String requestEvent = publishTwice("LetterRequested", dossierId, requested);
        publishTwice("LetterReminderDue", dossierId, reminder);
        publishOnce("LetterReminderDue", dossierId, reminder.deepCopy().put("daysBefore", 1));
        String lastDay = "Reminder: your letter for Dana Whitfield is due in 1 day";
        Mail.awaitSubject(writer, lastDay);

        List<MimeMessage> received = Mail.received(writer);
        assertThat(received).extracting(Mail::subject).containsExactly(
                "Request for a letter of evaluation for Dana Whitfield, due Saturday 31 October 2026, 23:59 UTC",
                "Reminder: your letter for Dana Whitfield is due in 7 days", lastDay);
        String upload = "https://portal.test/promotion/letters/upload?token=" + token;
        assertThat(Mail.part(received.get(0), "text/plain")).startsWith("Dear Prof. Ines Okafor,").contains(upload);
        assertThat(Mail.part(received.get(2), "text/plain")).contains(upload).contains("due in 1 day");
        Document delivery = mongo.getCollection("deliveries").find(new Document("eventId", requestEvent)).first();
        assertThat(mongo.getCollection("deliveries").countDocuments(new Document("eventId", requestEvent)))
                .as("email only: the writer is not a user").isEqualTo(1);
        assertThat(delivery.getString("recipient")).isEqualTo("email:" + writer);
        assertThat(delivery.getString("tenant")).isEqualTo("northbridge");
        assertThat(mongo.getCollection("feed").countDocuments(new Document("eventType", TYPES + "LetterRequested.v1")
                .append("summary", new Document("$regex", "Dana Whitfield")))).as("no feed item for a letter").isZero();
    }

    private ObjectNode dossier(String type, String dossierId) {
        return Events.example("promotion-review", type).put("dossierId", dossierId);
    }

    private static String publishTwice(String type, String dossierId, ObjectNode payload) {
        String eventId = publishOnce(type, dossierId, payload);
        Events.publish(TOPIC, TYPES + type + ".v1", eventId, "northbridge", dossierId, payload.toString());
        return eventId;
    }

    private static String publishOnce(String type, String dossierId, ObjectNode payload) {
        String eventId = UUID.randomUUID().toString();
        Events.publish(TOPIC, TYPES + type + ".v1", eventId, "northbridge", dossierId, payload.toString());
        return eventId;
    }

    private String knownPerson(String tenant, String name) {
        String userId = UUID.randomUUID().toString();
        Events.knownPerson(mongo, tenant, userId, name, address(userId));
        return userId;
    }

    private static String address(String userId) {
        return "p-" + userId + "@pathway.test";
    }

    private JsonNode feed(String userId, String institution) {
        return Events.JSON.readTree(service().get("/api/notification/feed", Events.token(userId, institution, "faculty")).body());
    }

    private ServiceUnderTest service() {
        return new ServiceUnderTest(port);
    }
}
