package org.pathway.mentoringmatch.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.infra.local.Tokens.faculty;
import static org.pathway.infra.local.Tokens.institutionAdmin;
import static org.pathway.mentoringmatch.support.Api.expect;
import static org.pathway.mentoringmatch.support.Api.mentor;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;
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

import tools.jackson.databind.JsonNode;

/** The program report: an institution's requests, proposals and their outcomes, and its mentors' capacity. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class ProgramReportIT {

    private static final String REPORT = "/api/mentoring-match/admin/report";

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
        institution = "report-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode proposal(String kind, String mentorId) {
        String mentee = faculty(UUID.randomUUID().toString(), institution);
        String requestId = mentoring.request(mentee, kind, false).get("id").asString();
        return mentoring.propose(mentee, requestId, mentorId);
    }

    private JsonNode accept(String matchId, String mentorToken) {
        return expect(api.post("/api/mentoring-match/matches/" + matchId + "/accept", mentorToken, ""), 200);
    }

    private static Duration timeToAccept(JsonNode match) {
        return Duration.between(Instant.parse(match.get("proposedAt").asString()),
                Instant.parse(match.get("decidedAt").asString()));
    }

    @Test
    void shouldReportRequestsOutcomesTimeToAcceptAndCapacityOfTheAdminsOwnInstitution() {
        String firstToken = mentor(UUID.randomUUID().toString(), institution);
        String first = mentoring.optIn(firstToken, 2).get("id").asString();
        String secondToken = mentor(UUID.randomUUID().toString(), institution);
        String second = mentoring.optIn(secondToken, 2).get("id").asString();
        JsonNode active = accept(proposal("LONG_TERM", first).get("id").asString(), firstToken);
        JsonNode ended = accept(proposal("LONG_TERM", first).get("id").asString(), firstToken);
        expect(api.post("/api/mentoring-match/matches/" + ended.get("id").asString() + "/end", firstToken, ""), 200);
        expect(api.post("/api/mentoring-match/matches/" + proposal("SPONSORSHIP", second).get("id").asString()
                + "/decline", secondToken, "{\"reason\": \"Not my field\"}"), 200);
        String overdue = proposal("ADVICE_CONVERSATION", second).get("id").asString();
        mongo.getCollection("matches").updateOne(new Document("_id", overdue), new Document("$set",
                new Document("deadline", Date.from(Instant.now().minusSeconds(1)))));
        lifecycle.sweep();
        mentoring.request(faculty(UUID.randomUUID().toString(), institution), "PROMOTION_COACHING", false);

        JsonNode report = expect(api.get(REPORT, institutionAdmin(UUID.randomUUID().toString(), institution)), 200);

        assertThat(report.get("institution").asString()).isEqualTo(institution);
        JsonNode requests = report.get("requests");
        assertThat(requests.get("total").asInt()).isEqualTo(5);
        assertThat(requests.get("byKind")).isEqualTo(Api.JSON.readTree("""
                {"ADVICE_CONVERSATION": 1, "LONG_TERM": 2, "PROMOTION_COACHING": 1, "SPONSORSHIP": 1}"""));
        assertThat(requests.get("matched").asInt()).isEqualTo(2);
        assertThat(requests.get("awaitingAnswer").asInt()).as("the expired one went to the next-best mentor")
                .isEqualTo(1);
        assertThat(requests.get("open").asInt()).isEqualTo(2);
        JsonNode proposals = report.get("proposals");
        assertThat(proposals.get("total").asInt()).isEqualTo(5);
        assertThat(proposals.get("open").asInt()).isEqualTo(1);
        assertThat(proposals.get("accepted").asInt()).isEqualTo(2);
        assertThat(proposals.get("declined").asInt()).isEqualTo(1);
        assertThat(proposals.get("expired").asInt()).isEqualTo(1);
        assertThat(proposals.get("ended").asInt()).isEqualTo(1);
        assertThat(proposals.get("acceptanceRate").asDouble()).isEqualTo(0.5);
        assertThat(Duration.parse(proposals.get("medianTimeToAccept").asString()))
                .isEqualTo(timeToAccept(active).plus(timeToAccept(ended)).dividedBy(2));
        JsonNode capacity = report.get("capacity");
        assertThat(capacity.get("mentors").asInt()).isEqualTo(2);
        assertThat(capacity.get("places").asInt()).isEqualTo(4);
        assertThat(capacity.get("mentees").asInt()).isEqualTo(1);
        assertThat(capacity.get("use").asDouble()).isEqualTo(0.25);
        assertThat(report.get("activeMentorships").asInt()).isEqualTo(1);
    }

    @Test
    void shouldShowAnAdminOnlyTheirOwnInstitutionsProgram() {
        String mentorToken = mentor(UUID.randomUUID().toString(), institution);
        accept(proposal("LONG_TERM", mentoring.optIn(mentorToken, 1).get("id").asString()).get("id").asString(),
                mentorToken);
        String elsewhere = "lakeside-" + UUID.randomUUID().toString().substring(0, 8);

        JsonNode other = expect(api.get(REPORT, institutionAdmin(UUID.randomUUID().toString(), elsewhere)), 200);

        assertThat(other.get("institution").asString()).isEqualTo(elsewhere);
        assertThat(other.get("requests").get("total").asInt()).isZero();
        assertThat(other.get("proposals").get("total").asInt()).isZero();
        assertThat(other.get("proposals").get("acceptanceRate").isNull()).isTrue();
        assertThat(other.get("capacity").get("places").asInt()).isZero();
        assertThat(other.get("activeMentorships").asInt()).isZero();
        assertProblem(api.get(REPORT, faculty(UUID.randomUUID().toString(), institution)), 403);
        assertProblem(api.get(REPORT, mentorToken), 403);
    }
}
