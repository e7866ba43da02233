package org.pathway.mentoringmatch.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.pathway.infra.local.ServiceUnderTest;
import org.pathway.infra.local.TestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP calls to mentoring-match under test, with the mentor tokens only it needs. */
public final class Api extends ServiceUnderTest {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public Api(int port) {
        super(port);
    }

    public static String mentor(String subject, String institution) {
        return TestInfrastructure.jwtIssuer().token().subject(subject).username(subject + "@" + institution + ".edu")
                .name("Mentor " + subject.substring(0, 8)).email(subject + "@" + institution + ".edu")
                .organization(institution).roles("faculty", "mentor").sign();
    }

    /** The JSON body of a response that must have the given status. */
    public static JsonNode expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
