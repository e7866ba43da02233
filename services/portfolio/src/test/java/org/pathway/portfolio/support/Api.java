package org.pathway.portfolio.support;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.ServiceUnderTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP calls to the portfolio under test, its JSON, and a typical activity. */
public final class Api extends ServiceUnderTest {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public Api(int port) {
        super(port);
    }

    /** A multipart/form-data upload of one file in the part named {@code file}, as a browser form sends it. */
    public HttpResponse<String> upload(String path, String token, String filename, String contentType, byte[] content) {
        String boundary = "pathway-it-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpCalls.send(HttpCalls.request(url(path), token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    public HttpResponse<String> upload(String path, String token, String filename, String text) {
        return upload(path, token, filename, "text/plain", text.getBytes(StandardCharsets.UTF_8));
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
