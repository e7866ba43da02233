package org.pathway.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pathway.infra.local.JwtIssuer;
import org.pathway.infra.local.TestInfrastructure;
import org.pathway.kit.testapp.TestConsumers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dead letters recorded by the kit where the binder dead-letters them, read through the admin API with real tokens:
 * an institution's admin sees its own institution's only (with the payload), the platform every institution's
 * (without), members without the role nothing; a replay reaches the consumer again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterAdminIT extends KitIntegrationTest {

    private static final String TOPIC = "kit-test.poison";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    private final JwtIssuer issuer = TestInfrastructure.jwtIssuer();
    private final String key = newId();
    private final String malformed = newId();
    private final String failing = newId();
    private final String otherTenants = newId();
    private final String healthy = newId();

    @BeforeAll
    void deadLetterThreeMessages() {
        sendRaw(TOPIC, key, "{\"note\": \"broken", ceHeaders(malformed, "PoisonCommand", key));
        sendRaw(TOPIC, key, "{\"note\":\"fails\",\"fail\":true}", ceHeaders(failing, "PoisonCommand", key));
        Map<String, String> otherHeaders = new HashMap<>(ceHeaders(otherTenants, "PoisonCommand", key));
        otherHeaders.put("ce_tenant", "lakeside");
        sendRaw(TOPIC, key, "{\"note\":\"LAKESIDE-SECRET\",\"fail\":true}", otherHeaders);
        sendRaw(TOPIC, key, "{\"note\":\"fine\",\"fail\":false}", ceHeaders(healthy, "PoisonCommand", key));
        await().atMost(Duration.ofSeconds(60)).until(() -> TestConsumers.POISON_PROCESSED.contains(healthy));
    }

    @Test
    void shouldShowAnInstitutionAdminItsOwnDeadLettersWithTheFailureAndPayload() throws Exception {
        JsonNode failed = awaitDeadLetter(admin("mayo"), "/api/test/admin/dead-letters?size=100", failing).orElseThrow();
        assertThat(failed.get("topic").asString()).isEqualTo(TOPIC);
        assertThat(failed.get("deadLetterTopic").asString()).isEqualTo(TOPIC + ".dlt");
        assertThat(failed.get("group").asString()).isEqualTo(TestConsumers.GROUP);
        assertThat(failed.get("key").asString()).isEqualTo(key);
        assertThat(failed.get("eventType").asString()).isEqualTo("PoisonCommand");
        assertThat(failed.get("tenant").asString()).isEqualTo("mayo");
        assertThat(failed.get("offset").asLong()).isNotNegative();
        assertThat(failed.get("exceptionClass").asString()).isEqualTo(IllegalStateException.class.getName());
        assertThat(failed.get("exceptionMessage").asString()).isEqualTo("this handler always fails for " + failing);
        assertThat(failed.get("payloadExcerpt").asString()).contains("\"fail\":true");
        assertThat(failed.get("deadLetteredAt").asString()).isNotBlank();

        JsonNode unreadable = awaitDeadLetter(admin("mayo"), "/api/test/admin/dead-letters?size=100", malformed).orElseThrow();
        assertThat(unreadable.get("exceptionClass").asString()).endsWith("MessageConversionException");
        assertThat(unreadable.get("payloadExcerpt").asString()).isEqualTo("{\"note\": \"broken");

        JsonNode one = read(admin("mayo"), "/api/test/admin/dead-letters/" + failed.get("id").asString());
        assertThat(one.get("eventId").asString()).isEqualTo(failing);
    }

    @Test
    void shouldNeverShowAnotherInstitutionsDeadLetterToAnInstitutionAdmin() throws Exception {
        JsonNode lakeside = awaitDeadLetter(admin("lakeside"), "/api/test/admin/dead-letters?size=100", otherTenants)
                .orElseThrow();
        awaitDeadLetter(admin("mayo"), "/api/test/admin/dead-letters?size=100", failing).orElseThrow();
        JsonNode mayos = read(admin("mayo"), "/api/test/admin/dead-letters?size=100");
        assertThat(mayos.get("items").valueStream().map(item -> item.get("tenant").asString())).containsOnly("mayo");
        assertThat(mayos.toString()).doesNotContain("LAKESIDE-SECRET").doesNotContain(otherTenants);
        String id = lakeside.get("id").asString();
        mvc.perform(get("/api/test/admin/dead-letters/" + id).header("Authorization", "Bearer " + admin("mayo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/test/admin/dead-letters/" + id + "/replay").header("Authorization", "Bearer " + admin("mayo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldShowThePlatformEveryInstitutionsDeadLettersWithoutPayloads() throws Exception {
        String platform = issuer.token().roles("platform-admin").sign();
        Optional<JsonNode> lakeside = awaitDeadLetter(platform, "/api/test/admin/platform/dead-letters?size=100", otherTenants);
        Optional<JsonNode> mayo = awaitDeadLetter(platform, "/api/test/admin/platform/dead-letters?size=100", failing);
        assertThat(lakeside.orElseThrow().get("tenant").asString()).isEqualTo("lakeside");
        assertThat(mayo.orElseThrow().get("exceptionClass").asString()).isEqualTo(IllegalStateException.class.getName());
        JsonNode all = read(platform, "/api/test/admin/platform/dead-letters?size=100");
        assertThat(all.toString()).doesNotContain("LAKESIDE-SECRET").doesNotContain("always fails");
        assertThat(read(platform, "/api/test/admin/platform/dead-letters?size=100&tenant=lakeside").get("items")
                .valueStream().map(item -> item.get("tenant").asString())).containsOnly("lakeside");
        assertThat(read(platform, "/api/test/admin/platform/dead-letters/" + lakeside.get().get("id").asString())
                .get("payloadExcerpt").isNull()).isTrue();
    }

    @Test
    void shouldRefuseMembersWithoutTheAdminRoleAndInstitutionAdminsOnThePlatformList() throws Exception {
        for (String token : List.of(issuer.token().organization("mayo").roles("faculty").sign(),
                issuer.token().organization("mayo").roles("platform-admin", "faculty").sign())) {
            mvc.perform(get("/api/test/admin/dead-letters").header("Authorization", "Bearer " + token))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        // an institution admin's token (one organization) without the platform role: the platform view is closed
        mvc.perform(get("/api/test/admin/platform/dead-letters").header("Authorization", "Bearer " + admin("mayo")))
                .andExpect(status().isForbidden());
        // the platform role without an organization has no institution to see dead letters of
        mvc.perform(get("/api/test/admin/dead-letters")
                        .header("Authorization", "Bearer " + issuer.token().roles("platform-admin").sign()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/test/admin/dead-letters")).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldPageNewestFirstAndRejectAnInvalidPageSizeWithAProblem() throws Exception {
        awaitDeadLetter(admin("mayo"), "/api/test/admin/dead-letters?size=100", failing).orElseThrow();
        awaitDeadLetter(admin("mayo"), "/api/test/admin/dead-letters?size=100", malformed).orElseThrow();
        JsonNode first = read(admin("mayo"), "/api/test/admin/dead-letters?size=1&page=0");
        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode second = read(admin("mayo"), "/api/test/admin/dead-letters?size=1&page=1");
        assertThat(second.get("items").get(0).get("deadLetteredAt").asString())
                .isLessThanOrEqualTo(first.get("items").get(0).get("deadLetteredAt").asString());
        mvc.perform(get("/api/test/admin/dead-letters?size=0").header("Authorization", "Bearer " + admin("mayo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void shouldReplayADeadLetterToItsTopicSoTheConsumerSeesItAgain() throws Exception {
        String replayed = newId();
        sendRaw(TOPIC, key, "{\"note\":\"fails\",\"fail\":true}", ceHeaders(replayed, "PoisonCommand", key));
        JsonNode deadLetter = awaitDeadLetter(admin("mayo"), "/api/test/admin/dead-letters?size=100", replayed).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> TestConsumers.POISON_ATTEMPTS.get(replayed).get() == 3);

        MvcResult result = mvc.perform(post("/api/test/admin/dead-letters/" + deadLetter.get("id").asString() + "/replay")
                        .header("Authorization", "Bearer " + admin("mayo")))
                .andExpect(status().isAccepted()).andReturn();
        JsonNode replay = JSON.readTree(result.getResponse().getContentAsString());
        assertThat(replay.get("topic").asString()).isEqualTo(TOPIC);

        // The handler still fails for this payload: three more attempts, then a second dead letter of the same event.
        await().atMost(Duration.ofSeconds(60)).until(() -> TestConsumers.POISON_ATTEMPTS.get(replayed).get() == 6);
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLettersOf(admin("mayo"), replayed).size() == 2);
        assertThat(read(admin("mayo"), "/api/test/admin/dead-letters/" + deadLetter.get("id").asString())
                .get("replays").asInt()).isEqualTo(1);
    }

    private String admin(String institution) {
        return issuer.token().organization(institution).roles("institution-admin").sign();
    }

    private JsonNode read(String token, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn();
        return JSON.readTree(result.getResponse().getContentAsString());
    }

    private List<JsonNode> deadLettersOf(String token, String eventId) throws Exception {
        JsonNode page = read(token, "/api/test/admin/dead-letters?size=100");
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .filter(item -> eventId.equals(item.path("eventId").asString(null))).toList();
    }

    private Optional<JsonNode> awaitDeadLetter(String token, String path, String eventId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode page = read(token, path);
            return StreamSupport.stream(page.get("items").spliterator(), false)
                    .filter(item -> eventId.equals(item.path("eventId").asString(null))).findFirst();
        }, Optional::isPresent);
    }
}
