package org.pathway.mentoringmatch.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pathway.infra.local.Tokens.faculty;
import static org.pathway.mentoringmatch.support.Api.expect;
import static org.pathway.mentoringmatch.support.Api.mentor;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.infra.local.KafkaEvents;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.mentoringmatch.support.Api;
import org.pathway.mentoringmatch.support.Mentoring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/** Unanswered proposals expire at their deadline and the next-best mentor is proposed, by an idempotent sweep. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pathway.mentoring.proposal-deadline=2s", "pathway.mentoring.expiry-sweep-interval=300ms"})
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class ExpiryIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MatchLifecycle lifecycle;

    private Api api;
    private Mentoring mentoring;
    private String institution;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        mentoring = new Mentoring(api);
        institution = "expiry-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldExpireAnUnansweredProposalAndProposeTheNextBestMentorUntilNoneIsLeft() {
        String best = mentoring.optIn(mentor(UUID.randomUUID().toString(), institution), 1).get("id").asString();
        // No availability: eligible for a long-term mentorship, but scores lower than the mentor who has some.
        String nextBest = expect(api.put("/api/mentoring-match/mentors/me", mentor(UUID.randomUUID().toString(),
                institution), """
                {"roles": ["CLERKSHIP_DIRECTOR"], "rank": "PROFESSOR", "niches": ["Assessment"], "capacity": 1,
                 "availability": [], "acceptedKinds": ["LONG_TERM"]}"""), 200).get("id").asString();
        String mentee = faculty(UUID.randomUUID().toString(), institution);
        String requestId = mentoring.request(mentee, "LONG_TERM", false).get("id").asString();
        JsonNode suggestions = expect(api.get("/api/mentoring-match/requests/" + requestId + "/suggestions", mentee), 200);
        assertThat(suggestions.findValuesAsString("mentorId")).containsExactly(best, nextBest);
        String first = mentoring.propose(mentee, requestId, best).get("id").asString();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(requestId + ".2")).isEqualTo("PROPOSED"));

        assertThat(status(first)).isEqualTo("EXPIRED");
        EventContracts.assertConforms("mentoring-match", "MatchExpired", 1, KafkaEvents.payload(
                KafkaEvents.awaitOne("mentoring.matches", first, "org.pathway.mentoring-match.MatchExpired.v1")));
        JsonNode second = expect(api.get("/api/mentoring-match/matches/" + requestId + ".2", mentee), 200);
        assertThat(second.get("origin").asString()).isEqualTo("NEXT_BEST");
        assertThat(mongo.findById(requestId + ".2", Document.class, "matches").getString("mentorId")).isEqualTo(nextBest);
        KafkaEvents.awaitOne("mentoring.matches", requestId + ".2", "org.pathway.mentoring-match.MatchProposed.v1");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(requestId + ".2")).isEqualTo("EXPIRED"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mentoring.request(mentee, requestId).get("status").asString()).isEqualTo("OPEN"));

        lifecycle.sweep();
        lifecycle.sweep();
        assertThat(mongo.getCollection("matches").countDocuments(new Document("requestId", requestId)))
                .as("repeated sweeps add nothing: both mentors were tried").isEqualTo(2);
        assertThat(mongo.findById(requestId, Document.class, "requests").getList("triedMentors", String.class))
                .containsExactlyInAnyOrder(best, nextBest);
    }

    @Test
    void shouldReopenARequestWhoseProposalWasClaimedButNeverSavedBeforeACrash() {
        String mentee = UUID.randomUUID().toString();
        String requestId = mentoring.request(faculty(mentee, institution), "LONG_TERM", false).get("id").asString();
        Date longAgo = Date.from(Instant.now().minus(Duration.ofMinutes(5)));
        mongo.getCollection("requests").updateOne(new Document("_id", requestId), new Document("$set",
                new Document("status", "PROPOSED").append("currentMatchId", requestId + ".1").append("attempts", 1)
                        .append("updatedAt", longAgo)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(mongo.findById(requestId, Document.class, "requests").getString("status")).isEqualTo("OPEN"));

        assertThat(mongo.findById(requestId, Document.class, "requests").getList("triedMentors", String.class)).isEmpty();
        assertThat(mongo.getCollection("matches").countDocuments(new Document("requestId", requestId))).isZero();
    }

    @Test
    void shouldFinishAnAcceptInterruptedBeforeTheRequestWasMarkedMatched() {
        String mentorToken = mentor(UUID.randomUUID().toString(), institution);
        String mentorId = mentoring.optIn(mentorToken, 1).get("id").asString();
        String menteeId = UUID.randomUUID().toString();
        String mentee = faculty(menteeId, institution);
        String requestId = mentoring.request(mentee, "SPONSORSHIP", false).get("id").asString();
        String matchId = mentoring.propose(mentee, requestId, mentorId).get("id").asString();
        // As if the service stopped right after the match was accepted: the request still says PROPOSED.
        mongo.getCollection("matches").updateOne(new Document("_id", matchId), new Document("$set",
                new Document("status", "ACCEPTED")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(mentoring.request(mentee, requestId).get("status").asString()).isEqualTo("MATCHED"));
        lifecycle.sweep();
        assertThat(mongo.findById(institution + ":" + menteeId, Document.class, "mentees").getInteger("openRequests"))
                .as("the open-request place is given back exactly once").isZero();
        assertThat(List.of(status(matchId))).containsExactly("ACCEPTED");
    }

    private String status(String matchId) {
        Document match = mongo.findById(matchId, Document.class, "matches");
        return match == null ? null : match.getString("status");
    }
}
