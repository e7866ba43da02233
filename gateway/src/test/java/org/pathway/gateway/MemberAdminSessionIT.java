package org.pathway.gateway;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.gateway.KeycloakAdminStub.Change;
import org.pathway.gateway.PortalLogin.Portal;
import org.pathway.infra.local.JwtIssuer;
import org.pathway.infra.local.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An institution admin manages the roles of their own institution's members from the portal (a session) as an API
 * client does (a bearer token): the role check and the institution both come from the caller's access token, and
 * another institution's member stays out of reach either way. Keycloak's admin API is {@link KeycloakAdminStub},
 * which records every role change that reaches it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MemberAdminSessionIT {

    static final JwtIssuer KEYS = TestInfrastructure.jwtIssuer();
    static final KeycloakLoginStub REALM = KeycloakLoginStub.start(KEYS);
    static final KeycloakAdminStub KEYCLOAK_ADMIN = KeycloakAdminStub.start();
    static final String MERCY_FACULTY = "mercy-faculty-1";
    static final String LAKESIDE_FACULTY = "lakeside-faculty-1";

    @LocalServerPort
    int port;

    WebTestClient browser;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("pathway.gateway.issuer-uri", REALM::realmUri);
        registry.add("pathway.gateway.jwk-set-uri", KEYS::jwkSetUri);
        registry.add("pathway.gateway.portal.client-secret", () -> KeycloakLoginStub.CLIENT_SECRET);
        registry.add("pathway.gateway.keycloak-admin.base-url", KEYCLOAK_ADMIN::baseUrl);
        registry.add("pathway.gateway.keycloak-admin.client-secret", () -> KeycloakAdminStub.CLIENT_SECRET);
    }

    @AfterAll
    static void stopServers() {
        REALM.close();
        KEYCLOAK_ADMIN.close();
    }

    @BeforeEach
    void setUp() {
        browser = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
        KEYCLOAK_ADMIN.member("mercy", REALM.subject(), "institution-admin");
        KEYCLOAK_ADMIN.member("mercy", MERCY_FACULTY, "faculty");
        KEYCLOAK_ADMIN.member("lakeside", LAKESIDE_FACULTY, "faculty");
        KEYCLOAK_ADMIN.forgetChanges();
    }

    @Test
    void shouldListTheOwnInstitutionsMembersToAnAdminsPortalSession() throws Exception {
        REALM.signInAs("mercy", "institution-admin");
        String session = PortalLogin.logIn(browser, REALM, port);

        browser.get().uri("/api/admin/members")
                .cookie("SESSION", session)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[?(@.id == '" + MERCY_FACULTY + "')].roles[0]").isEqualTo("faculty")
                .jsonPath("$[?(@.id == '" + LAKESIDE_FACULTY + "')]").doesNotExist();
    }

    @Test
    void shouldListTheOwnInstitutionsMembersToAnAdminsBearerToken() {
        String token = KEYS.token().issuer(REALM.realmUri()).subject(REALM.subject()).organization("mercy")
                .roles("institution-admin").sign();

        browser.get().uri("/api/admin/members")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[?(@.id == '" + LAKESIDE_FACULTY + "')]").doesNotExist();
    }

    @Test
    void shouldGrantARoleToAnOwnMemberFromAnAdminsPortalSession() throws Exception {
        REALM.signInAs("mercy", "institution-admin");
        Portal portal = PortalLogin.portal(browser, PortalLogin.logIn(browser, REALM, port));

        browser.put().uri("/api/admin/members/{id}/roles/mentor", MERCY_FACULTY)
                .cookie("SESSION", portal.session())
                .header("X-CSRF-TOKEN", portal.csrfToken())
                .exchange()
                .expectStatus().isNoContent();

        assertThat(KEYCLOAK_ADMIN.changes()).containsExactly(new Change(MERCY_FACULTY, "mentor", true));
    }

    @Test
    void shouldRefuseAnotherInstitutionsMemberToAnAdminsSessionAndBearerToken() throws Exception {
        REALM.signInAs("mercy", "institution-admin");
        Portal portal = PortalLogin.portal(browser, PortalLogin.logIn(browser, REALM, port));
        String token = KEYS.token().issuer(REALM.realmUri()).subject(REALM.subject()).organization("mercy")
                .roles("institution-admin").sign();

        browser.put().uri("/api/admin/members/{id}/roles/mentor", LAKESIDE_FACULTY)
                .cookie("SESSION", portal.session())
                .header("X-CSRF-TOKEN", portal.csrfToken())
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        browser.delete().uri("/api/admin/members/{id}/roles/faculty", LAKESIDE_FACULTY)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isNotFound();

        assertThat(KEYCLOAK_ADMIN.changes()).isEmpty();
    }

    @Test
    void shouldForbidTheMemberRoutesToAFacultyPortalSession() throws Exception {
        REALM.signInAs("mercy", "faculty", "mentor");
        Portal portal = PortalLogin.portal(browser, PortalLogin.logIn(browser, REALM, port));

        browser.get().uri("/api/admin/members")
                .cookie("SESSION", portal.session())
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        browser.put().uri("/api/admin/members/{id}/roles/committee", MERCY_FACULTY)
                .cookie("SESSION", portal.session())
                .header("X-CSRF-TOKEN", portal.csrfToken())
                .exchange()
                .expectStatus().isForbidden();

        assertThat(KEYCLOAK_ADMIN.changes()).isEmpty();
    }
}
