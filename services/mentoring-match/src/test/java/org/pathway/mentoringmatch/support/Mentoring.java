package org.pathway.mentoringmatch.support;

import static org.pathway.mentoringmatch.support.Api.expect;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;

/** The service's API in the words of the tests: opt in as a mentor, ask for mentoring, propose, answer. */
public record Mentoring(Api api) {

    /** A window from tomorrow on, long enough for several conversations. */
    public static String availability() {
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        return "[{\"start\": \"" + start + "\", \"end\": \"" + start.plus(Duration.ofHours(3)) + "\"}]";
    }

    /**
     * A mentee whose portfolio profile has arrived, as the {@code mentees} projection holds it: an assistant professor
     * with these niches and target roles.
     */
    public static void menteeProfile(MongoTemplate mongo, String institution, String userId, List<String> niches,
            List<String> targetRoles) {
        mongo.getCollection("mentees").insertOne(new Document("_id", institution + ":" + userId)
                .append("tenant", institution).append("userId", userId).append("rank", "ASSISTANT_PROFESSOR")
                .append("nicheTags", niches).append("targetRoles", targetRoles)
                .append("revision", 1).append("openRequests", 0));
    }

    public JsonNode optIn(String mentorToken, int capacity, boolean acceptsExternal, String niches, String roles) {
        return expect(api.put("/api/mentoring-match/mentors/me", mentorToken, """
                {"roles": %s, "rank": "PROFESSOR", "niches": %s, "capacity": %d, "availability": %s,
                 "acceptedKinds": ["ADVICE_CONVERSATION", "LONG_TERM", "PROMOTION_COACHING", "SPONSORSHIP"],
                 "acceptsExternal": %b}""".formatted(roles, niches, capacity, availability(), acceptsExternal)), 200);
    }

    public JsonNode optIn(String mentorToken, int capacity) {
        return optIn(mentorToken, capacity, false, "[\"Assessment\"]", "[\"CLERKSHIP_DIRECTOR\"]");
    }

    public JsonNode request(String menteeToken, String kind, boolean openToExternal) {
        String prep = kind.equals("ADVICE_CONVERSATION") ? """
                , "prep": {"done": "Ran two feedback workshops for clerkship students",
                           "directions": ["Clerkship leadership", "Assessment scholarship"],
                           "ask": "What is the next concrete step you would take in the next 6-12 months?"}""" : "";
        return expect(api.post("/api/mentoring-match/requests", menteeToken,
                "{\"kind\": \"" + kind + "\", \"openToExternal\": " + openToExternal + prep + "}"), 201);
    }

    public JsonNode propose(String menteeToken, String requestId, String mentorId) {
        return expect(api.post("/api/mentoring-match/requests/" + requestId + "/proposals", menteeToken,
                "{\"mentorId\": \"" + mentorId + "\"}"), 201);
    }

    public JsonNode request(String menteeToken, String requestId) {
        return expect(api.get("/api/mentoring-match/requests/" + requestId, menteeToken), 200);
    }
}
