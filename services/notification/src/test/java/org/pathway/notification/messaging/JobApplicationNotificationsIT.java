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
 * {@code jobs.applications} end to end. The event's tenant is the posting institution (northbridge) and the candidate is
 * of another (lakeside): the receipt reaches the candidate in lakeside exactly once, the posting institution's hiring
 * mailbox hears of the application, and lakeside's admins learn nothing of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pathway.notification.portal-base-url=https://portal.test", "pathway.notification.retry.poll-interval=500ms",
                "pathway.notification.retry.initial-backoff=1s",
                "pathway.notification.hiring-contacts.northbridge=" + JobApplicationNotificationsIT.HIRING})
@ContextConfiguration(initializers = {RealInfrastructureInitializer.class, MailInitializer.class})
/* Closed after the class, while the shared servers still run (see MentoringNotificationsIT). */
@DirtiesContext
class JobApplicationNotificationsIT {

    static final String HIRING = "hiring@northbridge.test";
    private static final String TOPIC = "jobs.applications";
    private static final String SUBMITTED = "org.pathway.job-posting.ApplicationSubmitted.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void shouldSendTheCandidateOneReceiptInTheirOwnInstitutionAndTellOnlyThePostingInstitution() throws Exception {
        String candidate = knownPerson("lakeside", "Kim Park");
        String applicationId = UUID.randomUUID().toString();
        String title = "Clerkship Director " + applicationId;
        ObjectNode application = application(applicationId, candidate, title);

        String eventId = UUID.randomUUID().toString();
        Events.publish(TOPIC, SUBMITTED, eventId, "northbridge", applicationId, application.toString());
        Events.publish(TOPIC, SUBMITTED, eventId, "northbridge", applicationId, application.toString());
        // Published last on the same key: once its receipt is out, both copies before it were consumed.
        String marker = knownPerson("lakeside", "Marker");
        Events.publish(TOPIC, SUBMITTED, UUID.randomUUID().toString(), "northbridge", applicationId,
                application(applicationId, marker, "Marker " + applicationId).toString());
        Mail.awaitEmails(address(marker), 1);

        List<MimeMessage> receipts = Mail.received(address(candidate));
        assertThat(receipts).extracting(Mail::subject).containsExactly("Receipt: your application for " + title);
        assertThat(Mail.part(receipts.get(0), "text/plain")).startsWith("Hello Kim Park,").contains("at northbridge")
                .contains("https://portal.test/jobs/applications/" + applicationId);
        List<MimeMessage> toHiring = Mail.received(HIRING).stream()
                .filter(message -> Mail.subject(message).equals("New application for " + title)).toList();
        assertThat(toHiring).as("the posting institution's mailbox, once").hasSize(1);
        assertThat(Mail.part(toHiring.get(0), "text/plain")).doesNotContain("Kim Park").doesNotContain(address(candidate))
                .contains("https://portal.test/jobs/admin/postings/");

        assertThat(feed(candidate, "lakeside")).singleElement()
                .satisfies(item -> assertThat(item.get("category").asString()).isEqualTo("RECEIPTS"));
        assertThat(feed(candidate, "northbridge")).as("nothing filed under the posting institution").isEmpty();
        var deliveries = mongo.getCollection("deliveries");
        assertThat(deliveries.countDocuments(new Document("eventId", eventId).append("tenant", "lakeside")
                .append("confidential", true))).as("the candidate's feed item and email").isEqualTo(2);
        assertThat(deliveries.countDocuments(new Document("eventId", eventId).append("tenant", "northbridge")))
                .as("the hiring mailbox's email").isEqualTo(1);

        JsonNode lakesideAdmin = admin("lakeside");
        assertThat(lakesideAdmin.valueStream().map(d -> d.get("eventId").asString()))
                .as("the candidate's institution does not learn of the application").doesNotContain(eventId);
        assertThat(lakesideAdmin.valueStream().map(d -> d.get("eventType").asString())).doesNotContain(SUBMITTED);
        JsonNode northbridgeAdmin = admin("northbridge");
        assertThat(northbridgeAdmin.valueStream().filter(d -> d.get("eventId").asString().equals(eventId)))
                .singleElement().satisfies(d -> {
                    assertThat(d.get("email").asString()).isEqualTo(HIRING);
                    assertThat(d.get("userId").isNull()).as("not the candidate's delivery").isTrue();
                });
    }

    @Test
    void shouldDeadLetterAnApplicationThatDoesNotSayWhereTheCandidateBelongs() {
        String candidate = knownPerson("lakeside", "Jo Diaz");
        String applicationId = UUID.randomUUID().toString();
        ObjectNode application = application(applicationId, candidate, "Block Director " + applicationId);
        application.remove("candidateInstitution");
        String eventId = UUID.randomUUID().toString();

        Events.publish(TOPIC, SUBMITTED, eventId, "northbridge", applicationId, application.toString());

        assertThat(org.pathway.infra.local.KafkaEvents.awaitOne(TOPIC + ".dlt", applicationId, SUBMITTED)).isNotNull();
        assertThat(mongo.getCollection("deliveries").countDocuments(new Document("eventId", eventId))).isZero();
        assertThat(Mail.received(address(candidate))).isEmpty();
    }

    private static ObjectNode application(String applicationId, String candidate, String title) {
        return Events.example("job-posting", "ApplicationSubmitted").put("applicationId", applicationId)
                .put("candidateId", candidate).put("candidateInstitution", "lakeside").put("postingInstitution", "northbridge")
                .put("postingTitle", title);
    }

    private String knownPerson(String tenant, String name) {
        String userId = UUID.randomUUID().toString();
        Events.knownPerson(mongo, tenant, userId, name, address(userId));
        return userId;
    }

    private static String address(String userId) {
        return "a-" + userId + "@pathway.test";
    }

    private JsonNode feed(String userId, String institution) {
        return Events.JSON.readTree(service().get("/api/notification/feed", Events.token(userId, institution, "faculty")).body());
    }

    private JsonNode admin(String institution) {
        String token = Events.token(UUID.randomUUID().toString(), institution, "institution-admin");
        return Events.JSON.readTree(service().get("/api/notification/admin/deliveries", token).body());
    }

    private ServiceUnderTest service() {
        return new ServiceUnderTest(port);
    }
}
