package org.pathway.mentoringmatch.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.infra.local.Tokens.faculty;
import static org.pathway.infra.local.Tokens.institutionAdmin;
import static org.pathway.mentoringmatch.support.Api.expect;
import static org.pathway.mentoringmatch.support.Api.mentor;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.infra.local.KafkaEvents;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.mentoringmatch.support.Api;
import org.pathway.mentoringmatch.support.Mentoring;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * Who sees what, across northbridge and lakeside: mentees their requests and proposals, mentors the proposals addressed
 * to them; another institution's ids are not found, except an external match both sides opted in to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class AccessIT {

    @LocalServerPort
    int port;

    private Api api;
    private Mentoring mentoring;
    private String northbridgeMentee;
    private String northbridgeMentor;
    private String northbridgeMentorId;
    private String requestId;
    private String matchId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        mentoring = new Mentoring(api);
        northbridgeMentee = faculty(UUID.randomUUID().toString(), "northbridge");
        northbridgeMentor = mentor(UUID.randomUUID().toString(), "northbridge");
        northbridgeMentorId = mentoring.optIn(northbridgeMentor, 3).get("id").asString();
        requestId = mentoring.request(northbridgeMentee, "LONG_TERM", false).get("id").asString();
        matchId = mentoring.propose(northbridgeMentee, requestId, northbridgeMentorId).get("id").asString();
    }

    @Test
    void shouldAnswer404ForAnotherInstitutionsRequestsAndMatches() {
        String lakesideMentee = faculty(UUID.randomUUID().toString(), "lakeside");
        String lakesideMentor = mentor(UUID.randomUUID().toString(), "lakeside");
        mentoring.optIn(lakesideMentor, 2);

        assertProblem(api.get("/api/mentoring-match/requests/" + requestId, lakesideMentee), 404, null);
        assertProblem(api.get("/api/mentoring-match/requests/" + requestId + "/suggestions", lakesideMentee), 404, null);
        assertProblem(api.post("/api/mentoring-match/requests/" + requestId + "/proposals", lakesideMentee,
                "{\"mentorId\": \"" + northbridgeMentorId + "\"}"), 404, null);
        assertProblem(api.get("/api/mentoring-match/matches/" + matchId, lakesideMentee), 404, null);
        assertProblem(api.get("/api/mentoring-match/matches/" + matchId, lakesideMentor), 404, null);
        assertProblem(api.post("/api/mentoring-match/matches/" + matchId + "/accept", lakesideMentor, ""), 404, null);
        assertThat(expect(api.get("/api/mentoring-match/matches", lakesideMentor), 200).size()).isZero();
        assertThat(expect(api.get("/api/mentoring-match/requests", lakesideMentee), 200).size()).isZero();
    }

    @Test
    void shouldShowAMatchOnlyToItsMenteeAndItsMentor() {
        String colleague = faculty(UUID.randomUUID().toString(), "northbridge");
        String otherMentor = mentor(UUID.randomUUID().toString(), "northbridge");

        assertThat(expect(api.get("/api/mentoring-match/matches/" + matchId, northbridgeMentee), 200).get("status")
                .asString()).isEqualTo("PROPOSED");
        JsonNode forMentor = expect(api.get("/api/mentoring-match/matches", northbridgeMentor), 200);
        assertThat(forMentor.findValuesAsString("id")).containsExactly(matchId);
        assertThat(forMentor.toString()).doesNotContain("@northbridge.edu");
        assertProblem(api.get("/api/mentoring-match/requests/" + requestId, colleague), 404, null);
        assertProblem(api.get("/api/mentoring-match/matches/" + matchId, colleague), 404, null);
        assertProblem(api.get("/api/mentoring-match/matches/" + matchId, otherMentor), 404, null);
        assertProblem(api.post("/api/mentoring-match/matches/" + matchId + "/accept", otherMentor, ""), 404, null);
        assertProblem(api.post("/api/mentoring-match/matches/" + matchId + "/accept", northbridgeMentee, ""), 404, null);
    }

    @Test
    void shouldMatchAcrossInstitutionsOnlyWhenBothSidesOptedIn() {
        String externalMentor = mentor(UUID.randomUUID().toString(), "lakeside");
        String externalId = mentoring.optIn(externalMentor, 2, true, "[\"Assessment\"]", "[\"VICE_CHAIR_EDUCATION\"]")
                .get("id").asString();
        String localOnlyId = mentoring.optIn(mentor(UUID.randomUUID().toString(), "lakeside"), 2).get("id").asString();
        String closed = mentoring.request(northbridgeMentee, "SPONSORSHIP", false).get("id").asString();
        String open = mentoring.request(northbridgeMentee, "SPONSORSHIP", true).get("id").asString();

        assertThat(expect(api.get("/api/mentoring-match/requests/" + closed + "/suggestions?k=20", northbridgeMentee),
                200).findValuesAsString("mentorId")).doesNotContain(externalId, localOnlyId);
        assertProblem(api.post("/api/mentoring-match/requests/" + closed + "/proposals", northbridgeMentee,
                "{\"mentorId\": \"" + externalId + "\"}"), 422, null);
        JsonNode suggestions = expect(api.get("/api/mentoring-match/requests/" + open + "/suggestions?k=20",
                northbridgeMentee), 200);
        assertThat(suggestions.findValuesAsString("mentorId")).contains(externalId).doesNotContain(localOnlyId);
        JsonNode external = suggestions.valueStream().filter(s -> s.get("mentorId").asString().equals(externalId))
                .findFirst().orElseThrow();
        assertThat(external.get("external").asBoolean()).isTrue();
        assertThat(external.get("institution").asString()).isEqualTo("lakeside");
        assertThat(external.get("factors").findValuesAsString("reason")).anySatisfy(
                reason -> assertThat(reason).contains("another institution"));

        String externalMatch = mentoring.propose(northbridgeMentee, open, externalId).get("id").asString();

        JsonNode seenByMentor = expect(api.get("/api/mentoring-match/matches/" + externalMatch, externalMentor), 200);
        assertThat(seenByMentor.get("mentee").get("institution").asString()).isEqualTo("northbridge");
        assertThat(seenByMentor.toString()).doesNotContain("@northbridge.edu");
        assertThat(expect(api.get("/api/mentoring-match/matches", externalMentor), 200).findValuesAsString("id"))
                .containsExactly(externalMatch);
        expect(api.post("/api/mentoring-match/matches/" + externalMatch + "/accept", externalMentor, ""), 200);
        String accepted = KafkaEvents.payload(KafkaEvents.awaitOne("mentoring.matches", externalMatch,
                "org.pathway.mentoring-match.MatchAccepted.v1"));
        EventContracts.assertConforms("mentoring-match", "MatchAccepted", 1, accepted);
        assertThat(Api.JSON.readTree(accepted).get("mentorInstitution").asString()).isEqualTo("lakeside");
        assertProblem(api.get("/api/mentoring-match/requests/" + open, faculty(UUID.randomUUID().toString(), "lakeside")),
                404, null);
    }

    @Test
    void shouldCheckRolesBeforeReadingBodies() {
        String admin = institutionAdmin(UUID.randomUUID().toString(), "northbridge");

        assertThat(api.put("/api/mentoring-match/mentors/me", northbridgeMentee, "{not json").statusCode()).isEqualTo(403);
        assertThat(api.post("/api/mentoring-match/requests", admin, "{\"kind\": \"LONG_TERM\"}").statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/mentoring-match/matches", admin).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/mentoring-match/requests", null).statusCode()).isEqualTo(401);
    }
}
