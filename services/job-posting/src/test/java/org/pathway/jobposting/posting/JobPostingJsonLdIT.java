package org.pathway.jobposting.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.jobposting.support.Api.admin;
import static org.pathway.jobposting.support.Api.faculty;
import static org.pathway.jobposting.support.Api.json;

import java.net.http.HttpResponse;
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

/** The JSON-LD endpoint: published postings only, as application/ld+json, to any signed-in reader. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class JobPostingJsonLdIT {

    @LocalServerPort
    int port;

    private Api api;
    private final String northbridgeAdmin = admin(UUID.randomUUID().toString(), "northbridge");
    private final String reader = faculty(UUID.randomUUID().toString(), "lakeside");

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void shouldServeOnlyPublishedPostingsAsSchemaOrgJobPostings() {
        String published = api.published(northbridgeAdmin, Postings.apd("Chicago, IL"));
        String draft = api.draft(northbridgeAdmin, Postings.apd("Chicago, IL"));

        HttpResponse<String> ld = api.get("/api/job-posting/postings/" + published + "/jsonld", reader);

        assertThat(ld.statusCode()).as(ld.body()).isEqualTo(200);
        assertThat(ld.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/ld+json"));
        JsonNode posting = json(ld);
        assertThat(posting.get("@type").asString()).isEqualTo("JobPosting");
        assertThat(posting.get("identifier").get("value").asString()).isEqualTo(published);
        assertThat(posting.get("hiringOrganization").get("name").asString()).isEqualTo("northbridge");
        assertThat(posting.get("additionalProperty").findValuesAsString("propertyID")).contains("clinicalShare",
                "transparencyScore");

        assertProblem(api.get("/api/job-posting/postings/" + draft + "/jsonld", northbridgeAdmin), 404);
        assertThat(api.post("/api/job-posting/admin/postings/" + published + "/close", northbridgeAdmin).statusCode())
                .isEqualTo(200);
        assertProblem(api.get("/api/job-posting/postings/" + published + "/jsonld", reader), 404);
        assertThat(api.get("/api/job-posting/postings/" + published + "/jsonld", null).statusCode()).isEqualTo(401);
    }
}
