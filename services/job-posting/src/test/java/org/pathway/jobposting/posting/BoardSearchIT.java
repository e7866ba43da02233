package org.pathway.jobposting.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.jobposting.support.Api.admin;
import static org.pathway.jobposting.support.Api.faculty;
import static org.pathway.jobposting.support.Api.json;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.jobposting.support.Api;
import org.pathway.jobposting.support.Postings;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * The board's structured search over published postings of every institution. Each test's postings carry a unique
 * location token, so the assertions see only them on the shared store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class BoardSearchIT {

    @LocalServerPort
    int port;

    private Api api;
    private final String token = "tok" + UUID.randomUUID().toString().substring(0, 8);
    private final String reader = faculty(UUID.randomUUID().toString(), "lakeside");
    private String apd;
    private String clerkship;
    private String simulation;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String northbridge = admin(UUID.randomUUID().toString(), "northbridge");
        String lakeside = admin(UUID.randomUUID().toString(), "lakeside");
        apd = api.published(northbridge, Postings.posting("APD", "ASSOCIATE_PROGRAM_DIRECTOR", token + " Chicago, IL",
                40, 40, 240_000, 275_000, false, "[]", "[\"SAFETY_NET\"]"));
        clerkship = api.published(lakeside, Postings.posting("Clerkship director", "CLERKSHIP_DIRECTOR",
                token + " Boston, MA", 20, 50, 180_000, 210_000, true, "[\"MASTERS\"]", "[\"RURAL\"]"));
        simulation = api.published(northbridge, Postings.posting("Simulation director", "SIMULATION_DIRECTOR",
                token + " Denver, CO", 10, 30, 150_000, 170_000, false, "[\"FELLOWSHIP\", \"MASTERS\"]",
                "[\"VA\", \"UNDERSERVED\"]")
                .replace("\"nightsWeekends\"", "\"protectedHoursPerWeek\": 16, "
                        + "\"answers\": {\"scheduleControl\": \"The director\", \"promotionAndSalary\": \" \"}, \"nightsWeekends\""));
        api.draft(northbridge, Postings.posting("Draft APD", "ASSOCIATE_PROGRAM_DIRECTOR", token + " Chicago, IL",
                40, 40, 240_000, 275_000, false, "[]", "[]"));
        String closed = api.published(lakeside, Postings.posting("Closed clerkship", "CLERKSHIP_DIRECTOR",
                token + " Boston, MA", 20, 50, 180_000, 210_000, false, "[]", "[]"));
        assertThat(api.post("/api/job-posting/admin/postings/" + closed + "/close", lakeside).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldListOnlyPublishedPostingsOfEveryInstitutionNewestFirstWithPaging() {
        JsonNode first = search("size=2");
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(ids(first)).containsExactly(simulation, clerkship);
        assertThat(ids(search("size=2&page=1"))).containsExactly(apd);
        assertThat(first.get("items").findValuesAsString("institution")).contains("northbridge", "lakeside");
        assertThat(first.get("items").get(0).get("clinicalTime").get("summary").asString())
                .isEqualTo("Simulation director: typical clinical time 10–40%; this role: 10–30%");
    }

    @Test
    void shouldFilterByEachStructuredField() {
        assertThat(ids(search("roleType=ASSOCIATE_PROGRAM_DIRECTOR"))).containsExactly(apd);
        assertThat(ids(search("clinicalShareAtMost=40"))).containsExactlyInAnyOrder(apd, simulation);
        assertThat(ids(search("minimumPay=200000"))).containsExactlyInAnyOrder(apd, clerkship);
        assertThat(ids(search("noNightsWeekends=true"))).containsExactlyInAnyOrder(apd, simulation);
        assertThat(ids(search("mission=VA"))).containsExactly(simulation);
        assertThat(ids(search("training=CERTIFICATE"))).as("only postings requiring nothing").containsExactly(apd);
        assertThat(ids(search("training=FELLOWSHIP"))).containsExactlyInAnyOrder(apd, simulation);
        assertThat(ids(search("training=MASTERS&training=CERTIFICATE")))
                .containsExactlyInAnyOrder(apd, clerkship, simulation);
        assertThat(ids(search("protectedHoursAtLeast=16"))).as("only postings stating enough protected hours")
                .containsExactly(simulation);
        assertThat(ids(search("protectedHoursAtLeast=16.5"))).isEmpty();
        assertThat(ids(search("answered=scheduleControl"))).containsExactly(simulation);
        assertThat(ids(search("answered=promotionAndSalary"))).as("a blank answer leaves the question open").isEmpty();
        assertThat(ids(search("answered=educationFteMeaning"))).as("protected hours without an FTE").isEmpty();
        assertThat(ids(search("clinicalShareAtMost=45&noNightsWeekends=true&minimumPay=160000")))
                .containsExactlyInAnyOrder(apd, simulation);
        JsonNode chicago = json(api.get("/api/job-posting/postings?location="
                + URLEncoder.encode(token.toUpperCase() + " chicago", StandardCharsets.UTF_8), reader));
        assertThat(ids(chicago)).containsExactly(apd);
        JsonNode pattern = json(api.get("/api/job-posting/postings?location="
                + URLEncoder.encode(".*", StandardCharsets.UTF_8), reader));
        assertThat(pattern.get("total").asLong()).as("location text is matched literally, never as a pattern").isZero();
    }

    @Test
    void shouldRejectBadFiltersAsProblemsNamingTheParameter() {
        assertProblem(api.get("/api/job-posting/postings?clinicalShareAtMost=150", reader), 400, "clinicalShareAtMost");
        assertProblem(api.get("/api/job-posting/postings?minimumPay=-5", reader), 400, "minimumPay");
        assertProblem(api.get("/api/job-posting/postings?protectedHoursAtLeast=90", reader), 400, "protectedHoursAtLeast");
        assertThat(assertProblem(api.get("/api/job-posting/postings?answered=salary", reader), 400).toString())
                .contains("answered");
        assertProblem(api.get("/api/job-posting/postings?roleType=SURGEON", reader), 400, "roleType");
        assertProblem(api.get("/api/job-posting/postings?size=500", reader), 400);
    }

    private JsonNode search(String query) {
        HttpResponse<String> response = api.get("/api/job-posting/postings?location=" + token + "&" + query, reader);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").findValuesAsString("id").stream().distinct().toList();
    }
}
