package org.pathway.portfolio.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Tokens.faculty;
import static org.pathway.infra.local.Tokens.institutionAdmin;
import static org.pathway.portfolio.support.Api.TEACHING;
import static org.pathway.portfolio.support.Api.json;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.infra.local.TestInfrastructure;
import org.pathway.portfolio.support.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * The access rules across two institutions, northbridge and lakeside: the owner reads and writes everything of theirs;
 * an institution admin reads the profiles and activities of their own institution, never the energy audit or the
 * minimum income; nobody else; never across institutions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class InstitutionAccessIT {

    private static final String PRIVATE_PROFILE = """
            {"specialty": "Emergency medicine", "rank": "ASSOCIATE_PROFESSOR", "track": "CLINICIAN_EDUCATOR",
             "minimumIncome": {"amount": 210000, "currency": "USD"},
             "energyAudit": {"drains": ["Boarding crisis shifts"], "energizes": ["Simulation debriefs"],
                             "weekWithoutClinicalWork": "Build an in-situ simulation program"}}""";

    @LocalServerPort
    int port;

    private Api api;
    private final String northbridgeFaculty = UUID.randomUUID().toString();
    private final String lakesideFaculty = UUID.randomUUID().toString();
    private String northbridgeAdmin;
    private String lakesideAdmin;
    private String northbridgeActivity;
    private String lakesideActivity;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        northbridgeAdmin = institutionAdmin(UUID.randomUUID().toString(), "northbridge");
        lakesideAdmin = institutionAdmin(UUID.randomUUID().toString(), "lakeside");
        assertThat(api.put("/api/portfolio/profile/me", faculty(northbridgeFaculty, "northbridge"), PRIVATE_PROFILE)
                .statusCode()).isEqualTo(200);
        assertThat(api.put("/api/portfolio/profile/me", faculty(lakesideFaculty, "lakeside"), PRIVATE_PROFILE)
                .statusCode()).isEqualTo(200);
        northbridgeActivity = json(api.post("/api/portfolio/activities", faculty(northbridgeFaculty, "northbridge"),
                TEACHING)).get("id").asString();
        lakesideActivity = json(api.post("/api/portfolio/activities", faculty(lakesideFaculty, "lakeside"), TEACHING))
                .get("id").asString();
    }

    @Test
    void shouldLetAnInstitutionAdminReadTheProfilesOfTheirInstitutionWithoutThePrivateFields() {
        HttpResponse<String> listed = api.get("/api/portfolio/admin/profiles", northbridgeAdmin);

        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonNode profiles = json(listed);
        assertThat(profiles.findValuesAsString("userId")).contains(northbridgeFaculty).doesNotContain(lakesideFaculty);
        assertThat(profiles.valueStream().map(profile -> profile.get("institution").asString()))
                .containsOnly("northbridge");

        HttpResponse<String> one = api.get("/api/portfolio/admin/profiles/" + northbridgeFaculty, northbridgeAdmin);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(json(one).get("specialty").asString()).isEqualTo("Emergency medicine");
        for (String body : new String[] {listed.body(), one.body()}) {
            assertThat(body).doesNotContain("minimumIncome").doesNotContain("energyAudit").doesNotContain("210000")
                    .doesNotContain("Boarding crisis").doesNotContain("Simulation debriefs");
        }
    }

    @Test
    void shouldLetAnInstitutionAdminReadTheActivitiesOfTheirInstitution() {
        HttpResponse<String> activities = api.get("/api/portfolio/admin/profiles/" + northbridgeFaculty + "/activities",
                northbridgeAdmin);

        assertThat(activities.statusCode()).as(activities.body()).isEqualTo(200);
        assertThat(json(activities).findValuesAsString("id")).containsExactly(northbridgeActivity);
        assertThat(api.get("/api/portfolio/admin/profiles/" + northbridgeFaculty + "/activities/" + northbridgeActivity,
                northbridgeAdmin).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswer404ToAnAdminAskingForAnotherInstitutionsPeopleOrActivities() {
        assertThat(api.get("/api/portfolio/admin/profiles/" + lakesideFaculty, northbridgeAdmin).statusCode())
                .isEqualTo(404);
        HttpResponse<String> foreignActivities = api.get(
                "/api/portfolio/admin/profiles/" + lakesideFaculty + "/activities", northbridgeAdmin);
        assertThat(foreignActivities.statusCode()).isEqualTo(404);
        assertThat(foreignActivities.body()).doesNotContain(lakesideActivity);
        assertThat(api.get("/api/portfolio/admin/profiles/" + lakesideFaculty + "/activities/" + lakesideActivity,
                northbridgeAdmin).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/portfolio/admin/profiles/" + northbridgeFaculty + "/activities/" + lakesideActivity,
                northbridgeAdmin).statusCode()).as("an activity id under another owner").isEqualTo(404);
        assertThat(api.get("/api/portfolio/admin/profiles", lakesideAdmin).body()).doesNotContain(northbridgeFaculty);
    }

    @Test
    void shouldNeverLetAnAdminWriteOrReadThroughTheOwnersApi() {
        assertThat(api.post("/api/portfolio/activities", northbridgeAdmin, TEACHING).statusCode()).isEqualTo(403);
        assertThat(api.put("/api/portfolio/activities/" + northbridgeActivity, northbridgeAdmin, "{}").statusCode())
                .isEqualTo(403);
        assertThat(api.delete("/api/portfolio/activities/" + northbridgeActivity, northbridgeAdmin).statusCode())
                .isEqualTo(403);
        assertThat(api.put("/api/portfolio/profile/me", northbridgeAdmin, PRIVATE_PROFILE).statusCode()).isEqualTo(403);
        assertThat(api.put("/api/portfolio/admin/profiles/" + northbridgeFaculty, northbridgeAdmin, PRIVATE_PROFILE)
                .statusCode()).as("the admin API is read-only").isEqualTo(405);
    }

    @Test
    void shouldRefuseTheAdminApiToFacultyAndToOtherRoles() {
        String colleague = faculty(UUID.randomUUID().toString(), "northbridge");
        String mentor = TestInfrastructure.jwtIssuer().token().organization("northbridge").roles("mentor").sign();
        String platformAdmin = TestInfrastructure.jwtIssuer().token().roles("platform-admin").sign();

        assertThat(api.get("/api/portfolio/admin/profiles", colleague).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/portfolio/admin/profiles/" + northbridgeFaculty + "/activities", colleague).statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/portfolio/admin/profiles", mentor).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/portfolio/admin/profiles", platformAdmin).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/portfolio/activities/" + northbridgeActivity, colleague).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/portfolio/admin/profiles", null).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldLetTheOwnerReadEverythingOfTheirs() {
        String owner = faculty(northbridgeFaculty, "northbridge");

        JsonNode me = json(api.get("/api/portfolio/profile/me", owner));

        assertThat(me.get("minimumIncome").get("amount").asLong()).isEqualTo(210000);
        assertThat(me.get("energyAudit").get("weekWithoutClinicalWork").asString())
                .isEqualTo("Build an in-situ simulation program");
        assertThat(json(api.get("/api/portfolio/activities/" + northbridgeActivity, owner)).get("teaching")
                .get("comments").size()).isEqualTo(2);
    }
}
