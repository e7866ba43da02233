package org.pathway.mentoringmatch.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.infra.local.Tokens.faculty;
import static org.pathway.infra.local.Tokens.institutionAdmin;
import static org.pathway.mentoringmatch.support.Api.expect;
import static org.pathway.mentoringmatch.support.Api.mentor;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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

/** Ending an accepted mentorship: by either of its two people or their institution's admin; the place is freed once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class MentorshipEndIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Mentorships mentorships;

    private Api api;
    private Mentoring mentoring;
    private String institution;
    private String mentorToken;
    private String mentorId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        mentoring = new Mentoring(api);
        institution = "northbridge-" + UUID.randomUUID().toString().substring(0, 8);
        mentorToken = mentor(UUID.randomUUID().toString(), institution);
        mentorId = mentoring.optIn(mentorToken, 1).get("id").asString();
    }

    /** A mentee's long-term request proposed to the mentor; accepted when asked. */
    private String mentorship(String mentee, boolean accept) {
        String requestId = mentoring.request(mentee, "LONG_TERM", false).get("id").asString();
        String matchId = mentoring.propose(mentee, requestId, mentorId).get("id").asString();
        if (accept) {
            expect(api.post("/api/mentoring-match/matches/" + matchId + "/accept", mentorToken, ""), 200);
        }
        return matchId;
    }

    private int activeMentees() {
        return mongo.findById(mentorId, Document.class, "mentors").getInteger("activeMentees");
    }

    @Test
    void shouldLetTheMenteeEndTheMentorshipFreeTheMentorsPlaceAndTellTheOtherSide() {
        String mentee = faculty(UUID.randomUUID().toString(), institution);
        String matchId = mentorship(mentee, true);
        assertThat(activeMentees()).isEqualTo(1);
        String waiting = faculty(UUID.randomUUID().toString(), institution);
        String waitingRequest = mentoring.request(waiting, "LONG_TERM", false).get("id").asString();
        assertProblem(api.post("/api/mentoring-match/requests/" + waitingRequest + "/proposals", waiting,
                "{\"mentorId\": \"" + mentorId + "\"}"), 422);

        JsonNode ended = expect(api.post("/api/mentoring-match/matches/" + matchId + "/end", mentee,
                "{\"reason\": \"We met our goals for the dossier year\"}"), 200);

        assertThat(ended.get("status").asString()).isEqualTo("ENDED");
        assertThat(ended.get("endedBy").asString()).isEqualTo("MENTEE");
        assertThat(ended.get("endReason").asString()).isEqualTo("We met our goals for the dossier year");
        assertThat(activeMentees()).isZero();
        ConsumerRecord<String, byte[]> event = KafkaEvents.awaitOne("mentoring.matches", matchId,
                "org.pathway.mentoring-match.MentorshipEnded.v1");
        String payload = KafkaEvents.payload(event);
        EventContracts.assertConforms("mentoring-match", "MentorshipEnded", 1, payload);
        assertThat(Api.JSON.readTree(payload).get("endedBy").asString()).isEqualTo("MENTEE");
        assertThat(KafkaEvents.header(event, "ce_tenant")).isEqualTo(institution);
        mentoring.propose(waiting, waitingRequest, mentorId);

        assertProblem(api.post("/api/mentoring-match/matches/" + matchId + "/end", mentorToken, ""), 409);
        assertThat(activeMentees()).as("a refused second end frees nothing").isZero();
    }

    @Test
    void shouldLetTheMentorEndItWithoutAReasonButNeverAProposalNotYetAccepted() {
        String mentee = faculty(UUID.randomUUID().toString(), institution);
        String proposed = mentorship(mentee, false);
        assertProblem(api.post("/api/mentoring-match/matches/" + proposed + "/end", mentorToken, ""), 409);
        expect(api.post("/api/mentoring-match/matches/" + proposed + "/accept", mentorToken, ""), 200);

        JsonNode ended = expect(api.post("/api/mentoring-match/matches/" + proposed + "/end", mentorToken, ""), 200);

        assertThat(ended.get("endedBy").asString()).isEqualTo("MENTOR");
        assertThat(ended.get("endReason").isNull()).isTrue();
        assertThat(activeMentees()).isZero();
        EventContracts.assertConforms("mentoring-match", "MentorshipEnded", 1, KafkaEvents.payload(KafkaEvents.awaitOne(
                "mentoring.matches", proposed, "org.pathway.mentoring-match.MentorshipEnded.v1")));
    }

    @Test
    void shouldLetOnlyItsTwoPeopleAndTheirInstitutionsAdminsEndIt() {
        String matchId = mentorship(faculty(UUID.randomUUID().toString(), institution), true);
        String path = "/api/mentoring-match/matches/" + matchId + "/end";
        String adminPath = "/api/mentoring-match/admin/matches/" + matchId + "/end";

        assertProblem(api.post(path, faculty(UUID.randomUUID().toString(), institution), ""), 404);
        assertProblem(api.post(path, faculty(UUID.randomUUID().toString(), "lakeside"), ""), 404);
        assertProblem(api.post(adminPath, institutionAdmin(UUID.randomUUID().toString(), "lakeside"), ""), 404);
        assertProblem(api.post(adminPath, mentorToken, ""), 403);
        assertProblem(api.post(path, mentorToken, "{\"reason\": \"x\", \"endedBy\": \"ADMIN\"}"), 400, "endedBy");
        assertThat(activeMentees()).as("nothing ended yet").isEqualTo(1);

        JsonNode ended = expect(api.post(adminPath, institutionAdmin(UUID.randomUUID().toString(), institution),
                "{\"reason\": \"The mentor moved to another institution\"}"), 200);

        assertThat(ended.get("endedBy").asString()).isEqualTo("ADMIN");
        assertThat(activeMentees()).isZero();
    }

    @Test
    void shouldFreeThePlaceExactlyOnceWhenAnEndWasInterruptedOrIsFinishedAgain() {
        expect(api.put("/api/mentoring-match/mentors/me", mentorToken, """
                {"roles": ["CLERKSHIP_DIRECTOR"], "niches": ["Assessment"], "capacity": 2, "availability": %s,
                 "acceptedKinds": ["LONG_TERM"]}""".formatted(Mentoring.availability())), 200);
        String interrupted = mentorship(faculty(UUID.randomUUID().toString(), institution), true);
        mentorship(faculty(UUID.randomUUID().toString(), institution), true);
        assertThat(activeMentees()).isEqualTo(2);
        // As if the service stopped right after the match was saved as ended, before the place was given back.
        mongo.getCollection("matches").updateOne(new Document("_id", interrupted), new Document("$set",
                new Document("status", "ENDED")));

        mentorships.releaseOutstanding();
        mentorships.releaseOutstanding();
        mongo.getCollection("matches").updateOne(new Document("_id", interrupted), new Document("$unset",
                new Document("placeReleased", "")));
        mentorships.releaseOutstanding();

        assertThat(activeMentees()).as("one ended mentorship frees one place, however often it is finished")
                .isEqualTo(1);
        assertThat(mongo.findById(interrupted, Document.class, "matches").getBoolean("placeReleased")).isTrue();
    }
}
