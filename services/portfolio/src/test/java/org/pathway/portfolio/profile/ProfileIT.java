package org.pathway.portfolio.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.infra.local.Tokens.faculty;
import static org.pathway.portfolio.support.Api.json;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.infra.local.KafkaEvents;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.infra.local.TestInfrastructure;
import org.pathway.portfolio.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/** The profile: enrolled from the token on the first call, edited by its owner, announced without its private part. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class ProfileIT {

    static final String ME = "/api/portfolio/profile/me";
    static final String UPDATED = "org.pathway.portfolio.ProfileUpdated.v1";

    static final String FULL_PROFILE = """
            {"specialty": "Internal medicine", "department": "Department of Medicine", "rank": "ASSISTANT_PROFESSOR",
             "track": "CLINICIAN_EDUCATOR", "clinicalFteShare": 0.7,
             "educationNiche": {"theme": "Assessment of clinical reasoning in clerkships",
                                "tags": ["Clinical Reasoning", "Clinical Clerkship"]},
             "formalTraining": [
               {"kind": "FACULTY_DEVELOPMENT_SERIES", "title": "Teaching scholars program",
                "institution": "Northbridge School of Medicine", "startedOn": "2024-09-01", "completedOn": "2025-05-30"},
               {"kind": "MASTERS", "degree": "MHPE", "title": "Master of Health Professions Education",
                "startedOn": "2025-08-25"}],
             "goals": ["Lead the internal medicine clerkship within two years"],
             "targetRoles": ["CLERKSHIP_DIRECTOR", "ASSOCIATE_PROGRAM_DIRECTOR"],
             "targetClinicalShare": {"min": 0.3, "max": 0.5},
             "minimumIncome": {"amount": 187500, "currency": "USD"},
             "energyAudit": {"drains": ["Night float after 50"], "energizes": ["Bedside teaching"],
                             "weekWithoutClinicalWork": "Rewrite the clerkship's reasoning curriculum"}}""";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private Api api;
    private final String userId = UUID.randomUUID().toString();
    private String token;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        token = TestInfrastructure.jwtIssuer().token().subject(userId).name("Ada Okafor").email("ada@northbridge.edu")
                .organization("northbridge").roles("faculty").sign();
    }

    @Test
    void shouldCreateTheProfileFromTheTokenOnTheFirstCallAndAnnounceIt() {
        HttpResponse<String> first = api.get("/api/portfolio/activities", token);
        assertThat(first.statusCode()).isEqualTo(200);

        JsonNode me = json(api.get(ME, token));
        assertThat(me.get("userId").asString()).isEqualTo(userId);
        assertThat(me.get("name").asString()).isEqualTo("Ada Okafor");
        assertThat(me.get("email").asString()).isEqualTo("ada@northbridge.edu");
        assertThat(me.get("institution").asString()).isEqualTo("northbridge");
        assertThat(me.get("revision").asInt()).isEqualTo(1);
        assertThat(mongo.getCollection("profiles").countDocuments(
                new org.bson.Document("userId", userId))).as("one profile however many calls").isEqualTo(1);

        ConsumerRecord<String, byte[]> event = KafkaEvents.awaitOne("portfolio.profiles", userId, UPDATED);
        EventContracts.assertConforms("portfolio", "ProfileUpdated", 1, KafkaEvents.payload(event));
        assertThat(KafkaEvents.header(event, "ce_tenant")).isEqualTo("northbridge");
        assertThat(KafkaEvents.header(event, "ce_subject")).isEqualTo(userId);
        assertThat(json(KafkaEvents.payload(event)).get("name").asString()).isEqualTo("Ada Okafor");
    }

    @Test
    void shouldLetTheOwnerEditEverythingAndPublishProfileUpdatedWithoutThePrivateFields() {
        HttpResponse<String> edited = api.put(ME, token, FULL_PROFILE);

        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonNode me = json(api.get(ME, token));
        assertThat(me.get("rank").asString()).isEqualTo("ASSISTANT_PROFESSOR");
        assertThat(me.get("formalTraining").get(1).get("degree").asString()).isEqualTo("MHPE");
        assertThat(me.get("targetClinicalShare").get("max").asDouble()).isEqualTo(0.5);
        assertThat(me.get("minimumIncome").get("amount").asLong()).as("the owner sees the private fields").isEqualTo(187500);
        assertThat(me.get("energyAudit").get("energizes").get(0).asString()).isEqualTo("Bedside teaching");

        List<ConsumerRecord<String, byte[]>> events = KafkaEvents.await("portfolio.profiles", userId, UPDATED, 2);
        String payload = KafkaEvents.payload(events.get(events.size() - 1));
        EventContracts.assertConforms("portfolio", "ProfileUpdated", 1, payload);
        JsonNode data = json(payload);
        assertThat(data.get("revision").asInt()).isEqualTo(2);
        assertThat(data.get("track").asString()).isEqualTo("CLINICIAN_EDUCATOR");
        assertThat(data.get("targetRoles").toString()).contains("CLERKSHIP_DIRECTOR");
        assertThat(data.has("minimumIncome")).isFalse();
        assertThat(data.has("energyAudit")).isFalse();
        assertThat(payload).doesNotContain("187500").doesNotContain("Night float").doesNotContain("Bedside teaching");
    }

    @Test
    void shouldNotAnnounceAnEditOfThePrivateFieldsOnly() {
        assertThat(api.put(ME, token, FULL_PROFILE).statusCode()).isEqualTo(200);
        String privateOnly = FULL_PROFILE.replace("187500", "150000").replace("Night float after 50", "Charting at home");

        HttpResponse<String> edited = api.put(ME, token, privateOnly);

        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(json(edited).get("minimumIncome").get("amount").asLong()).isEqualTo(150000);
        assertThat(json(edited).get("revision").asInt()).as("no new announced revision").isEqualTo(2);
        Map<?, ?> stored = mongo.findById("northbridge/" + userId, Map.class, "profiles");
        assertThat((List<?>) stored.get("outbox")).isEmpty();
    }

    @Test
    void shouldRejectBadProfileInputWithAProblemNamingTheFieldAndStoreNothing() {
        api.get(ME, token);
        Map<?, ?> before = mongo.findById("northbridge/" + userId, Map.class, "profiles");

        assertProblem(api.put(ME, token, FULL_PROFILE.replace("\"clinicalFteShare\": 0.7", "\"clinicalFteShare\": 70")),
                400, "clinicalFteShare");
        assertProblem(api.put(ME, token, FULL_PROFILE.replace("\"completedOn\": \"2025-05-30\"", "\"completedOn\": \"2023-05-30\"")),
                400, "formalTraining[0].completedOn");
        assertProblem(api.put(ME, token, FULL_PROFILE.replace("\"degree\": \"MHPE\", ", "")),
                400, "formalTraining[1].degree");
        assertProblem(api.put(ME, token, FULL_PROFILE.replace("{\"min\": 0.3, \"max\": 0.5}", "{\"min\": 0.5, \"max\": 0.3}")),
                400, "targetClinicalShare.max");
        assertProblem(api.put(ME, token, FULL_PROFILE.replace("\"PROFESSOR\"", "\"EMERITUS\"")
                .replace("ASSISTANT_PROFESSOR", "DEAN")), 400, "rank");
        assertProblem(api.put(ME, token, FULL_PROFILE.replace("\"CLERKSHIP_DIRECTOR\"", "\"ASTRONAUT\"")),
                400, "targetRoles[0]");
        assertProblem(api.put(ME, token, FULL_PROFILE.replace("\"amount\": 187500", "\"amount\": -1")),
                400, "minimumIncome.amount");
        assertProblem(api.put(ME, token, FULL_PROFILE.replace("{\"specialty\"", "{\"tenant\": \"lakeside\", \"specialty\"")),
                400, "tenant");
        assertProblem(api.put(ME, token, FULL_PROFILE.replace("{\"specialty\"", "{\"userId\": \"someone-else\", \"specialty\"")),
                400, "userId");
        assertProblem(api.put(ME, token, FULL_PROFILE.replace("{\"specialty\"", "{\"revision\": 99, \"specialty\"")),
                400, "revision");

        Map<?, ?> after = mongo.findById("northbridge/" + userId, Map.class, "profiles");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void shouldKeepOneProfilePerInstitutionForTheSameSubject() {
        api.get(ME, token);
        String elsewhere = faculty(userId, "lakeside");

        JsonNode there = json(api.get(ME, elsewhere));

        assertThat(there.get("institution").asString()).isEqualTo("lakeside");
        assertThat(api.put(ME, elsewhere, FULL_PROFILE).statusCode()).isEqualTo(200);
        assertThat(json(api.get(ME, token)).get("specialty").isNull()).as("northbridge's profile untouched").isTrue();
    }
}
