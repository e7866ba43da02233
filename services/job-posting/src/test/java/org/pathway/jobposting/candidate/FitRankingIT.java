package org.pathway.jobposting.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.jobposting.support.Api.admin;
import static org.pathway.jobposting.support.Api.faculty;
import static org.pathway.jobposting.support.Api.json;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.infra.local.KafkaEvents;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.jobposting.support.Api;
import org.pathway.jobposting.support.Postings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Fit ranking against a candidate's targets, learned from a real ProfileUpdated on portfolio.profiles. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class FitRankingIT {

    static final String RANKED = "/api/job-posting/me/ranked-postings";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private Api api;
    private final String token = "tok" + UUID.randomUUID().toString().substring(0, 8);
    private String apd;
    private String clerkship;
    private String simulation;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String northbridge = admin(UUID.randomUUID().toString(), "northbridge");
        simulation = api.published(northbridge, Postings.posting("Simulation director", "SIMULATION_DIRECTOR",
                token + " Denver", 10, 30, 150_000, 170_000, false, "[\"FELLOWSHIP\", \"MASTERS\"]", "[\"VA\"]"));
        clerkship = api.published(admin(UUID.randomUUID().toString(), "lakeside"), Postings.posting(
                "Clerkship director", "CLERKSHIP_DIRECTOR", token + " Boston", 20, 50, 180_000, 210_000, true,
                "[\"MASTERS\"]", "[]"));
        apd = api.published(northbridge, Postings.apd(token + " Chicago"));
    }

    @Test
    void shouldRankPostingsAgainstTheCandidatesTargetsAndSayWhy() {
        String userId = UUID.randomUUID().toString();
        ObjectNode profile = (ObjectNode) Api.JSON.readTree(EventContracts.example("portfolio", "ProfileUpdated", 1));
        profile.put("userId", userId).put("aFieldFromAFutureAdditiveVersion", "ignored");
        KafkaEvents.send("portfolio.profiles", userId, UUID.randomUUID().toString(),
                "org.pathway.portfolio.ProfileUpdated.v1", "lakeside", profile.toString());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                mongo.findById("lakeside/" + userId, org.bson.Document.class, "candidates") != null);

        JsonNode ranked = json(api.get(RANKED + "?location=" + token + "&minimumIncome=200000",
                faculty(userId, "lakeside")));

        assertThat(ranked.get("profileKnown").asBoolean()).isTrue();
        JsonNode items = ranked.get("results").get("items");
        assertThat(List.of(items.get(0).get("posting").get("id").asString(),
                items.get(1).get("posting").get("id").asString(), items.get(2).get("posting").get("id").asString()))
                .containsExactly(apd, clerkship, simulation);
        assertThat(items.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(items.get(0).get("fit").get("score").asInt()).isGreaterThan(items.get(1).get("fit").get("score").asInt());
        assertThat(reasons(items.get(0))).contains("clinical time 40% sits inside your target 30–50%",
                "pay 240,000–275,000 USD meets your minimum 200,000",
                "Associate program director is one of your target roles");
        assertThat(reasons(items.get(0))).anySatisfy(reason -> assertThat(reason)
                .startsWith("the posting mentions your niche: clinical reasoning"));
        assertThat(reasons(items.get(1))).contains("clinical time 20–50% overlaps your target 30–50%",
                "requires MASTERS; yours is in progress (MASTERS)");
        assertThat(reasons(items.get(2))).contains("pay tops out at 170,000 USD, below your minimum 200,000",
                "Simulation director is not among your target roles");
    }

    @Test
    void shouldRankOnPayAloneAndSaySoWhenTheProfileHasNotArrived() {
        JsonNode ranked = json(api.get(RANKED + "?location=" + token + "&minimumIncome=200000",
                faculty(UUID.randomUUID().toString(), "northbridge")));

        assertThat(ranked.get("profileKnown").asBoolean()).isFalse();
        JsonNode top = ranked.get("results").get("items").get(0);
        assertThat(top.get("posting").get("id").asString()).isEqualTo(apd);
        assertThat(reasons(top)).anySatisfy(reason -> assertThat(reason).startsWith("no target clinical share"));
    }

    @Test
    void shouldRefuseRankingToNonFacultyAndANegativeIncome() {
        assertProblem(api.get(RANKED, admin(UUID.randomUUID().toString(), "northbridge")), 403);
        assertProblem(api.get(RANKED + "?minimumIncome=-1", faculty(UUID.randomUUID().toString(), "northbridge")), 400,
                "minimumIncome");
    }

    private static List<String> reasons(JsonNode item) {
        return item.get("fit").get("reasons").valueStream().map(JsonNode::asString).toList();
    }
}
