package org.pathway.proofs;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.ServiceUnderTest;

/**
 * The portfolio's activity API as the proofs drive it: teaching sessions recorded, then revised (one event each). Writes
 * wait up to two minutes: with the broker down a write is slow (it waits for the publish), and a slow acknowledged write
 * is what the fault tests are about, not a failure.
 */
final class Activities extends ServiceUnderTest {

    private static final String PATH = "/api/portfolio/activities";
    private static final String TEACHING = "\"occurredOn\":\"2025-09-02\",\"teaching\":{\"hours\":6,"
            + "\"learnerLevel\":\"MEDICAL_STUDENT\",\"learnerCount\":12}";

    Activities(int port) {
        super(port);
    }

    /** Records a teaching session (its event: ActivityRecorded, revision 1); returns the activity id. */
    String record(String token, String title) {
        HttpResponse<String> response = send(HttpCalls.request(url(PATH), token),
                "{\"kind\":\"TEACHING\",\"title\":\"" + title + "\"," + TEACHING + "}", "POST");
        expect(response, 201);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Revises its title (its event: ActivityRevised with the next revision). */
    void revise(String token, String id, String title) {
        expect(send(HttpCalls.request(url(PATH + "/" + id), token), "{\"title\":\"" + title + "\"," + TEACHING + "}", "PUT"),
                200);
    }

    HttpResponse<String> mine(String token) {
        return get(PATH, token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String json, String method) {
        return HttpCalls.send(request.timeout(Duration.ofMinutes(2)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + " from " + response.request().uri() + ", got "
                    + response.statusCode() + ": " + response.body());
        }
    }
}
