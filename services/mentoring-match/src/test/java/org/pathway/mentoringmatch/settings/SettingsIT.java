package org.pathway.mentoringmatch.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.infra.local.Tokens.faculty;
import static org.pathway.infra.local.Tokens.institutionAdmin;
import static org.pathway.mentoringmatch.support.Api.expect;
import static org.pathway.mentoringmatch.support.Api.mentor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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

/**
 * Each institution's own matching rules, set by its admins: the answer deadline, the open-request cap and the factor
 * weights, applied to that institution's mentees only. The shortest deadline an admin may set is lowered for this test
 * (a platform limit, like every bound here), so a deadline can pass while the test watches.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pathway.mentoring.limits.min-proposal-deadline=1s", "pathway.mentoring.expiry-sweep-interval=300ms"})
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class SettingsIT {

    private static final String SETTINGS = "/api/mentoring-match/admin/settings";
    private static final String DEFAULT_WEIGHTS = """
            {"perSharedNiche": 12, "nicheCap": 36, "targetRole": 30, "careerStageAhead": 15, "careerStageFar": 8,
             "sameInstitution": 6, "externalPresence": 10, "kindAccepted": 5, "availability": 8, "scholarshipGap": 12}""";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private Api api;
    private Mentoring mentoring;
    private String northbridge;
    private String lakeside;
    private String northbridgeAdmin;
    private String lakesideAdmin;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        mentoring = new Mentoring(api);
        String run = UUID.randomUUID().toString().substring(0, 8);
        northbridge = "northbridge-" + run;
        lakeside = "lakeside-" + run;
        northbridgeAdmin = institutionAdmin(UUID.randomUUID().toString(), northbridge);
        lakesideAdmin = institutionAdmin(UUID.randomUUID().toString(), lakeside);
    }

    @Test
    void shouldApplyAnInstitutionsOwnValuesToItAloneAndGoBackToThePlatformDefaults() {
        JsonNode defaults = expect(api.get(SETTINGS, northbridgeAdmin), 200);
        assertThat(defaults.get("proposalDeadline").asString()).isEqualTo("PT72H");
        assertThat(defaults.get("openRequestCap").asInt()).isEqualTo(3);
        assertThat(defaults.get("weights")).isEqualTo(Api.JSON.readTree(DEFAULT_WEIGHTS));
        assertThat(defaults.get("institutionValues").size()).isZero();

        JsonNode set = expect(api.put(SETTINGS, northbridgeAdmin,
                "{\"proposalDeadline\": \"P2D\", \"openRequestCap\": 1}"), 200);

        assertThat(set.get("proposalDeadline").asString()).isEqualTo("PT48H");
        assertThat(set.get("openRequestCap").asInt()).isEqualTo(1);
        assertThat(set.get("weights")).as("weights left out follow the platform default")
                .isEqualTo(defaults.get("weights"));
        assertThat(set.get("institutionValues").valueStream().map(JsonNode::asString))
                .containsExactly("proposalDeadline", "openRequestCap");
        JsonNode other = expect(api.get(SETTINGS, lakesideAdmin), 200);
        assertThat(other.get("proposalDeadline").asString()).isEqualTo("PT72H");
        assertThat(other.get("openRequestCap").asInt()).isEqualTo(3);

        String northbridgeMentee = faculty(UUID.randomUUID().toString(), northbridge);
        mentoring.request(northbridgeMentee, "LONG_TERM", false);
        assertProblem(api.post("/api/mentoring-match/requests", northbridgeMentee, "{\"kind\": \"SPONSORSHIP\"}"), 409);
        String lakesideMentee = faculty(UUID.randomUUID().toString(), lakeside);
        mentoring.request(lakesideMentee, "LONG_TERM", false);
        mentoring.request(lakesideMentee, "SPONSORSHIP", false);

        assertThat(api.delete(SETTINGS, northbridgeAdmin).statusCode()).isEqualTo(204);
        JsonNode reset = expect(api.get(SETTINGS, northbridgeAdmin), 200);
        assertThat(reset.get("proposalDeadline").asString()).isEqualTo("PT72H");
        assertThat(reset.get("institutionValues").size()).isZero();
        mentoring.request(northbridgeMentee, "SPONSORSHIP", false);
    }

    @Test
    void shouldRefuseValuesOutOfRangeNamingTheFieldAndWriteNothing() {
        assertProblem(api.put(SETTINGS, northbridgeAdmin, "{\"proposalDeadline\": \"P15D\"}"), 400, "proposalDeadline");
        assertProblem(api.put(SETTINGS, northbridgeAdmin, "{\"proposalDeadline\": \"PT0.5S\"}"), 400, "proposalDeadline");
        assertProblem(api.put(SETTINGS, northbridgeAdmin, "{\"proposalDeadline\": \"three days\"}"), 400,
                "proposalDeadline");
        assertProblem(api.put(SETTINGS, northbridgeAdmin, "{\"openRequestCap\": 0}"), 400, "openRequestCap");
        assertProblem(api.put(SETTINGS, northbridgeAdmin, "{\"openRequestCap\": 11}"), 400, "openRequestCap");
        assertProblem(api.put(SETTINGS, northbridgeAdmin, "{\"weights\": "
                + DEFAULT_WEIGHTS.replace("\"targetRole\": 30", "\"targetRole\": 101") + "}"), 400, "weights.targetRole");
        assertProblem(api.put(SETTINGS, northbridgeAdmin, "{\"weights\": "
                + DEFAULT_WEIGHTS.replace("\"nicheCap\": 36", "\"nicheCap\": -1") + "}"), 400, "weights.nicheCap");
        assertProblem(api.put(SETTINGS, northbridgeAdmin, "{\"weights\": "
                + DEFAULT_WEIGHTS.replace("\"nicheCap\": 36, ", "") + "}"), 400, "weights.nicheCap");
        assertProblem(api.put(SETTINGS, northbridgeAdmin, "{\"weights\": " + DEFAULT_WEIGHTS.replaceAll(": \\d+", ": 0")
                + "}"), 400, "weights");
        assertProblem(api.put(SETTINGS, northbridgeAdmin, "{\"tenant\": \"" + lakeside + "\"}"), 400, "tenant");
        assertProblem(api.put(SETTINGS, faculty(UUID.randomUUID().toString(), northbridge), "{\"openRequestCap\": 2}"),
                403);

        JsonNode after = expect(api.get(SETTINGS, northbridgeAdmin), 200);
        assertThat(after.get("institutionValues").size()).isZero();
        assertThat(after.get("proposalDeadline").asString()).isEqualTo("PT72H");
    }

    @Test
    void shouldExpireProposalsByTheMenteesInstitutionsDeadlineAndLeaveAnotherInstitutionsAlone() {
        expect(api.put(SETTINGS, northbridgeAdmin, "{\"proposalDeadline\": \"PT2S\"}"), 200);
        JsonNode shortOne = proposeLongTerm(northbridge);
        JsonNode defaultOne = proposeLongTerm(lakeside);

        assertThat(Duration.between(Instant.parse(shortOne.get("proposedAt").asString()),
                Instant.parse(shortOne.get("deadline").asString()))).isEqualTo(Duration.ofSeconds(2));
        assertThat(Duration.between(Instant.parse(defaultOne.get("proposedAt").asString()),
                Instant.parse(defaultOne.get("deadline").asString()))).isEqualTo(Duration.ofDays(3));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(shortOne)).isEqualTo("EXPIRED"));
        assertThat(status(defaultOne)).as("the sweep that expired the other saw this one too").isEqualTo("PROPOSED");
    }

    @Test
    void shouldRankAndExplainSuggestionsByTheInstitutionsWeights() {
        // One mentor shares both niches but holds none of the target roles; the other holds the target role only.
        String nicheMentor = mentoring.optIn(mentor(UUID.randomUUID().toString(), northbridge), 2, false,
                "[\"Assessment\", \"Feedback\"]", "[\"CLERKSHIP_DIRECTOR\"]").get("id").asString();
        String roleMentor = mentoring.optIn(mentor(UUID.randomUUID().toString(), northbridge), 2, false,
                "[\"Simulation\"]", "[\"PROGRAM_DIRECTOR\"]").get("id").asString();
        String menteeId = UUID.randomUUID().toString();
        Mentoring.menteeProfile(mongo, northbridge, menteeId, List.of("Assessment", "Feedback"),
                List.of("PROGRAM_DIRECTOR"));
        String mentee = faculty(menteeId, northbridge);
        String requestId = mentoring.request(mentee, "LONG_TERM", false).get("id").asString();
        String suggestions = "/api/mentoring-match/requests/" + requestId + "/suggestions";

        JsonNode byDefault = expect(api.get(suggestions, mentee), 200);
        assertThat(byDefault.findValuesAsString("mentorId")).containsExactly(roleMentor, nicheMentor);
        assertThat(reason(byDefault.get(1), "niche")).endsWith("(+24)");

        expect(api.put(SETTINGS, northbridgeAdmin, "{\"weights\": " + DEFAULT_WEIGHTS
                .replace("\"perSharedNiche\": 12", "\"perSharedNiche\": 20").replace("\"nicheCap\": 36", "\"nicheCap\": 40")
                .replace("\"targetRole\": 30", "\"targetRole\": 10") + "}"), 200);
        JsonNode reweighted = expect(api.get(suggestions, mentee), 200);

        assertThat(reweighted.findValuesAsString("mentorId")).containsExactly(nicheMentor, roleMentor);
        assertThat(reason(reweighted.get(0), "niche")).isEqualTo("shares your niches Assessment, Feedback (+40)");
        assertThat(reason(reweighted.get(1), "targetRole")).endsWith("(+10)");
        assertThat(reweighted.get(0).get("score").asInt()).isEqualTo(byDefault.get(1).get("score").asInt() + 16);
        assertThat(reweighted.get(1).get("score").asInt()).isEqualTo(byDefault.get(0).get("score").asInt() - 20);
    }

    /** A mentee of {@code institution} proposes a long-term mentorship to a mentor of the same institution. */
    private JsonNode proposeLongTerm(String institution) {
        String mentorId = mentoring.optIn(mentor(UUID.randomUUID().toString(), institution), 1).get("id").asString();
        String mentee = faculty(UUID.randomUUID().toString(), institution);
        String requestId = mentoring.request(mentee, "LONG_TERM", false).get("id").asString();
        return mentoring.propose(mentee, requestId, mentorId);
    }

    private String status(JsonNode match) {
        return mongo.findById(match.get("id").asString(), org.bson.Document.class, "matches").getString("status");
    }

    private static String reason(JsonNode suggestion, String factor) {
        return suggestion.get("factors").valueStream().filter(reason -> reason.get("name").asString().equals(factor))
                .findFirst().orElseThrow().get("reason").asString();
    }
}
