package org.pathway.promotionreview.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.TestInfrastructure;

import tools.jackson.databind.JsonNode;

/** HTTP calls to promotion-review under test with real RS256 tokens from the shared issuer. */
public record Api(int port) {

    public static String faculty(String subject, String institution) {
        return TestInfrastructure.jwtIssuer().token().subject(subject).organization(institution).roles("faculty").sign();
    }

    public static String institutionAdmin(String subject, String institution) {
        return TestInfrastructure.jwtIssuer().token().subject(subject).organization(institution)
                .roles("institution-admin").sign();
    }

    /** A committee member of {@code institution} whose token carries {@code name} (co-authorship is judged on it). */
    public static String committee(String subject, String name, String institution) {
        return TestInfrastructure.jwtIssuer().token().subject(subject).name(name).organization(institution)
                .roles("committee").sign();
    }

    public HttpResponse<String> get(String path, String token) {
        return HttpCalls.get(url(path), token);
    }

    public HttpResponse<String> post(String path, String token, String json) {
        return HttpCalls.send(HttpCalls.request(url(path), token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A command named by its path alone (no body); {@code token} may be null for public paths. */
    public HttpResponse<String> post(String path, String token) {
        return HttpCalls.post(url(path), token);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return Events.JSON.readTree(response.body());
    }

    /** A 400 problem (RFC 9457) whose {@code errors} name every one of {@code fields}. */
    public static void assertFieldProblem(HttpResponse<String> response, String... fields) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsString("field")).as(response.body()).contains(fields);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
