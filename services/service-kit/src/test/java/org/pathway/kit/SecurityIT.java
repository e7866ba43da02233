package org.pathway.kit;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.pathway.infra.local.JwtIssuer;
import org.pathway.infra.local.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

class SecurityIT extends KitIntegrationTest {

    @Autowired
    MockMvc mvc;

    private final JwtIssuer issuer = TestInfrastructure.jwtIssuer();

    private ResultActions getMe(String token) throws Exception {
        return mvc.perform(get("/api/test/me").header("Authorization", "Bearer " + token));
    }

    private static void isUnauthorizedProblem(ResultActions result) throws Exception {
        result.andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void shouldAnswerMissingTokenWith401ProblemNotRedirect() throws Exception {
        isUnauthorizedProblem(mvc.perform(get("/api/test/me")));
    }

    @Test
    void shouldRejectTokenForAnotherAudience() throws Exception {
        isUnauthorizedProblem(getMe(issuer.token().organization("mayo").audience("other-api").sign()));
    }

    @Test
    void shouldRejectTokenExpiredBeyondClockSkew() throws Exception {
        isUnauthorizedProblem(getMe(issuer.token().organization("mayo")
                .issuedAt(Instant.now().minus(Duration.ofMinutes(10))).expiresIn(Duration.ofMinutes(9)).sign()));
    }

    @Test
    void shouldAcceptTokenExpiredWithinClockSkew() throws Exception {
        getMe(issuer.token().organization("mayo").issuedAt(Instant.now().minus(Duration.ofMinutes(5)))
                .expiresIn(Duration.ofMinutes(5).minusSeconds(10)).sign()).andExpect(status().isOk());
    }

    @Test
    void shouldRejectTokenFromAnotherIssuer() throws Exception {
        isUnauthorizedProblem(getMe(issuer.token().organization("mayo")
                .issuer("http://127.0.0.1:1/realms/other").sign()));
    }

    @Test
    void shouldRefuseACallerWithoutTheRuleRoleBeforeReadingTheBody() throws Exception {
        String brokenBody = "{\"choice\": ";
        mvc.perform(post("/api/test/committee/votes").contentType(MediaType.APPLICATION_JSON).content(brokenBody)
                        .header("Authorization", "Bearer " + issuer.token().organization("mayo").roles("faculty").sign()))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        mvc.perform(post("/api/test/committee/votes").contentType(MediaType.APPLICATION_JSON).content(brokenBody)
                        .header("Authorization", "Bearer " + issuer.token().organization("mayo").roles("committee").sign()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/test/committee/votes").contentType(MediaType.APPLICATION_JSON).content("{\"choice\": \"yes\"}")
                        .header("Authorization", "Bearer " + issuer.token().roles("committee").sign()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/test/committee/votes").contentType(MediaType.APPLICATION_JSON).content("{\"choice\": \"yes\"}")
                        .header("Authorization", "Bearer " + issuer.token().organization("mayo").roles("committee").sign()))
                .andExpect(status().isCreated());
    }

    @Test
    void shouldRejectTokensWithBadSignatures() throws Exception {
        isUnauthorizedProblem(getMe(issuer.token().organization("mayo").signWithForeignKeySameKid()));
        isUnauthorizedProblem(getMe(issuer.token().organization("mayo").signWithUnknownKid()));
        isUnauthorizedProblem(getMe(issuer.token().organization("mayo").signUnsecured()));
        isUnauthorizedProblem(getMe(issuer.token().organization("mayo").signHs256WithPublicKey()));
    }

    @Test
    void shouldReadCallerAndTenantFromValidToken() throws Exception {
        getMe(issuer.token().subject("user-1").username("ada").email("ada@mayo.edu").name("Ada L")
                .organization("mayo").roles("faculty", "mentor").sign())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value("user-1"))
                .andExpect(jsonPath("$.username").value("ada"))
                .andExpect(jsonPath("$.email").value("ada@mayo.edu"))
                .andExpect(jsonPath("$.name").value("Ada L"))
                .andExpect(jsonPath("$.tenant").value("mayo"))
                .andExpect(jsonPath("$.roles.length()").value(2));
    }

    @Test
    void shouldForbidTenantScopedEndpointsWithoutExactlyOneOrganization() throws Exception {
        getMe(issuer.token().roles("faculty").sign()).andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail", containsString("exactly one organization")));
        getMe(issuer.token().organization("mayo").organization("stanford").sign()).andExpect(status().isForbidden());
    }

    @Test
    void shouldLetPlatformAdminWithoutOrganizationReachPlatformPaths() throws Exception {
        mvc.perform(get("/api/test/admin/platform/whoami")
                .header("Authorization", "Bearer " + issuer.token().roles("platform-admin").sign()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tenant").doesNotExist());
        mvc.perform(get("/api/test/admin/platform/whoami")
                .header("Authorization", "Bearer " + issuer.token().organization("mayo").roles("faculty").sign()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void shouldNotBindForgedTenantFromBody() throws Exception {
        String token = issuer.token().organization("mayo").sign();
        mvc.perform(post("/api/test/widgets").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"w\",\"color\":\"RED\",\"count\":1,\"tenant\":\"stanford\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tenant"));
        mvc.perform(post("/api/test/widgets").header("Authorization", "Bearer " + token)
                .header("X-Tenant", "stanford").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"w\",\"color\":\"RED\",\"count\":1}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tenant").value("mayo"));
    }

    @Test
    void shouldKeepHealthAndApiDocsOpen() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
    }
}
