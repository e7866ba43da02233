package org.pathway.mentoringmatch.mentor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.mentoringmatch.support.Api.expect;
import static org.pathway.mentoringmatch.support.Api.mentor;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.infra.local.Tokens;
import org.pathway.mentoringmatch.support.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/** A mentor opts in, edits, pauses and resumes their profile; bad input is a problem and writes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class MentorProfileIT {

    private static final String PROFILE = """
            {"roles": ["PROGRAM_DIRECTOR", "VICE_CHAIR_EDUCATION"], "rank": "PROFESSOR",
             "niches": ["Assessment", "Competency-based education"], "capacity": 3,
             "availability": [{"start": "2030-01-07T14:00:00Z", "end": "2030-01-07T16:00:00Z"}],
             "acceptedKinds": ["ADVICE_CONVERSATION", "SPONSORSHIP"], "acceptsExternal": true}""";

    @LocalServerPort
    int port;

    private Api api;
    private String token;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        token = mentor(UUID.randomUUID().toString(), "northbridge");
    }

    @Test
    void shouldOptInReadBackEditAndPause() {
        assertProblem(api.get("/api/mentoring-match/mentors/me", token), 404, null);

        JsonNode created = expect(api.put("/api/mentoring-match/mentors/me", token, PROFILE), 200);

        assertThat(created.get("institution").asString()).isEqualTo("northbridge");
        assertThat(created.get("capacity").asInt()).isEqualTo(3);
        assertThat(created.get("activeMentees").asInt()).isZero();
        assertThat(created.get("acceptsExternal").asBoolean()).isTrue();
        JsonNode read = expect(api.get("/api/mentoring-match/mentors/me", token), 200);
        assertThat(read.get("roles").valueStream().map(JsonNode::asString))
                .containsExactly("PROGRAM_DIRECTOR", "VICE_CHAIR_EDUCATION");
        assertThat(read.get("availability").get(0).get("end").asString()).isEqualTo("2030-01-07T16:00:00Z");

        JsonNode edited = expect(api.put("/api/mentoring-match/mentors/me", token,
                PROFILE.replace("\"capacity\": 3", "\"capacity\": 5")), 200);
        assertThat(edited.get("capacity").asInt()).isEqualTo(5);
        assertThat(edited.get("id")).isEqualTo(created.get("id"));

        assertThat(expect(api.post("/api/mentoring-match/mentors/me/pause", token, ""), 200).get("paused").asBoolean())
                .isTrue();
        assertThat(expect(api.post("/api/mentoring-match/mentors/me/resume", token, ""), 200).get("paused").asBoolean())
                .isFalse();
    }

    @Test
    void shouldRefuseAWindowEndingBeforeItStartsUnknownRolesAndKindsAndForgedFields() {
        assertProblem(api.put("/api/mentoring-match/mentors/me", token, PROFILE.replace("2030-01-07T16:00:00Z",
                "2030-01-07T13:00:00Z")), 400, "availability[0].end");
        assertProblem(api.put("/api/mentoring-match/mentors/me", token, PROFILE.replace("PROGRAM_DIRECTOR",
                "CHIEF_WELLNESS_OFFICER")), 400, null);
        assertProblem(api.put("/api/mentoring-match/mentors/me", token, PROFILE.replace("\"SPONSORSHIP\"",
                "\"COFFEE_CHAT\"")), 400, null);
        assertProblem(api.put("/api/mentoring-match/mentors/me", token, PROFILE.replace("\"capacity\": 3",
                "\"capacity\": -1")), 400, "capacity");
        assertProblem(api.put("/api/mentoring-match/mentors/me", token, PROFILE.replace("\"capacity\": 3,", "")), 400,
                "capacity");
        assertProblem(api.put("/api/mentoring-match/mentors/me", token, PROFILE.replace("\"capacity\": 3",
                "\"capacity\": 3, \"activeMentees\": 0")), 400, "activeMentees");
        assertProblem(api.put("/api/mentoring-match/mentors/me", token, PROFILE.replace("\"acceptedKinds\": [\"ADVICE_CONVERSATION\", \"SPONSORSHIP\"]",
                "\"acceptedKinds\": []")), 400, "acceptedKinds");

        assertProblem(api.get("/api/mentoring-match/mentors/me", token), 404, null);
    }

    @Test
    void shouldKeepMentorProfilesForMentors() {
        String facultyOnly = Tokens.faculty(UUID.randomUUID().toString(), "northbridge");

        assertThat(api.put("/api/mentoring-match/mentors/me", facultyOnly, PROFILE).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/mentoring-match/mentors/me", null).statusCode()).isEqualTo(401);
    }
}
