package org.pathway.portfolio.support;

import java.net.http.HttpResponse;

import org.pathway.infra.local.ServiceUnderTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP calls to the portfolio under test, its JSON, and a typical activity. */
public final class Api extends ServiceUnderTest {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public Api(int port) {
        super(port);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    public static final String TEACHING = """
            {"kind": "TEACHING", "title": "Clinical reasoning small groups", "occurredOn": "2025-09-02",
             "endedOn": "2025-12-16",
             "teaching": {"hours": 24, "learnerLevel": "MEDICAL_STUDENT", "learnerCount": 32,
                          "evaluation": {"mean": 4.4, "scale": {"min": 1, "max": 5}, "respondents": 27},
                          "comments": ["Best small group of the clerkship", "Made me think aloud"]}}""";
}
