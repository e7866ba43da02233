package org.pathway.mentoringmatch.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.infra.local.Tokens.faculty;
import static org.pathway.mentoringmatch.support.Api.expect;
import static org.pathway.mentoringmatch.support.Api.mentor;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.mentoringmatch.support.Api;
import org.pathway.mentoringmatch.support.Mentoring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Capacity holds under concurrent accepts, without transactions: the place is taken by one conditional update on the
 * mentor document, the match moves under an optimistic lock, and a lost race gives its place back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class CapacityRaceIT {

    private static final ExecutorService THREADS = Executors.newFixedThreadPool(8);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private Api api;
    private Mentoring mentoring;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        mentoring = new Mentoring(api);
    }

    @AfterAll
    static void stopThreads() {
        THREADS.shutdownNow();
    }

    private String proposalTo(String mentorId) {
        return proposalTo(mentorId, faculty(UUID.randomUUID().toString(), "northbridge"));
    }

    private String proposalTo(String mentorId, String mentee) {
        String requestId = mentoring.request(mentee, "LONG_TERM", false).get("id").asString();
        return mentoring.propose(mentee, requestId, mentorId).get("id").asString();
    }

    private List<Integer> acceptAtOnce(String mentorToken, List<String> matchIds) throws Exception {
        return atOnce(matchIds.stream().<Callable<HttpResponse<String>>>map(matchId ->
                () -> api.post("/api/mentoring-match/matches/" + matchId + "/accept", mentorToken, "")).toList());
    }

    /** Starts every call at the same moment and answers their statuses in order. */
    private List<Integer> atOnce(List<Callable<HttpResponse<String>>> requests) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        for (Callable<HttpResponse<String>> request : requests) {
            calls.add(THREADS.submit(() -> {
                start.await();
                return request.call();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> call : calls) {
            statuses.add(call.get().statusCode());
        }
        return statuses;
    }

    private int activeMentees(String mentorId) {
        return mongo.findById(mentorId, Document.class, "mentors").getInteger("activeMentees");
    }

    @Test
    void shouldNeverExceedCapacityWhenTwoProposalsAreAcceptedAtOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            String mentorToken = mentor(UUID.randomUUID().toString(), "northbridge");
            String mentorId = mentoring.optIn(mentorToken, 2).get("id").asString();
            String first = proposalTo(mentorId);
            String second = proposalTo(mentorId);
            // Two proposals were made while there were two places; the mentor then lowers the capacity to one.
            expect(api.put("/api/mentoring-match/mentors/me", mentorToken, """
                    {"roles": ["CLERKSHIP_DIRECTOR"], "niches": [], "capacity": 1, "availability": %s,
                     "acceptedKinds": ["LONG_TERM"]}""".formatted(Mentoring.availability())), 200);

            List<Integer> statuses = acceptAtOnce(mentorToken, List.of(first, second));

            assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
            assertThat(activeMentees(mentorId)).isEqualTo(1);
            List<String> states = List.of(first, second).stream()
                    .map(id -> mongo.findById(id, Document.class, "matches").getString("status")).toList();
            assertThat(states).containsExactlyInAnyOrder("ACCEPTED", "PROPOSED");
        }
    }

    @Test
    void shouldAcceptTheSameProposalOnceWhenItIsAcceptedTwiceAtOnce() throws Exception {
        String mentorToken = mentor(UUID.randomUUID().toString(), "northbridge");
        String mentorId = mentoring.optIn(mentorToken, 3).get("id").asString();
        String matchId = proposalTo(mentorId);

        List<Integer> statuses = acceptAtOnce(mentorToken, List.of(matchId, matchId, matchId));

        assertThat(statuses).containsExactlyInAnyOrder(200, 409, 409);
        assertThat(activeMentees(mentorId)).as("the losers gave their places back").isEqualTo(1);
    }

    @Test
    void shouldFreeOnePlaceWhenBothSidesEndAMentorshipAtOnce() throws Exception {
        String mentorToken = mentor(UUID.randomUUID().toString(), "northbridge");
        String mentorId = mentoring.optIn(mentorToken, 2).get("id").asString();
        String mentee = faculty(UUID.randomUUID().toString(), "northbridge");
        String matchId = proposalTo(mentorId, mentee);
        String other = proposalTo(mentorId);
        assertThat(acceptAtOnce(mentorToken, List.of(matchId, other))).containsOnly(200);

        List<Integer> statuses = atOnce(List.of(
                () -> api.post("/api/mentoring-match/matches/" + matchId + "/end", mentee, "{\"reason\": \"done\"}"),
                () -> api.post("/api/mentoring-match/matches/" + matchId + "/end", mentorToken, "")));

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(activeMentees(mentorId)).as("one end frees one place").isEqualTo(1);
        assertThat(mongo.findById(matchId, Document.class, "matches").getString("status")).isEqualTo("ENDED");
    }

    @Test
    void shouldRefuseACapacityBelowTheCurrentMenteesAndWriteNothing() throws Exception {
        String mentorToken = mentor(UUID.randomUUID().toString(), "northbridge");
        String mentorId = mentoring.optIn(mentorToken, 2).get("id").asString();
        acceptAtOnce(mentorToken, List.of(proposalTo(mentorId), proposalTo(mentorId)));
        assertThat(activeMentees(mentorId)).isEqualTo(2);

        assertProblem(api.put("/api/mentoring-match/mentors/me", mentorToken, """
                {"roles": ["UME_DIRECTOR"], "niches": ["Changed"], "capacity": 1, "availability": [],
                 "acceptedKinds": ["LONG_TERM"]}"""), 400, "capacity");

        Document stored = mongo.findById(mentorId, Document.class, "mentors");
        assertThat(stored.getInteger("capacity")).isEqualTo(2);
        assertThat(stored.getList("roles", String.class)).containsExactly("CLERKSHIP_DIRECTOR");
        assertProblem(api.post("/api/mentoring-match/matches/" + proposalToFull(mentorId) + "/accept", mentorToken, ""),
                409, null);
    }

    /** A proposal made through the store, as a round could have made it before the mentor filled up. */
    private String proposalToFull(String mentorId) {
        String mentee = faculty(UUID.randomUUID().toString(), "northbridge");
        String requestId = mentoring.request(mentee, "LONG_TERM", false).get("id").asString();
        mongo.getCollection("mentors").updateOne(new Document("_id", mentorId),
                new Document("$set", new Document("capacity", 3)));
        String matchId = mentoring.propose(mentee, requestId, mentorId).get("id").asString();
        mongo.getCollection("mentors").updateOne(new Document("_id", mentorId),
                new Document("$set", new Document("capacity", 2)));
        return matchId;
    }
}
