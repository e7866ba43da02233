package org.pathway.jobposting.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.TestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP calls to the job-posting service under test with real RS256 tokens from the shared issuer. */
public record Api(int port) {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public static String faculty(String subject, String institution) {
        return TestInfrastructure.jwtIssuer().token().subject(subject).username(subject + "@" + institution + ".edu")
                .organization(institution).roles("faculty").sign();
    }

    public static String admin(String subject, String institution) {
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

    public HttpResponse<String> post(String path, String token) {
        return HttpCalls.send(HttpCalls.request(url(path), token).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    public HttpResponse<String> put(String path, String token, String json) {
        return HttpCalls.send(HttpCalls.request(url(path), token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> delete(String path, String token) {
        return HttpCalls.send(HttpCalls.request(url(path), token).DELETE().build());
    }

    /** Creates a draft as {@code adminToken} and returns its id. */
    public String draft(String adminToken, String json) {
        HttpResponse<String> created = post("/api/job-posting/admin/postings", adminToken, json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    /** Creates and publishes a posting, returning its id. */
    public String published(String adminToken, String json) {
        String id = draft(adminToken, json);
        HttpResponse<String> published = post("/api/job-posting/admin/postings/" + id + "/publish", adminToken);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** A 4xx problem (RFC 9457) whose {@code errors} name {@code field}. */
    public static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertProblem(response, status);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("errors").findValuesAsString("field")).as(response.body()).contains(field);
    }

    public static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(status);
    }
}
