package org.pathway.infra.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Assertions on the RFC 9457 problems every service answers errors with (the kit's problem details). */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /** A problem with this status, as {@code application/problem+json}; returns it. */
    public static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    /** A problem with this status whose {@code errors} name {@code field} (not checked when it is null). */
    public static JsonNode assertProblem(HttpResponse<String> response, int status, String field) {
        JsonNode problem = assertProblem(response, status);
        if (field != null) {
            assertThat(problem.get("errors").findValuesAsString("field")).as(response.body()).contains(field);
        }
        return problem;
    }
}
