package org.pathway.mentoringmatch.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.infra.local.Tokens.faculty;
import static org.pathway.mentoringmatch.support.Api.expect;
import static org.pathway.mentoringmatch.support.Api.mentor;

import java.io.StringReader;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;

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

/** The match lifecycle end to end: requests, suggestions with reasons, proposals, answers, and the events on Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class MatchLifecycleIT {

    private static final String TOPIC = "mentoring.matches";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private Api api;
    private Mentoring mentoring;
    private String mentee;
    private String menteeId;
    private String mentorToken;
    private String mentorId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        mentoring = new Mentoring(api);
        menteeId = UUID.randomUUID().toString();
        mentee = faculty(menteeId, "northbridge");
        mentorToken = mentor(UUID.randomUUID().toString(), "northbridge");
        mentorId = mentoring.optIn(mentorToken, 2).get("id").asString();
    }

    @Test
    void shouldSuggestWithReasonsProposeAcceptAndScheduleAnAdviceConversation() throws Exception {
        String requestId = mentoring.request(mentee, "ADVICE_CONVERSATION", false).get("id").asString();

        JsonNode suggestions = expect(api.get("/api/mentoring-match/requests/" + requestId + "/suggestions?k=20",
                mentee), 200);
        JsonNode suggestion = suggestions.valueStream().filter(s -> s.get("mentorId").asString().equals(mentorId))
                .findFirst().orElseThrow();
        assertThat(suggestion.get("score").asInt()).isPositive();
        assertThat(suggestion.get("factors").findValuesAsString("name")).contains("niche", "targetRole",
                "careerStage", "institution", "kind", "availability");
        assertThat(suggestion.get("factors").findValuesAsString("reason")).anySatisfy(
                reason -> assertThat(reason).contains("accepts a 20-minute advice conversation"));
        assertThat(suggestion.toString()).doesNotContain("@northbridge.edu");

        JsonNode proposed = mentoring.propose(mentee, requestId, mentorId);
        String matchId = proposed.get("id").asString();
        assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(mentoring.request(mentee, requestId).get("status").asString()).isEqualTo("PROPOSED");
        ConsumerRecord<String, byte[]> proposedEvent = KafkaEvents.awaitOne(TOPIC, matchId,
                "org.pathway.mentoring-match.MatchProposed.v1");
        EventContracts.assertConforms("mentoring-match", "MatchProposed", 1, KafkaEvents.payload(proposedEvent));
        assertThat(KafkaEvents.header(proposedEvent, "ce_tenant")).isEqualTo("northbridge");

        JsonNode accepted = expect(api.post("/api/mentoring-match/matches/" + matchId + "/accept", mentorToken, ""), 200);

        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        String ics = accepted.get("conversation").get("icalendar").asString();
        assertThat(new CalendarBuilder().build(new StringReader(ics)).validate().hasErrors()).isFalse();
        assertThat(mentoring.request(mentee, requestId).get("status").asString()).isEqualTo("MATCHED");
        ConsumerRecord<String, byte[]> acceptedEvent = KafkaEvents.awaitOne(TOPIC, matchId,
                "org.pathway.mentoring-match.MatchAccepted.v1");
        EventContracts.assertConforms("mentoring-match", "MatchAccepted", 1, KafkaEvents.payload(acceptedEvent));
        ConsumerRecord<String, byte[]> scheduled = KafkaEvents.awaitOne(TOPIC, matchId,
                "org.pathway.mentoring-match.ConversationScheduled.v1");
        String payload = KafkaEvents.payload(scheduled);
        EventContracts.assertConforms("mentoring-match", "ConversationScheduled", 1, payload);
        assertThat(Api.JSON.readTree(payload).get("icalendar").asString()).isEqualTo(ics).contains("METHOD:REQUEST");
        assertThat(mongo.findById(mentorId, Document.class, "mentors").getInteger("activeMentees")).isEqualTo(1);

        assertProblem(api.post("/api/mentoring-match/matches/" + matchId + "/accept", mentorToken, ""), 409, null);
        assertProblem(api.post("/api/mentoring-match/matches/" + matchId + "/decline", mentorToken,
                "{\"reason\": \"changed my mind\"}"), 409, null);
        assertThat(mongo.findById(mentorId, Document.class, "mentors").getInteger("activeMentees"))
                .as("a refused second accept takes no place").isEqualTo(1);
    }

    @Test
    void shouldFreeTheMenteeForTheNextMatchWhenTheMentorDeclines() {
        String otherMentorId = mentoring.optIn(mentor(UUID.randomUUID().toString(), "northbridge"), 1).get("id")
                .asString();
        String requestId = mentoring.request(mentee, "LONG_TERM", false).get("id").asString();
        String matchId = mentoring.propose(mentee, requestId, mentorId).get("id").asString();

        assertProblem(api.post("/api/mentoring-match/matches/" + matchId + "/decline", mentorToken, "{}"), 400, "reason");
        JsonNode declined = expect(api.post("/api/mentoring-match/matches/" + matchId + "/decline", mentorToken,
                "{\"reason\": \"Full with residents this term\"}"), 200);

        assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
        assertThat(declined.get("declineReason").asString()).isEqualTo("Full with residents this term");
        assertThat(mentoring.request(mentee, requestId).get("status").asString()).isEqualTo("OPEN");
        EventContracts.assertConforms("mentoring-match", "MatchDeclined", 1, KafkaEvents.payload(
                KafkaEvents.awaitOne(TOPIC, matchId, "org.pathway.mentoring-match.MatchDeclined.v1")));
        JsonNode next = expect(api.get("/api/mentoring-match/requests/" + requestId + "/suggestions?k=20", mentee), 200);
        assertThat(next.findValuesAsString("mentorId")).contains(otherMentorId).doesNotContain(mentorId);
        assertThat(mentoring.propose(mentee, requestId, otherMentorId).get("id").asString()).isEqualTo(requestId + ".2");
    }

    @Test
    void shouldLetTheMentorAskForInformationAndTheMenteeAnswer() {
        String requestId = mentoring.request(mentee, "PROMOTION_COACHING", false).get("id").asString();
        String matchId = mentoring.propose(mentee, requestId, mentorId).get("id").asString();

        JsonNode asked = expect(api.post("/api/mentoring-match/matches/" + matchId + "/information-requests",
                mentorToken, "{\"question\": \"Which promotion cycle are you aiming for?\"}"), 200);
        assertThat(asked.get("status").asString()).isEqualTo("INFO_REQUESTED");
        assertThat(expect(api.get("/api/mentoring-match/matches/" + matchId, mentee), 200).get("question").asString())
                .isEqualTo("Which promotion cycle are you aiming for?");
        assertProblem(api.post("/api/mentoring-match/matches/" + matchId + "/answer", mentorToken,
                "{\"answer\": \"not mine to answer\"}"), 404, null);

        JsonNode answered = expect(api.post("/api/mentoring-match/matches/" + matchId + "/answer", mentee,
                "{\"answer\": \"The 2027 cycle\"}"), 200);

        assertThat(answered.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(answered.get("answer").asString()).isEqualTo("The 2027 cycle");
        assertThat(expect(api.post("/api/mentoring-match/matches/" + matchId + "/accept", mentorToken, ""), 200)
                .get("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void shouldDeclineOpenProposalsWhenTheMentorPausesAndOfferNoNewOnesUntilResumed() {
        String first = mentoring.request(mentee, "LONG_TERM", false).get("id").asString();
        String matchId = mentoring.propose(mentee, first, mentorId).get("id").asString();

        JsonNode paused = expect(api.post("/api/mentoring-match/mentors/me/pause", mentorToken, ""), 200);

        assertThat(paused.get("paused").asBoolean()).isTrue();
        JsonNode match = expect(api.get("/api/mentoring-match/matches/" + matchId, mentee), 200);
        assertThat(match.get("status").asString()).isEqualTo("DECLINED");
        assertThat(match.get("declineReason").asString()).isEqualTo(MatchLifecycle.PAUSED_REASON);
        assertThat(mentoring.request(mentee, first).get("status").asString()).isEqualTo("OPEN");
        String second = mentoring.request(mentee, "SPONSORSHIP", false).get("id").asString();
        assertThat(expect(api.get("/api/mentoring-match/requests/" + second + "/suggestions?k=20", mentee), 200)
                .findValuesAsString("mentorId")).doesNotContain(mentorId);
        assertProblem(api.post("/api/mentoring-match/requests/" + second + "/proposals", mentee,
                "{\"mentorId\": \"" + mentorId + "\"}"), 422, null);

        expect(api.post("/api/mentoring-match/mentors/me/resume", mentorToken, ""), 200);
        assertThat(mentoring.propose(mentee, second, mentorId).get("status").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void shouldRequireThePrepForAnAdviceConversationAndCapOpenRequests() {
        assertProblem(api.post("/api/mentoring-match/requests", mentee, "{\"kind\": \"ADVICE_CONVERSATION\"}"), 400,
                "prep");
        assertProblem(api.post("/api/mentoring-match/requests", mentee, """
                {"kind": "ADVICE_CONVERSATION", "prep": {"done": "x", "directions": ["a", "b", "c"], "ask": "y"}}"""),
                400, "prep.directions");
        assertProblem(api.post("/api/mentoring-match/requests", mentee, "{\"kind\": \"COFFEE\"}"), 400, "kind");
        assertProblem(api.post("/api/mentoring-match/requests", mentee,
                "{\"kind\": \"LONG_TERM\", \"tenant\": \"lakeside\"}"), 400, "tenant");

        for (int i = 0; i < 3; i++) {
            mentoring.request(mentee, "LONG_TERM", false);
        }
        assertProblem(api.post("/api/mentoring-match/requests", mentee, "{\"kind\": \"LONG_TERM\"}"), 409, null);

        assertThat(expect(api.get("/api/mentoring-match/requests", mentee), 200).size()).isEqualTo(3);
        assertThat(mongo.findById("northbridge:" + menteeId, Document.class, "mentees").getInteger("openRequests"))
                .isEqualTo(3);
    }

    @Test
    void shouldFreeAnOpenRequestPlaceOnceARequestIsMatched() {
        String[] ids = new String[3];
        for (int i = 0; i < 3; i++) {
            ids[i] = mentoring.request(mentee, "LONG_TERM", false).get("id").asString();
        }
        String matchId = mentoring.propose(mentee, ids[0], mentorId).get("id").asString();
        expect(api.post("/api/mentoring-match/matches/" + matchId + "/accept", mentorToken, ""), 200);

        assertThat(mentoring.request(mentee, "SPONSORSHIP", false).get("status").asString()).isEqualTo("OPEN");
    }
}
