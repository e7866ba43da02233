package org.pathway.portfolio.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.infra.local.KafkaEvents;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.infra.local.Tokens;
import org.pathway.portfolio.support.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** MatchAccepted from the real broker becomes mentoring given and received on both portfolios, once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class MentoringMatchEventsIT {

    private static final String TYPE = "org.pathway.mentoring-match.MatchAccepted.v1";

    @LocalServerPort
    int port;

    private final String mentor = UUID.randomUUID().toString();
    private final String mentee = UUID.randomUUID().toString();

    @Test
    void shouldRecordMentoringGivenForTheMentorAndReceivedForTheMenteeOnlyOnce() {
        Api api = new Api(port);
        String mentorToken = Tokens.faculty(mentor, "northbridge");
        String menteeToken = Tokens.faculty(mentee, "northbridge");
        api.get("/api/portfolio/profile/me", mentorToken);
        api.get("/api/portfolio/profile/me", menteeToken);
        String matchId = UUID.randomUUID() + ".1";
        ObjectNode accepted = match(matchId, "northbridge", "LONG_TERM");
        String eventId = UUID.randomUUID().toString();

        publish(eventId, "northbridge", accepted);
        publish(eventId, "northbridge", accepted);
        publish(UUID.randomUUID().toString(), "northbridge", accepted);
        publish(UUID.randomUUID().toString(), "northbridge", match(UUID.randomUUID() + ".1", "northbridge", "SPONSORSHIP"));
        publishOther(matchId);

        List<JsonNode> received = awaitMentoring(api, menteeToken, 2);
        List<JsonNode> given = awaitMentoring(api, mentorToken, 2);

        assertThat(received).as("the duplicates added nothing; the second match did").hasSize(2);
        JsonNode longTerm = received.stream().filter(a -> a.get("mentoring").get("format").asString().equals("LONG_TERM"))
                .findFirst().orElseThrow();
        assertThat(longTerm.get("mentoring").get("direction").asString()).isEqualTo("RECEIVED");
        assertThat(longTerm.get("mentoring").get("counterpart").asString()).isEqualTo("Faculty " + mentor.substring(0, 8));
        assertThat(longTerm.get("occurredOn").asString()).isEqualTo("2026-03-03");
        assertThat(longTerm.get("revision").asInt()).isEqualTo(1);
        assertThat(given).as("one per match for the mentor too").hasSize(2);
        JsonNode gave = given.stream().filter(a -> a.get("mentoring").get("format").asString().equals("LONG_TERM"))
                .findFirst().orElseThrow();
        assertThat(gave.get("mentoring").get("direction").asString()).isEqualTo("GIVEN");
        assertThat(gave.get("mentoring").get("counterpart").asString()).isEqualTo("Faculty " + mentee.substring(0, 8));
        assertThat(gave.get("title").asString()).isEqualTo("Mentoring given: long-term mentoring (Pathway match)");
        KafkaEvents.awaitOne("portfolio.activities", gave.get("id").asString(),
                "org.pathway.portfolio.ActivityRecorded.v1");
    }

    @Test
    void shouldRecordTheMentorsSideInTheMentorsOwnInstitutionForACrossInstitutionMatch() {
        Api api = new Api(port);
        ObjectNode accepted = match(UUID.randomUUID() + ".1", "northbridge", "PROMOTION_COACHING")
                .put("mentorInstitution", "lakeside");

        publish(UUID.randomUUID().toString(), "northbridge", accepted);

        assertThat(awaitMentoring(api, Tokens.faculty(mentor, "lakeside"), 1)).hasSize(1);
        assertThat(awaitMentoring(api, Tokens.faculty(mentee, "northbridge"), 1)).hasSize(1);
        assertThat(api.get("/api/portfolio/activities", Tokens.faculty(mentor, "northbridge")).body())
                .as("nothing in the institution the mentor does not belong to").isEqualTo("[]");
    }

    private ObjectNode match(String matchId, String institution, String kind) {
        ObjectNode payload = (ObjectNode) Api.json(EventContracts.example("mentoring-match", "MatchAccepted", 1));
        payload.put("matchId", matchId).put("requestId", UUID.randomUUID().toString()).put("institution", institution)
                .put("menteeId", mentee).put("mentorId", mentor).put("mentorInstitution", institution).put("kind", kind);
        return payload;
    }

    private static void publish(String eventId, String tenant, ObjectNode payload) {
        EventContracts.assertConforms("mentoring-match", "MatchAccepted", 1, payload.toString());
        KafkaEvents.publish("mentoring.matches", payload.get("matchId").asString(), eventId, TYPE,
                "/pathway/mentoring-match", tenant, payload.toString());
    }

    /** Another event of the same topic that the portfolio must leave alone. */
    private void publishOther(String matchId) {
        KafkaEvents.publish("mentoring.matches", matchId, UUID.randomUUID().toString(),
                "org.pathway.mentoring-match.MatchProposed.v1", "/pathway/mentoring-match", "northbridge",
                EventContracts.example("mentoring-match", "MatchProposed", 1));
    }

    private static List<JsonNode> awaitMentoring(Api api, String token, int count) {
        Instant deadline = Instant.now().plusSeconds(30);
        List<JsonNode> mentoring = List.of();
        while (Instant.now().isBefore(deadline)) {
            mentoring = StreamSupport.stream(Api.json(api.get("/api/portfolio/activities", token)).spliterator(), false)
                    .filter(a -> a.get("kind").asString().equals("MENTORING")).toList();
            if (mentoring.size() >= count) {
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return StreamSupport.stream(Api.json(api.get("/api/portfolio/activities", token)).spliterator(), false)
                        .filter(a -> a.get("kind").asString().equals("MENTORING")).toList();
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("expected " + count + " MENTORING activities within 30 s, saw " + mentoring.size());
    }
}
