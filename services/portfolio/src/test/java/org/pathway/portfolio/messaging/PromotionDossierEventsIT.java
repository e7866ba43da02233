package org.pathway.portfolio.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.infra.local.KafkaEvents;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.infra.local.Tokens;
import org.pathway.portfolio.support.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** DossierDecided from the real broker promotes the candidate's profile in the deciding institution, once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class PromotionDossierEventsIT {

    private static final String TOPIC = "promotion.dossiers";
    private static final String DECIDED = "org.pathway.promotion-review.DossierDecided.v1";
    private static final String ME = "/api/portfolio/profile/me";

    @LocalServerPort
    int port;

    private final String candidate = UUID.randomUUID().toString();

    @Test
    void shouldPromoteTheProfileOnceAndAnnounceItIgnoringDuplicatesOtherOutcomesAndOtherInstitutions() {
        Api api = new Api(port);
        String northbridge = Tokens.faculty(candidate, "northbridge");
        String lakeside = Tokens.faculty(candidate, "lakeside");
        api.get(ME, northbridge);
        api.get(ME, lakeside);
        // Every event of this test shares one key, so they are consumed in the order sent and the last one tells
        // when all the earlier ones were processed.
        String key = UUID.randomUUID().toString();
        ObjectNode promoted = decision(key, "PROMOTED", "ASSOCIATE", "CLINICIAN_EDUCATOR");
        String eventId = UUID.randomUUID().toString();

        publish(key, eventId, DECIDED, "northbridge", promoted);
        JsonNode afterPromotion = awaitProfile(api, northbridge, p -> "ASSOCIATE_PROFESSOR".equals(text(p, "rank")));
        publish(key, eventId, DECIDED, "northbridge", promoted);
        publish(key, UUID.randomUUID().toString(), DECIDED, "northbridge", promoted.deepCopy()
                .put("decidedAt", Instant.now().toString()));
        publish(key, UUID.randomUUID().toString(), DECIDED, "northbridge",
                decision(UUID.randomUUID().toString(), "NOT_PROMOTED", "FULL", "CLINICAL"));
        publish(key, UUID.randomUUID().toString(), "org.pathway.promotion-review.DossierSubmitted.v1", "northbridge",
                (ObjectNode) Api.json(EventContracts.example("promotion-review", "DossierSubmitted", 1)));
        publish(key, UUID.randomUUID().toString(), DECIDED, "lakeside",
                decision(UUID.randomUUID().toString(), "PROMOTED", "FULL", "RESEARCH").put("candidateId", "nobody-here"));
        publish(key, UUID.randomUUID().toString(), DECIDED, "northbridge",
                decision(UUID.randomUUID().toString(), "PROMOTED", "FULL", "RESEARCH"));
        JsonNode afterSecond = awaitProfile(api, northbridge, p -> "PROFESSOR".equals(text(p, "rank")));

        assertThat(text(afterPromotion, "track")).isEqualTo("CLINICIAN_EDUCATOR");
        assertThat(afterPromotion.get("revision").asInt()).as("enrolment, then the promotion").isEqualTo(2);
        assertThat(afterSecond.get("revision").asInt())
                .as("the duplicates, the refusal and the other event changed nothing; the next promotion did")
                .isEqualTo(3);
        assertThat(text(afterSecond, "track")).isEqualTo("RESEARCH_TENURE");
        assertThat(KafkaEvents.await("portfolio.profiles", candidate, "org.pathway.portfolio.ProfileUpdated.v1", 4)
                .stream().map(KafkaEvents::payload).filter(p -> p.contains("\"ASSOCIATE_PROFESSOR\"")))
                .as("one announcement of the first promotion").hasSize(1);
        JsonNode otherInstitution = Api.json(api.get(ME, lakeside));
        assertThat(text(otherInstitution, "rank")).as("the candidate's profile elsewhere is untouched").isNull();
        assertThat(otherInstitution.get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void shouldIgnoreADecisionFromAnInstitutionWhereTheCandidateHasNoProfile() {
        Api api = new Api(port);
        String northbridge = Tokens.faculty(candidate, "northbridge");
        api.get(ME, northbridge);
        String key = UUID.randomUUID().toString();

        publish(key, UUID.randomUUID().toString(), DECIDED, "lakeside",
                decision(key, "PROMOTED", "FULL", "CLINICAL"));
        publish(key, UUID.randomUUID().toString(), DECIDED, "northbridge",
                decision(UUID.randomUUID().toString(), "PROMOTED", "ASSISTANT", "CLINICAL"));
        JsonNode profile = awaitProfile(api, northbridge, p -> "ASSISTANT_PROFESSOR".equals(text(p, "rank")));

        assertThat(profile.get("revision").asInt()).as("lakeside's decision did not reach northbridge").isEqualTo(2);
        assertThat(Api.json(api.get(ME, Tokens.faculty(candidate, "lakeside"))).get("revision").asInt())
                .as("a profile enrolled in lakeside only now, untouched by the earlier decision").isEqualTo(1);
    }

    private ObjectNode decision(String dossierId, String outcome, String rank, String track) {
        ObjectNode payload = (ObjectNode) Api.json(EventContracts.example("promotion-review", "DossierDecided", 1));
        return payload.put("dossierId", dossierId).put("candidateId", candidate).put("outcome", outcome)
                .put("targetRank", rank).put("track", track);
    }

    private static void publish(String key, String eventId, String type, String tenant, ObjectNode payload) {
        if (DECIDED.equals(type)) {
            EventContracts.assertConforms("promotion-review", "DossierDecided", 1, payload.toString());
        }
        KafkaEvents.publish(TOPIC, key, eventId, type, "/pathway/promotion-review", tenant, payload.toString());
    }

    private static String text(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull() ? null : node.get(field).asString();
    }

    private static JsonNode awaitProfile(Api api, String token, Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonNode profile = null;
        while (Instant.now().isBefore(deadline)) {
            profile = Api.json(api.get(ME, token));
            if (condition.test(profile)) {
                return profile;
            }
            LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
        }
        throw new AssertionError("the profile did not reach the expected state within 30 s: " + profile);
    }
}
