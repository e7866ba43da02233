package org.pathway.portfolio.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.infra.local.Tokens.faculty;
import static org.pathway.infra.local.Tokens.institutionAdmin;
import static org.pathway.portfolio.importing.ScholarshipImportIT.DOI;
import static org.pathway.portfolio.importing.ScholarshipImportIT.IMPORTS;
import static org.pathway.portfolio.importing.ScholarshipImportIT.confirmation;
import static org.pathway.portfolio.importing.ScholarshipImportIT.crossrefPath;
import static org.pathway.portfolio.support.Api.json;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.portfolio.support.Api;
import org.pathway.portfolio.support.ScholarlyApiStubs;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * Imports across two institutions: whatever a caller imports or confirms lands in their own portfolio in their own
 * institution, dedupe looks only there, and neither another person nor an admin can import into anyone's portfolio.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {RealInfrastructureInitializer.class, ScholarlyApiStubs.Initializer.class})
class ImportAccessIT {

    @LocalServerPort
    int port;

    @Test
    void shouldKeepImportsAndConfirmationsInTheCallersOwnPortfolioAndInstitution() {
        Api api = new Api(port);
        ScholarlyApiStubs.shared().answerWithRecording(crossrefPath(DOI), "works_10.1371_journal.pone.0033693.json");
        String person = UUID.randomUUID().toString();
        String atNorthbridge = faculty(person, "northbridge");
        String sameIdAtLakeside = faculty(person, "lakeside");
        String colleague = faculty(UUID.randomUUID().toString(), "northbridge");
        JsonNode candidate = json(api.get(IMPORTS + "?doi=" + DOI, atNorthbridge)).get("candidates").get(0);

        String activityId = json(api.post(IMPORTS + "/confirmations", atNorthbridge, confirmation(candidate)))
                .get("activityId").asString();
        api.upload(TeachingEvaluationImportIT.UPLOAD, atNorthbridge, "evaluations.csv",
                TeachingEvaluationImportIT.VALID);

        assertThat(json(api.get("/api/portfolio/activities", atNorthbridge))).hasSize(4);
        for (String other : new String[] {sameIdAtLakeside, colleague}) {
            assertThat(api.get("/api/portfolio/activities", other).body()).isEqualTo("[]");
            assertProblem(api.get("/api/portfolio/activities/" + activityId, other), 404);
            JsonNode theirImport = json(api.get(IMPORTS + "?doi=" + DOI, other)).get("candidates").get(0);
            assertThat(theirImport.get("alreadyInPortfolio").asBoolean()).as("dedupe sees only one's own").isFalse();
        }
        assertThat(api.post(IMPORTS + "/confirmations", sameIdAtLakeside, confirmation(candidate)).statusCode())
                .as("the same person elsewhere starts an independent portfolio").isEqualTo(201);
        assertThat(json(api.get("/api/portfolio/activities", atNorthbridge))).as("northbridge's is unchanged").hasSize(4);
        assertProblem(api.post(IMPORTS + "/confirmations", colleague,
                confirmation(candidate).replaceFirst("\\{", "{\"ownerId\": \"" + person + "\", ")), 400, "ownerId");
        String admin = institutionAdmin(UUID.randomUUID().toString(), "northbridge");
        assertProblem(api.get(IMPORTS + "?doi=" + DOI, admin), 403);
        assertProblem(api.post(IMPORTS + "/confirmations", admin, confirmation(candidate)), 403);
        assertProblem(api.upload(TeachingEvaluationImportIT.UPLOAD, admin, "evaluations.csv",
                TeachingEvaluationImportIT.VALID), 403);
        assertProblem(api.get(IMPORTS + "?doi=" + DOI, null), 401);
        assertThat(json(api.get("/api/portfolio/activities", atNorthbridge))).hasSize(4);
    }
}
