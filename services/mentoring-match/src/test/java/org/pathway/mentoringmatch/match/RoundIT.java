package org.pathway.mentoringmatch.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.infra.local.Tokens.faculty;
import static org.pathway.infra.local.Tokens.institutionAdmin;
import static org.pathway.mentoringmatch.support.Api.expect;
import static org.pathway.mentoringmatch.support.Api.mentor;

import java.util.ArrayList;
import java.util.List;
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

/** An institution admin's bulk round: an optimal, certified, repeatable assignment, previewed then committed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class RoundIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private Api api;
    private Mentoring mentoring;
    private String institution;
    private String admin;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        mentoring = new Mentoring(api);
        institution = "round-" + UUID.randomUUID().toString().substring(0, 8);
        admin = institutionAdmin(UUID.randomUUID().toString(), institution);
    }

    /** A mentee whose portfolio profile has arrived (the projection), with one request. */
    private String menteeWithRequest(String niche, String kind, boolean openToExternal) {
        return menteeWithRequest(List.of(niche), kind, openToExternal);
    }

    private String menteeWithRequest(List<String> niches, String kind, boolean openToExternal) {
        String userId = UUID.randomUUID().toString();
        Mentoring.menteeProfile(mongo, institution, userId, niches, List.of("CLERKSHIP_DIRECTOR"));
        return mentoring.request(faculty(userId, institution), kind, openToExternal).get("id").asString();
    }

    private String mentorWith(String institution, int capacity, String niche, boolean acceptsExternal) {
        return mentoring.optIn(mentor(UUID.randomUUID().toString(), institution), capacity, acceptsExternal,
                "[\"" + niche + "\"]", "[\"CLERKSHIP_DIRECTOR\"]").get("id").asString();
    }

    /** Other institutions' mentors who accept external mentees (other tests of this class may have added some). */
    private long externalMentorsElsewhere() {
        return mongo.getCollection("mentors").countDocuments(new Document("acceptsExternal", true)
                .append("paused", false).append("tenant", new Document("$ne", institution)));
    }

    @Test
    void shouldMatchEveryoneItCanWithAProvablyOptimalRepeatableAssignment() {
        // A popular mentor who shares every mentee's niche but has one place, and two specialists: only one
        // assignment gives everyone a mentor who shares their niche.
        String popular = mentorWith(institution, 1, "Assessment", false);
        mongo.getCollection("mentors").updateOne(new Document("_id", popular), new Document("$set",
                new Document("niches", List.of("Assessment", "Simulation", "Curriculum"))));
        String simulation = mentorWith(institution, 1, "Simulation", false);
        String curriculum = mentorWith(institution, 1, "Curriculum", false);
        List<String> requests = new ArrayList<>(List.of(menteeWithRequest("Assessment", "LONG_TERM", false),
                menteeWithRequest("Simulation", "LONG_TERM", false), menteeWithRequest("Curriculum", "LONG_TERM", false)));

        JsonNode preview = expect(api.post("/api/mentoring-match/admin/rounds/preview", admin, ""), 200);
        JsonNode again = expect(api.post("/api/mentoring-match/admin/rounds/preview", admin, ""), 200);

        assertThat(preview.get("requests").asInt()).isEqualTo(3);
        assertThat(preview.get("mentors").asInt()).isEqualTo(3 + externalMentorsElsewhere());
        assertThat(preview.get("matched").asInt()).isEqualTo(3);
        assertThat(preview.get("certificate").get("optimal").asBoolean()).as(preview.toString()).isTrue();
        assertThat(preview.get("certificate").get("negativeReducedCosts").asLong()).isZero();
        assertThat(again.get("fingerprint")).isEqualTo(preview.get("fingerprint"));
        assertThat(again.get("assignments")).isEqualTo(preview.get("assignments"));
        JsonNode assignments = preview.get("assignments");
        assertThat(assignments.valueStream().map(a -> a.get("requestId").asString() + "->" + a.get("mentorId").asString()))
                .containsExactlyInAnyOrder(requests.get(0) + "->" + popular, requests.get(1) + "->" + simulation,
                        requests.get(2) + "->" + curriculum);
        assertThat(assignments.get(0).get("reasons").findValuesAsString("reason")).isNotEmpty();

        JsonNode committed = expect(api.post("/api/mentoring-match/admin/rounds", admin,
                "{\"fingerprint\": \"" + preview.get("fingerprint").asString() + "\"}"), 200);

        assertThat(committed.get("proposed").size()).isEqualTo(3);
        for (String requestId : requests) {
            Document match = mongo.findById(requestId + ".1", Document.class, "matches");
            assertThat(match.getString("origin")).isEqualTo("ROUND");
            assertThat(match.getString("status")).isEqualTo("PROPOSED");
        }
        JsonNode after = expect(api.post("/api/mentoring-match/admin/rounds/preview", admin, ""), 200);
        assertThat(after.get("requests").asInt()).as("proposed requests are not open any more").isZero();
    }

    @Test
    void shouldOfferAStableMatchingWhichMayMatchFewerThanTheOptimum() {
        String both = mentorWith(institution, 1, "Assessment", false);
        mongo.getCollection("mentors").updateOne(new Document("_id", both), new Document("$set",
                new Document("niches", List.of("Assessment", "Simulation"))));
        String longTermOnly = expect(api.put("/api/mentoring-match/mentors/me", mentor(UUID.randomUUID().toString(),
                institution), """
                {"roles": ["CLERKSHIP_DIRECTOR"], "rank": "PROFESSOR", "niches": ["Assessment"], "capacity": 1,
                 "availability": %s, "acceptedKinds": ["LONG_TERM"]}""".formatted(Mentoring.availability())), 200)
                .get("id").asString();
        String a = menteeWithRequest(List.of("Assessment", "Simulation"), "LONG_TERM", false);
        String b = menteeWithRequest(List.of("Curriculum"), "SPONSORSHIP", false);

        JsonNode optimal = expect(api.post("/api/mentoring-match/admin/rounds/preview", admin, ""), 200);
        JsonNode stable = expect(api.post("/api/mentoring-match/admin/rounds/preview?method=STABLE", admin, ""), 200);

        assertThat(optimal.get("assignments").valueStream().map(p -> p.get("requestId").asString() + "->"
                + p.get("mentorId").asString())).containsExactlyInAnyOrder(a + "->" + longTermOnly, b + "->" + both);
        // a and the mentor of both niches prefer each other to anyone else: every stable matching pairs them.
        assertThat(stable.get("method").asString()).isEqualTo("STABLE");
        assertThat(stable.get("assignments").valueStream().map(p -> p.get("requestId").asString() + "->"
                + p.get("mentorId").asString())).containsExactly(a + "->" + both);
        assertThat(stable.get("certificate").isNull()).isTrue();
        assertThat(stable.get("fingerprint")).isNotEqualTo(optimal.get("fingerprint"));
        assertProblem(api.post("/api/mentoring-match/admin/rounds?method=STABLE", admin,
                "{\"fingerprint\": \"" + optimal.get("fingerprint").asString() + "\"}"), 409, null);
        JsonNode committed = expect(api.post("/api/mentoring-match/admin/rounds?method=STABLE", admin,
                "{\"fingerprint\": \"" + stable.get("fingerprint").asString() + "\"}"), 200);
        assertThat(committed.get("proposed").valueStream().map(JsonNode::asString)).containsExactly(a + ".1");
        assertProblem(api.post("/api/mentoring-match/admin/rounds/preview?method=GREEDY", admin, ""), 400, null);
    }

    @Test
    void shouldRefuseToCommitARoundWhoseCohortChangedSinceThePreview() {
        mentorWith(institution, 2, "Assessment", false);
        menteeWithRequest("Assessment", "LONG_TERM", false);
        String fingerprint = expect(api.post("/api/mentoring-match/admin/rounds/preview", admin, ""), 200)
                .get("fingerprint").asString();
        menteeWithRequest("Assessment", "SPONSORSHIP", false);

        assertProblem(api.post("/api/mentoring-match/admin/rounds", admin, "{\"fingerprint\": \"" + fingerprint + "\"}"),
                409, null);
        assertThat(mongo.getCollection("matches").countDocuments(new Document("tenant", institution))).isZero();
    }

    @Test
    void shouldIncludeOptedInExternalMentorsOnlyForMenteesWhoConsentedAndNeverAnotherInstitutionsRequests() {
        String other = "round-" + UUID.randomUUID().toString().substring(0, 8);
        String external = mentorWith(other, 2, "Assessment", true);
        mentorWith(other, 2, "Assessment", false);
        String consenting = menteeWithRequest("Assessment", "SPONSORSHIP", true);
        String notConsenting = menteeWithRequest("Assessment", "SPONSORSHIP", false);

        JsonNode preview = expect(api.post("/api/mentoring-match/admin/rounds/preview", admin, ""), 200);

        assertThat(preview.get("mentors").asInt()).as("no own mentors, only opted-in external ones")
                .isEqualTo(externalMentorsElsewhere());
        assertThat(preview.get("assignments").findValuesAsString("requestId")).containsExactly(consenting);
        assertThat(preview.get("assignments").findValuesAsString("mentorId")).containsExactly(external);
        assertThat(preview.get("unmatchedRequests").valueStream().map(JsonNode::asString)).containsExactly(notConsenting);
        JsonNode otherAdminsView = expect(api.post("/api/mentoring-match/admin/rounds/preview",
                institutionAdmin(UUID.randomUUID().toString(), other), ""), 200);
        assertThat(otherAdminsView.get("requests").asInt()).isZero();
    }

    @Test
    void shouldKeepRoundsForInstitutionAdmins() {
        assertThat(api.post("/api/mentoring-match/admin/rounds/preview", faculty(UUID.randomUUID().toString(),
                institution), "").statusCode()).isEqualTo(403);
        assertThat(api.post("/api/mentoring-match/admin/rounds/preview", mentor(UUID.randomUUID().toString(),
                institution), "").statusCode()).isEqualTo(403);
        assertThat(api.post("/api/mentoring-match/admin/rounds/preview", null, "").statusCode()).isEqualTo(401);
    }
}
