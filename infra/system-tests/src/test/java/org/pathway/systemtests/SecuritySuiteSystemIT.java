package org.pathway.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.pathway.devstack.PlatformApp;
import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.KeycloakServer;
import org.pathway.systemtests.ApiSurface.Operation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The platform's attack surface, enumerated from the aggregated OpenAPI (every route × method of every service, plus
 * the gateway's admin APIs) and attacked with real Keycloak tokens through the gateway. Each case prints
 * {@code SECURITY <case> routes=.. tried=.. denied=.. failed=.. known-defects=..} and fails on any attempt that got
 * through, unless it is a defect already reported to its service ({@link #KNOWN_DEFECTS}, printed on every run).
 *
 * <p>Institution A is northbridge (the attacker), B is lakeside (the victim). B's resources are created for real first
 * (activity, pivot plan milestone, draft and published posting, application, saved search, mentoring request, and
 * B's own user id); ids nothing here can create (matches, dossiers, feed items and deliveries when B has none yet) are
 * random ids, which must be answered exactly like another institution's: 403 or 404. Published postings are on every
 * institution's job board by design, so only B's draft counts as B's secret there.
 *
 * <p>Coverage and sampling: cross-tenant tries every route with an id parameter as each of A's four demo users, and
 * every other GET as each of them for leaks; roles try every admin/vote/decision/round route with the faculty and
 * mentor of both institutions; every hostile token is tried on every route at the gateway and directly at the owning
 * service; mass assignment adds each of nine owner/tenant/role/status fields, one at a time, to a valid body of every
 * service write route; hostile input sends six payloads to every route that reads a body. Write bodies are valid ones
 * (hand-written where a route needs meaning, otherwise built from the route's request schema) so a denial is the
 * route's own check, not validation. A 429 from the gateway's rate limit is waited out and retried, never counted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecuritySuiteSystemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PRIVILEGED = Pattern.compile("/admin(/|$)|/votes?(/|$)|/decisions?(/|$)|/rounds(/|$)");
    private static final String A = "northbridge";
    private static final String B = "lakeside";
    private static final String B_MARKER = "LAKESIDE-PRIVATE-" + UUID.randomUUID();
    private static final String RANDOM_ID = "000000000000000000000000";
    private static final int MAX_BODY = 1024 * 1024;
    /**
     * Misses already reported to the owning service ({@code <case> <METHOD path>[ <variant>]} → the defect); see
     * {@link SecurityCase}. Remove an entry once its service is fixed.
     */
    private static final Map<String, String> KNOWN_DEFECTS = Map.of();


    private PlatformUnderTest platform;
    private List<Operation> surface;
    private final Map<String, String> aTokens = new LinkedHashMap<>();
    private final Map<String, String> bIds = new LinkedHashMap<>();
    /** B's resources as B read them right after creating them: path → body. */
    private final Map<String, String> bSnapshots = new LinkedHashMap<>();
    private String shortLivedToken;

    @BeforeAll
    void seedInstitutionB() {
        platform = PlatformUnderTest.get();
        surface = ApiSurface.of(platform);
        System.out.println("SECURITY surface " + surface.size() + " operations: " + surface);
        shortLivedToken = shortLivedAccessToken();
        for (String role : List.of("faculty", "mentor", "committee", "admin")) {
            aTokens.put(role, platform.login(role + "@" + A + ".edu"));
        }
        String bFaculty = platform.login("faculty@" + B + ".edu");
        String bAdmin = platform.login("admin@" + B + ".edu");
        String bMentor = platform.login("mentor@" + B + ".edu");
        bIds.put("facultyUserId", HostileTokens.claims(bFaculty).get("sub").asString());
        bIds.put("activity", created(post("/api/portfolio/activities", bFaculty, activity(B_MARKER)), "id"));
        JsonNode plan = JSON.readTree(post("/api/portfolio/pivot-plan/me/template", bFaculty,
                "{\"startsOn\": \"2026-01-05\"}").body());
        bIds.put("milestone", plan.path("milestones").path(0).path("id").asString(RANDOM_ID));
        bIds.put("draftPosting", created(post("/api/job-posting/admin/postings", bAdmin, posting(B_MARKER + " draft")), "id"));
        // Published postings are on the job board of every institution by design; only the draft is B's secret.
        String published = created(post("/api/job-posting/admin/postings", bAdmin, posting("Lakeside open position")), "id");
        send("POST", "/api/job-posting/admin/postings/" + published + "/publish", bAdmin, null);
        bIds.put("publishedPosting", published);
        bIds.put("application", created(post("/api/job-posting/me/applications", bFaculty, application(published)), "id"));
        bIds.put("savedSearch", created(post("/api/job-posting/me/saved-searches", bFaculty,
                "{\"name\": \"" + B_MARKER + "\", \"filter\": {\"location\": \"" + B_MARKER + "\"}}"), "id"));
        send("PUT", "/api/mentoring-match/mentors/me", bMentor, "{}");
        bIds.put("mentoringRequest", created(post("/api/mentoring-match/requests", bFaculty,
                "{\"kind\": \"LONG_TERM\", \"note\": \"" + B_MARKER + "\"}"), "id"));
        bIds.put("feedItem", firstId(send("GET", "/api/notification/feed", bAdmin, null)));
        bIds.put("delivery", firstId(send("GET", "/api/notification/admin/deliveries", bAdmin, null)));
        System.out.println("SECURITY institution B ids " + bIds);

        for (String path : List.of("/api/portfolio/activities/" + bIds.get("activity"), "/api/portfolio/pivot-plan/me",
                "/api/job-posting/me/applications/" + bIds.get("application"),
                "/api/mentoring-match/requests/" + bIds.get("mentoringRequest"))) {
            bSnapshots.put(path, readAs(bFaculty, path));
        }
        for (String path : List.of("/api/job-posting/admin/postings/" + bIds.get("draftPosting"),
                "/api/job-posting/admin/postings/" + published)) {
            bSnapshots.put(path, readAs(bAdmin, path));
        }
    }

    // --- the aggregated OpenAPI

    @Test
    @Order(0)
    void shouldPublishEveryServicesOpenApiAndSwaggerUiAtTheGatewayWithoutAToken() {
        for (PlatformApp service : platform.services) {
            HttpResponse<String> document = HttpCalls.get(platform.gatewayUrl("/v3/api-docs/" + service.name()), null);
            assertThat(document.statusCode()).as(service.name()).isEqualTo(200);
            JsonNode openApi = JSON.readTree(document.body());
            assertThat(openApi.get("openapi").asString()).startsWith("3.");
            // "Try it out" must go through the gateway, where tokens, rate limits and size limits apply.
            assertThat(openApi.at("/servers/0/url").asString()).as(service.name()).isEqualTo(platform.gatewayUrl(""));
            assertThat(openApi.get("paths").propertyNames()).as(service.name()).isNotEmpty()
                    .allSatisfy(path -> assertThat(path).startsWith("/api/" + service.name() + "/"));
        }
        JsonNode swaggerConfig = JSON.readTree(HttpCalls.get(platform.gatewayUrl("/v3/api-docs/swagger-config"), null).body());
        assertThat(swaggerConfig.get("urls").findValuesAsString("url")).containsExactlyInAnyOrderElementsOf(
                platform.services.stream().map(service -> "/v3/api-docs/" + service.name()).toList());
        HttpResponse<String> swaggerUi = HttpCalls.get(platform.gatewayUrl("/webjars/swagger-ui/index.html"), null);
        assertThat(swaggerUi.statusCode()).isEqualTo(200);
        assertThat(swaggerUi.body()).contains("swagger-ui");
    }

    // --- cross-tenant

    @Test
    @Order(1)
    void shouldDenyEveryRouteOnAnotherInstitutionsIdsAndLeakAndWriteNothing() {
        SecurityCase byId = new SecurityCase("cross-tenant", KNOWN_DEFECTS);
        SecurityCase lists = new SecurityCase("cross-tenant-no-id-reads", KNOWN_DEFECTS);
        for (Operation operation : surface) {
            if (operation.streams()) {
                continue;
            }
            boolean addressesB = operation.parameters().stream().anyMatch(this::isIdentifier);
            for (Map.Entry<String, String> attacker : aTokens.entrySet()) {
                if (addressesB) {
                    HttpResponse<String> response = send(operation.method(), operation.path(parameter -> bValue(operation, parameter)),
                            attacker.getValue(), operation.hasBody() ? validBody(operation) : null);
                    byId.expect(operation, attacker.getKey(), response.statusCode(),
                            (response.statusCode() == 403 || response.statusCode() == 404) && !leaks(response),
                            "got " + response.statusCode() + " " + abbreviated(response.body()));
                } else if (!operation.writes()) {
                    HttpResponse<String> response = send("GET", operation.path(parameter -> bValue(operation, parameter)), attacker.getValue(), null);
                    lists.expect(operation, attacker.getKey(), response.statusCode(),
                            response.statusCode() < 500 && !leaks(response),
                            "got " + response.statusCode() + " " + abbreviated(response.body()));
                }
            }
        }
        System.out.println("SECURITY cross-tenant id routes " + byId.routes());
        String bFaculty = platform.login("faculty@" + B + ".edu");
        String bAdmin = platform.login("admin@" + B + ".edu");
        bSnapshots.forEach((path, before) -> assertThat(readAs(path.contains("/admin/") ? bAdmin : bFaculty, path))
                .as("B's " + path + " after A's attempts").isEqualTo(before));
        SecurityCase.report(byId, lists);
    }

    // --- roles

    @Test
    @Order(2)
    void shouldRefuseFacultyAndMentorsOnAdminVoteDecisionAndRoundRoutes() {
        SecurityCase roles = new SecurityCase("roles", KNOWN_DEFECTS);
        Map<String, String> tokens = Map.of("faculty@" + A, aTokens.get("faculty"), "mentor@" + A, aTokens.get("mentor"),
                "faculty@" + B, platform.login("faculty@" + B + ".edu"), "mentor@" + B, platform.login("mentor@" + B + ".edu"));
        for (Operation operation : surface) {
            if (!PRIVILEGED.matcher(operation.path()).find()) {
                continue;
            }
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                HttpResponse<String> response = send(operation.method(), operation.path(parameter -> bValue(operation, parameter)),
                        token.getValue(), operation.hasBody() ? validBody(operation) : null);
                roles.expect(operation, token.getKey(), response.statusCode(), response.statusCode() == 403,
                        "got " + response.statusCode() + " " + abbreviated(response.body()));
            }
        }
        System.out.println("SECURITY roles privileged routes " + roles.routes());
        SecurityCase.report(roles);
    }

    // --- mass assignment

    @Test
    @Order(3)
    void shouldNeverBindTenantOwnerRoleOrStatusFromABody() {
        SecurityCase massAssignment = new SecurityCase("mass-assignment", KNOWN_DEFECTS);
        Map<String, String> smuggled = Map.of("tenant", B, "institution", B, "institutionId", B, "owner", "smuggled-owner",
                "ownerId", "smuggled-owner", "userId", "smuggled-owner", "role", "platform-admin", "roles",
                "platform-admin", "status", "PUBLISHED");
        for (Operation operation : surface) {
            if (!operation.hasBody() || operation.service().equals("gateway")) {
                continue;
            }
            for (Map.Entry<String, String> field : smuggled.entrySet()) {
                ObjectNode body = (ObjectNode) JSON.readTree(validBody(operation));
                if (field.getKey().startsWith("role")) {
                    body.putArray(field.getKey()).add(field.getValue());
                } else {
                    body.put(field.getKey(), field.getValue());
                }
                HttpResponse<String> response = send(operation.method(), operation.path(this::ownValue),
                        tokenFor(operation), JSON.writeValueAsString(body));
                boolean refused = response.statusCode() >= 400 && response.statusCode() < 500 && isProblem(response);
                boolean ignored = response.statusCode() < 300 && !bound(response, field.getKey(), field.getValue());
                massAssignment.expect(operation, field.getKey(), response.statusCode(), refused || ignored,
                        response.statusCode() + " " + abbreviated(response.body()));
            }
        }
        SecurityCase.report(massAssignment);
    }

    // --- hostile input

    @Test
    @Order(4)
    void shouldAnswerHostileInputAtEveryWriteRouteWithAProblemAndNever5xx() {
        SecurityCase hostile = new SecurityCase("hostile-input", KNOWN_DEFECTS);
        Map<String, Function<Operation, String>> payloads = new LinkedHashMap<>();
        payloads.put("broken-json", operation -> "{\"title\": \"unterminated");
        payloads.put("over-1MB", operation -> "{\"title\": \"" + "x".repeat(MAX_BODY + 1024) + "\"}");
        payloads.put("dollar-operator-keys", operation -> {
            ObjectNode body = (ObjectNode) JSON.readTree(validBody(operation));
            body.putObject("$where").put("$ne", "");
            body.putObject("$set").put("tenant", B);
            return JSON.writeValueAsString(body);
        });
        payloads.put("dollar-operator-values", operation -> dollarValues(validBody(operation)));
        payloads.put("wrong-types", operation -> wrongTypes(validBody(operation)));
        payloads.put("array-root", operation -> "[{\"title\": 1}]");
        for (Operation operation : surface) {
            if (!operation.hasBody()) {
                continue;
            }
            for (Map.Entry<String, Function<Operation, String>> payload : payloads.entrySet()) {
                HttpResponse<String> response = send(operation.method(), operation.path(this::ownValue),
                        tokenFor(operation), payload.getValue().apply(operation));
                hostile.expect(operation, payload.getKey(), response.statusCode(),
                        response.statusCode() >= 400 && response.statusCode() < 500 && isProblem(response),
                        response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("") + " "
                                + abbreviated(response.body()));
            }
        }
        SecurityCase.report(hostile);
    }

    // --- tokens

    @Test
    @Order(5)
    void shouldAnswerEveryHostileTokenWith401OnEveryRouteAtTheGatewayAndAtEachService() {
        JsonNode tokens = platform.tokens(KeycloakServer.PATHWAY_REALM, "pathway-cli", "admin@" + A + ".edu", "pathway",
                "openid");
        String otherAudience = platform.tokens(KeycloakServer.PATHWAY_REALM, "admin-cli", "admin@" + A + ".edu", "pathway",
                null).get("access_token").asString();
        assertThat(HostileTokens.claims(otherAudience).path("aud").toString()).doesNotContain("pathway-api");
        Instant expiredAt = Instant.ofEpochSecond(HostileTokens.claims(shortLivedToken).get("exp").asLong());
        // Beyond the 30 s clock skew of the gateway and of every service.
        await().atMost(Duration.ofSeconds(45)).until(() -> Instant.now().isAfter(expiredAt.plusSeconds(31)));
        Map<String, String> hostileTokens = HostileTokens.all(platform, tokens.get("access_token").asString(),
                tokens.get("id_token").asString(), otherAudience, platform.masterAdminToken(), shortLivedToken);

        SecurityCase atGateway = new SecurityCase("tokens-gateway", KNOWN_DEFECTS);
        SecurityCase atServices = new SecurityCase("tokens-service", KNOWN_DEFECTS);
        Map<String, String> serviceUrls = new LinkedHashMap<>();
        platform.services.forEach(service -> serviceUrls.put(service.name(), service.baseUrl()));
        for (Operation operation : surface) {
            String path = operation.path(parameter -> bValue(operation, parameter));
            for (Map.Entry<String, String> token : hostileTokens.entrySet()) {
                HttpResponse<String> viaGateway = HttpCalls.send(request(operation.method(), platform.gatewayUrl(path),
                        token.getValue(), operation.writes() ? "{}" : null));
                atGateway.expect(operation, token.getKey(), viaGateway.statusCode(),
                        viaGateway.statusCode() == 401 && isProblem(viaGateway), "got " + viaGateway.statusCode());
                if (serviceUrls.containsKey(operation.service())) {
                    HttpResponse<String> direct = HttpCalls.send(request(operation.method(),
                            serviceUrls.get(operation.service()) + path, token.getValue(), operation.writes() ? "{}" : null));
                    atServices.expect(operation, token.getKey(), direct.statusCode(),
                            direct.statusCode() == 401 && isProblem(direct), "got " + direct.statusCode());
                }
            }
        }
        System.out.println("SECURITY tokens kinds " + hostileTokens.keySet());
        // The control: the same user's genuine token is not refused on the same routes, so the 401s above are the tokens'.
        HttpResponse<String> genuine = send("GET", "/api/portfolio/activities", tokens.get("access_token").asString(), null);
        assertThat(genuine.statusCode()).isNotEqualTo(401);
        SecurityCase.report(atGateway, atServices);
    }

    // --- what the cases share

    /** Path parameters that name a resource (as opposed to a category, track, rank or version of the caller's own). */
    private boolean isIdentifier(String parameter) {
        return parameter.equals("id") || parameter.endsWith("Id") || parameter.equals("alias");
    }

    /** B's resource for the parameter, judged by the route it appears in. */
    private String bValue(Operation operation, String parameter) {
        String path = operation.path();
        return switch (parameter) {
            case "userId", "facultyId" -> bIds.get("facultyUserId");
            case "activityId" -> bIds.get("activity");
            case "milestoneId" -> bIds.get("milestone");
            case "postingId" -> bIds.get("publishedPosting");
            case "alias" -> B;
            case "id" -> path.contains("/postings/") ? bIds.get("draftPosting")
                    : path.contains("/applications/") ? bIds.get("application")
                    : path.contains("/saved-searches/") ? bIds.get("savedSearch")
                    : path.contains("/requests/") ? bIds.get("mentoringRequest")
                    : path.contains("/activities/") ? bIds.get("activity")
                    : path.contains("/feed/") ? bIds.get("feedItem")
                    : path.contains("/deliveries/") ? bIds.get("delivery")
                    : RANDOM_ID;
            default -> scopeValue(parameter);
        };
    }

    /** Values for routes exercised as the caller on its own data: random ids, valid categories. */
    private String ownValue(String parameter) {
        return isIdentifier(parameter) ? (parameter.equals("alias") ? A : RANDOM_ID) : scopeValue(parameter);
    }

    private static String scopeValue(String parameter) {
        return switch (parameter) {
            case "track" -> "CLINICIAN_EDUCATOR";
            case "targetRank" -> "ASSOCIATE";
            case "version" -> "1";
            case "category" -> "JOBS";
            case "role" -> "faculty";
            default -> RANDOM_ID;
        };
    }

    private String tokenFor(Operation operation) {
        String path = operation.path();
        return path.contains("/admin/") ? aTokens.get("admin")
                : path.contains("/mentors/") || path.contains("/matches/") ? aTokens.get("mentor")
                : aTokens.get("faculty");
    }

    /** A body the route accepts when it addresses the caller's own data, so a denial is the tenancy's, not validation's. */
    private String validBody(Operation operation) {
        String route = operation.method() + " " + operation.path();
        return switch (route) {
            case "POST /api/portfolio/activities" -> activity("Attacker's title");
            case "PUT /api/portfolio/activities/{id}" -> activity("Attacker's title").replace("\"kind\": \"TEACHING\", ", "");
            case "POST /api/job-posting/admin/postings", "PUT /api/job-posting/admin/postings/{id}" -> posting("Attacker");
            case "POST /api/job-posting/me/applications" -> application(RANDOM_ID);
            case "POST /api/job-posting/admin/applications/{id}/stage" -> "{\"stage\": \"UNDER_REVIEW\"}";
            case "POST /api/job-posting/me/saved-searches" -> "{\"name\": \"x\", \"filter\": {\"location\": \"x\"}}";
            case "PUT /api/portfolio/pivot-plan/me/milestones/{milestoneId}/status" -> "{\"status\": \"DONE\"}";
            case "POST /api/portfolio/pivot-plan/me/template" -> "{\"startsOn\": \"2026-01-05\"}";
            case "POST /api/mentoring-match/requests" -> "{\"kind\": \"LONG_TERM\"}";
            case "POST /api/mentoring-match/requests/{id}/proposals" -> "{\"mentorId\": \"" + RANDOM_ID + "\"}";
            case "POST /api/mentoring-match/matches/{id}/decline" -> "{\"reason\": \"Attacker\"}";
            case "POST /api/mentoring-match/matches/{id}/information-requests" -> "{\"question\": \"Attacker?\"}";
            case "POST /api/mentoring-match/matches/{id}/answer" -> "{\"answer\": \"Attacker\"}";
            case "POST /api/promotion-review/dossiers/{id}/letters" -> "{\"writerName\": \"A. Writer\", "
                    + "\"writerEmail\": \"writer@example.edu\", \"deadline\": \"" + Instant.now().plus(Duration.ofDays(30)) + "\"}";
            // The attacker's own committee member, so only the dossier (B's or none) can be what is refused.
            case "POST /api/promotion-review/admin/dossiers/{id}/chair" -> "{\"memberId\": \""
                    + HostileTokens.claims(aTokens.get("committee")).get("sub").asString() + "\"}";
            default -> operation.example();
        };
    }

    private static String activity(String title) {
        return "{\"kind\": \"TEACHING\", \"title\": \"" + title + "\", \"occurredOn\": \"2025-09-02\","
                + " \"teaching\": {\"hours\": 6, \"learnerLevel\": \"MEDICAL_STUDENT\", \"learnerCount\": 12}}";
    }

    private static String posting(String title) {
        return """
                {"title": "%s", "roleType": "ASSOCIATE_PROGRAM_DIRECTOR",
                 "location": {"text": "Lakeside", "workplace": "ON_SITE"}, "clinicalShare": {"min": 40, "max": 40},
                 "compensation": {"min": 240000, "max": 275000, "currency": "USD"}, "nightsWeekends": false}"""
                .formatted(title);
    }

    private static String application(String postingId) {
        return "{\"postingId\": \"" + postingId + "\", \"coverLetter\": \"" + B_MARKER + "\", \"cvSnapshotId\": \"cv-snapshot-0001\"}";
    }

    /** Every string value of the body replaced by a Mongo query operator object. */
    private static String dollarValues(String validBody) {
        ObjectNode body = (ObjectNode) JSON.readTree(validBody);
        List<String> names = new ArrayList<>(body.propertyNames());
        names.forEach(name -> body.putObject(name).put("$gt", ""));
        if (names.isEmpty()) {
            body.putObject("title").put("$gt", "");
        }
        return JSON.writeValueAsString(body);
    }

    /** Strings become numbers, everything else a string: each field of the right name with the wrong type. */
    private static String wrongTypes(String validBody) {
        ObjectNode body = (ObjectNode) JSON.readTree(validBody);
        List<String> names = new ArrayList<>(body.propertyNames());
        for (String name : names) {
            if (body.get(name).isString()) {
                body.put(name, 12345);
            } else {
                body.put(name, "not-a-" + body.get(name).getNodeType().name().toLowerCase());
            }
        }
        if (names.isEmpty()) {
            body.put("title", 12345).putArray("kind").add(true);
        }
        return JSON.writeValueAsString(body);
    }

    private boolean leaks(HttpResponse<String> response) {
        String body = response.body();
        return body.contains(B_MARKER) || bIds.entrySet().stream()
                .filter(entry -> !entry.getKey().equals("publishedPosting") && !entry.getValue().equals(RANDOM_ID)
                        && response.statusCode() < 300)
                .anyMatch(entry -> body.contains(entry.getValue()));
    }

    /** Whether a 2xx answer shows the smuggled value stored in the smuggled field. */
    private static boolean bound(HttpResponse<String> response, String field, String value) {
        if (response.body().isBlank()) {
            return false;
        }
        JsonNode stored = JSON.readTree(response.body()).findValue(field);
        return stored != null && stored.toString().contains(value);
    }

    private static boolean isProblem(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static String firstId(HttpResponse<String> list) {
        JsonNode items = list.statusCode() == 200 ? JSON.readTree(list.body()) : JSON.createArrayNode();
        JsonNode first = items.isArray() ? items.path(0) : items.findValue("items") != null ? items.findValue("items").path(0)
                : JSON.createObjectNode();
        return first.path("id").asString(RANDOM_ID);
    }

    private static String created(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isIn(200, 201);
        return JSON.readTree(response.body()).get(field).asString();
    }

    private String readAs(String token, String path) {
        HttpResponse<String> response = send("GET", path, token, null);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> post(String path, String token, String json) {
        return send("POST", path, token, json);
    }

    /** A call through the gateway; a 429 (the gateway's per-user budget) is waited out and retried, never counted. */
    private HttpResponse<String> send(String method, String path, String token, String json) {
        while (true) {
            HttpResponse<String> response = HttpCalls.send(request(method, platform.gatewayUrl(path), token, json));
            if (response.statusCode() != 429) {
                return response;
            }
            long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
            try {
                Thread.sleep(Duration.ofSeconds(seconds).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static HttpRequest request(String method, String url, String token, String json) {
        // Generous: on a loaded CI machine a slow answer is not a security result; a wrong one is.
        HttpRequest.Builder builder = HttpCalls.request(url, token).timeout(Duration.ofSeconds(90));
        if (json == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /**
     * A real access token that expires one second after it is issued: a password grant of a public client created for
     * this suite with that token lifespan (and the pathway-api audience, so expiry is the only thing wrong with it).
     */
    private String shortLivedAccessToken() {
        String client = """
                {"clientId": "security-suite-short-lived", "publicClient": true, "directAccessGrantsEnabled": true,
                 "standardFlowEnabled": false, "attributes": {"access.token.lifespan": "1"},
                 "defaultClientScopes": ["profile", "roles", "basic", "email", "organization"],
                 "protocolMappers": [{"name": "audience pathway-api", "protocol": "openid-connect",
                   "protocolMapper": "oidc-audience-mapper",
                   "config": {"included.custom.audience": "pathway-api", "access.token.claim": "true",
                              "id.token.claim": "false"}}]}""";
        HttpResponse<String> createdClient = HttpCalls.postJson(platform.keycloakAdmin("/clients"),
                platform.masterAdminToken(), client);
        assertThat(createdClient.statusCode()).as(createdClient.body()).isIn(201, 409);
        String token = platform.tokens(KeycloakServer.PATHWAY_REALM, "security-suite-short-lived", "faculty@" + A + ".edu",
                "pathway", null).get("access_token").asString();
        JsonNode claims = HostileTokens.claims(token);
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isLessThanOrEqualTo(5);
        assertThat(claims.path("aud").toString()).contains("pathway-api");
        return token;
    }
}
