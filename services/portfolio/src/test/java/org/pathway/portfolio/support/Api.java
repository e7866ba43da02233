package org.pathway.portfolio.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.TestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP calls to the portfolio under test with real RS256 tokens from the shared issuer. */
public record Api(int port) {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public static String faculty(String subject, String institution) {
        return TestInfrastructure.jwtIssuer().token().subject(subject).username(subject + "@" + institution + ".edu")
                .name("Faculty " + subject.substring(0, 8)).email(subject + "@" + institution + ".edu")
                .organization(institution).roles("faculty").sign();
    }

    public static String institutionAdmin(String subject, String institution) {
        return TestInfrastructure.jwtIssuer().token().subject(subject).username("admin@" + institution + ".edu")
                .organization(institution).roles("institution-admin").sign();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public HttpResponse<String> get(String path, String token) {
        return HttpCalls.get(url(path), token);
    }

    public HttpResponse<String> post(String path, String token, String json) {
        return HttpCalls.postJson(url(path), token, json);
    }

    public HttpResponse<String> put(String path, String token, String json) {
        return HttpCalls.send(HttpCalls.request(url(path), token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> delete(String path, String token) {
        return HttpCalls.send(HttpCalls.request(url(path), token).DELETE().build());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** A 4xx problem (RFC 9457) whose {@code errors} name {@code field}. */
    public static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("errors").findValuesAsString("field")).as(response.body()).contains(field);
    }

    public static final String TEACHING = """
            {"kind": "TEACHING", "title": "Clinical reasoning small groups", "occurredOn": "2025-09-02",
             "endedOn": "2025-12-16",
             "teaching": {"hours": 24, "learnerLevel": "MEDICAL_STUDENT", "learnerCount": 32,
                          "evaluation": {"mean": 4.4, "scale": {"min": 1, "max": 5}, "respondents": 27},
                          "comments": ["Best small group of the clerkship", "Made me think aloud"]}}""";
}
