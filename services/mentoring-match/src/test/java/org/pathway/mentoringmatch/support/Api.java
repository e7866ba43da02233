package org.pathway.mentoringmatch.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.TestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP calls to mentoring-match under test with real RS256 tokens from the shared issuer. */
public record Api(int port) {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public static String faculty(String subject, String institution) {
        return TestInfrastructure.jwtIssuer().token().subject(subject).username(subject + "@" + institution + ".edu")
                .name("Faculty " + subject.substring(0, 8)).email(subject + "@" + institution + ".edu")
                .organization(institution).roles("faculty").sign();
    }

    public static String mentor(String subject, String institution) {
        return TestInfrastructure.jwtIssuer().token().subject(subject).username(subject + "@" + institution + ".edu")
                .name("Mentor " + subject.substring(0, 8)).email(subject + "@" + institution + ".edu")
                .organization(institution).roles("faculty", "mentor").sign();
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

    /** The JSON body of a response that must have the given status. */
    public static JsonNode expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    /** A problem (RFC 9457) with this status; with {@code field}, its {@code errors} name it. */
    public static JsonNode assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (field != null) {
            assertThat(problem.get("errors").findValuesAsString("field")).as(response.body()).contains(field);
        }
        return problem;
    }
}
