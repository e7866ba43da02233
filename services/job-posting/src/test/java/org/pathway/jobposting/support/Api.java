package org.pathway.jobposting.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.pathway.infra.local.ServiceUnderTest;
import org.pathway.infra.local.TestInfrastructure;
import org.pathway.infra.local.Tokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP calls to the job-posting service under test, its own tokens (faculty without name or e-mail) and postings. */
public final class Api extends ServiceUnderTest {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public Api(int port) {
        super(port);
    }

    public static String faculty(String subject, String institution) {
        return TestInfrastructure.jwtIssuer().token().subject(subject).username(subject + "@" + institution + ".edu")
                .organization(institution).roles("faculty").sign();
    }

    /** What the job-posting tests call an admin: an institution admin. */
    public static String admin(String subject, String institution) {
        return Tokens.institutionAdmin(subject, institution);
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
}
