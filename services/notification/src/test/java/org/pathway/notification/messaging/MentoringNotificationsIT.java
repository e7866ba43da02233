package org.pathway.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.RealInfrastructureInitializer;
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
 * {@code mentoring.matches} end to end, every event published twice (a redelivery): the real broker, the Mongo wire
 * server, GreenMail and the feed over HTTP with real RS256 tokens. Exactly one email and one feed item per event,
 * recipient and channel.
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
class MentoringNotificationsIT {

    private static final String TOPIC = "mentoring.matches";
    private static final String TYPES = "org.pathway.mentoring-match.";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void shouldProposeTheMatchToTheMentorInTheirOwnInstitutionExactlyOnce() throws Exception {
        String mentee = knownPerson("northbridge", "Ada Okafor");
        String mentor = knownPerson("lakeside", "Sam Reyes");
        String matchId = UUID.randomUUID() + ".1";
        ObjectNode proposed = match("MatchProposed", matchId, mentee, mentor).put("mentorInstitution", "lakeside");

        String eventId = publishTwice("MatchProposed", matchId, proposed);
        Mail.awaitEmails(address(mentor), 1);
        afterLaterEventsWereProcessed();

        List<MimeMessage> received = Mail.received(address(mentor));
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject())
                .isEqualTo("A mentee asks you for an advice conversation: please answer by Thursday 5 March 2026, 09:00 UTC");
        String link = "https://portal.test/mentoring/matches/" + matchId;
        assertThat(Mail.part(received.get(0), "text/plain")).startsWith("Hello Sam Reyes,").contains(link + "?action=accept")
                .contains(link + "?action=decline").contains(link + "?action=ask-for-info");
        assertThat(Mail.received(address(mentee))).as("the mentee is not told").isEmpty();
        assertThat(mongo.getCollection("deliveries").countDocuments(new Document("eventId", eventId)))
                .as("one per channel for the mentor").isEqualTo(2);
        assertThat(mongo.getCollection("deliveries").countDocuments(new Document("eventId", eventId).append("tenant", "lakeside")))
                .isEqualTo(2);

        JsonNode feed = feed(mentor, "lakeside");
        assertThat(feed).singleElement().satisfies(item -> {
            assertThat(item.get("category").asString()).isEqualTo("MATCHES");
            assertThat(item.get("link").asString()).isEqualTo(link);
        });
        assertThat(feed(mentor, "northbridge")).as("filed under the mentor's institution only").isEmpty();
    }

    @Test
    void shouldInviteBothToTheConversationAndCancelTheInviteWhenTheMatchIsDeclined() throws Exception {
        String mentee = knownPerson("northbridge", "Ada Okafor");
        String mentor = knownPerson("northbridge", "Sam Reyes");
        String matchId = UUID.randomUUID() + ".1";
        String uid = matchId + "@mentoring-match.pathway";
        ObjectNode scheduled = match("ConversationScheduled", matchId, mentee, mentor)
                .put("icalendar", invite(uid, address(mentor), address(mentee)));

        publishTwice("ConversationScheduled", matchId, scheduled);
        Mail.awaitEmails(address(mentor), 1);
        Mail.awaitEmails(address(mentee), 1);
        publishTwice("MatchDeclined", matchId, match("MatchDeclined", matchId, mentee, mentor));
        Mail.awaitEmails(address(mentor), 2);
        Mail.awaitEmails(address(mentee), 2);
        afterLaterEventsWereProcessed();

        for (String person : List.of(mentor, mentee)) {
            List<MimeMessage> received = Mail.received(address(person));
            assertThat(received).as("one invite and one cancellation for " + person).hasSize(2);
            String request = Mail.part(received.get(0), "text/calendar");
            assertThat(received.get(0).getSubject()).isEqualTo("Mentoring conversation on Tuesday 10 March 2026, 15:00 UTC: calendar invite");
            assertThat(request).contains("METHOD:REQUEST").contains("UID:" + uid).contains("SEQUENCE:0")
                    .contains("DTSTART:20260310T150000Z").contains("mailto:" + address(mentee));
            assertThat(Mail.contentType(received.get(0), "text/calendar")).contains("method=REQUEST");
            String cancel = Mail.part(received.get(1), "text/calendar");
            assertThat(cancel).contains("METHOD:CANCEL").contains("UID:" + uid).contains("SEQUENCE:1").contains("STATUS:CANCELLED");
        }
        List<MimeMessage> toMentee = Mail.received(address(mentee));
        assertThat(toMentee.get(1).getSubject()).isEqualTo("The proposed mentor could not take on your request");
        assertThat(Mail.part(toMentee.get(1), "text/plain")).contains("Hello Ada Okafor,").contains("open again")
                .contains("is cancelled").contains("https://portal.test/mentoring/requests/");
        assertThat(feed(mentee, "northbridge")).extracting(item -> item.get("eventType").asString())
                .containsExactlyInAnyOrder(TYPES + "MatchDeclined.v1", TYPES + "ConversationScheduled.v1");
        assertThat(feed(mentor, "northbridge")).hasSize(2);
    }

    @Test
    void shouldTellTheMenteeOnceWhenAnUnscheduledMatchExpires() throws Exception {
        String mentee = knownPerson("lakeside", "Kim Park");
        String mentor = knownPerson("lakeside", "Jo Diaz");
        String matchId = UUID.randomUUID() + ".2";
        ObjectNode expired = match("MatchExpired", matchId, mentee, mentor).put("institution", "lakeside")
                .put("mentorInstitution", "lakeside");

        publishTwice("MatchExpired", matchId, expired, "lakeside");
        Mail.awaitEmails(address(mentee), 1);
        afterLaterEventsWereProcessed();

        List<MimeMessage> received = Mail.received(address(mentee));
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("No answer from the proposed mentor: your request moves on");
        assertThat(Mail.part(received.get(0), "text/calendar")).as("no invite was sent, so nothing to cancel").isNull();
        assertThat(Mail.received(address(mentor))).isEmpty();
        assertThat(feed(mentee, "lakeside")).hasSize(1);
    }

    @Test
    void shouldTellTheMenteeOnceThatTheMentorAcceptedAndLeaveAnAdviceConversationToItsInvite() throws Exception {
        String mentee = knownPerson("northbridge", "Kim Park");
        String mentor = knownPerson("northbridge", "Jo Diaz");
        String longTerm = UUID.randomUUID() + ".1";
        String advice = UUID.randomUUID() + ".1";

        publishTwice("MatchAccepted", longTerm, match("MatchAccepted", longTerm, mentee, mentor).put("kind", "LONG_TERM"));
        publishTwice("MatchAccepted", advice, match("MatchAccepted", advice, mentee, mentor));
        Mail.awaitEmails(address(mentee), 1);
        afterLaterEventsWereProcessed();

        List<MimeMessage> received = Mail.received(address(mentee));
        assertThat(received).as("one for the long-term match, none for the advice conversation").hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Your mentor accepted your request for long-term mentoring");
        assertThat(Mail.part(received.get(0), "text/plain")).startsWith("Hello Kim Park,")
                .contains("https://portal.test/mentoring/matches/" + longTerm);
        assertThat(Mail.received(address(mentor))).as("the mentor accepted; not told").isEmpty();
        assertThat(feed(mentee, "northbridge")).singleElement()
                .satisfies(item -> assertThat(item.get("link").asString()).endsWith(longTerm));
    }

    private String publishTwice(String type, String matchId, ObjectNode payload) {
        return publishTwice(type, matchId, payload, "northbridge");
    }

    private String publishTwice(String type, String matchId, ObjectNode payload, String tenant) {
        String eventId = UUID.randomUUID().toString();
        Events.publish(TOPIC, TYPES + type + ".v1", eventId, tenant, matchId, payload.toString());
        Events.publish(TOPIC, TYPES + type + ".v1", eventId, tenant, matchId, payload.toString());
        return eventId;
    }

    private static ObjectNode match(String type, String matchId, String mentee, String mentor) {
        return Events.example("mentoring-match", type).put("matchId", matchId).put("requestId", matchId.substring(0, 36))
                .put("menteeId", mentee).put("mentorId", mentor);
    }

    /** The producer's invite shape: the mentor organizes and chairs, the mentee is asked to respond. */
    private static String invite(String uid, String mentorEmail, String menteeEmail) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//Pathway//mentoring-match//EN", "VERSION:2.0",
                "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", "DTSTAMP:20260303T141240Z", "UID:" + uid,
                "DTSTART:20260310T150000Z", "DTEND:20260310T152000Z", "SUMMARY:Advice conversation: Ada Okafor and Sam Reyes",
                "ORGANIZER;CN=Sam Reyes:mailto:" + mentorEmail,
                "ATTENDEE;ROLE=CHAIR;PARTSTAT=ACCEPTED;CN=Sam Reyes:mailto:" + mentorEmail,
                "ATTENDEE;RSVP=TRUE;CUTYPE=INDIVIDUAL;CN=Ada Okafor:mailto:" + menteeEmail, "SEQUENCE:0",
                "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", "");
    }

    private String knownPerson(String tenant, String name) {
        String userId = UUID.randomUUID().toString();
        Events.knownPerson(mongo, tenant, userId, name, address(userId));
        return userId;
    }

    private static String address(String userId) {
        return "m-" + userId + "@pathway.test";
    }

    /** A marker expiry on the same topic after the events under test: once its email is out, they were all consumed. */
    private void afterLaterEventsWereProcessed() {
        String marker = knownPerson("northbridge", "Marker");
        String matchId = UUID.randomUUID() + ".9";
        Events.publish(TOPIC, TYPES + "MatchExpired.v1", UUID.randomUUID().toString(), "northbridge", matchId,
                match("MatchExpired", matchId, marker, marker).toString());
        Mail.awaitEmails(address(marker), 1);
    }

    private JsonNode feed(String userId, String institution) {
        return Events.JSON.readTree(HttpCalls.get(url("/api/notification/feed"), Events.token(userId, institution, "faculty")).body());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
