package org.pathway.portfolio.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.infra.local.Tokens.faculty;
import static org.pathway.portfolio.support.Api.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.infra.local.KafkaEvents;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.portfolio.support.Api;
import org.pathway.portfolio.support.ScholarlyApiStubs;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * Scholarship imports through the service's real HTTP clients against local stubs answering with recordings of
 * Crossref, PubMed and ORCID; confirmation through the activity path to ActivityRecorded on the real broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {RealInfrastructureInitializer.class, ScholarlyApiStubs.Initializer.class})
class ScholarshipImportIT {

    static final String IMPORTS = "/api/portfolio/imports/scholarship";
    static final String DOI = "10.1371/journal.pone.0033693";
    static final String PMID = "36723951";
    static final String ORCID = "0000-0002-7262-6251";

    @LocalServerPort
    int port;

    private final ScholarlyApiStubs stubs = ScholarlyApiStubs.shared();
    private Api api;
    private String token;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        token = faculty(UUID.randomUUID().toString(), "northbridge");
        stubs.answerWithRecording(crossrefPath(DOI), "works_10.1371_journal.pone.0033693.json");
        stubs.answerWithRecording(pubmedPath(PMID), "esummary_pubmed_36723951.json");
        stubs.answerWithRecording("/orcid/v3.0/" + ORCID + "/works", "works_0000-0002-7262-6251_trimmed.json");
    }

    static String crossrefPath(String doi) {
        return "/crossref/works/" + doi + "?mailto=imports-it@pathway.test";
    }

    static String pubmedPath(String pmid) {
        return "/eutils/esummary.fcgi?db=pubmed&retmode=json&tool=pathway&id=" + pmid + "&email=imports-it@pathway.test";
    }

    @Test
    void shouldMapACrossrefWorkToAScholarshipCandidateWithoutStoringIt() {
        HttpResponse<String> response = api.get(IMPORTS + "?doi=https://doi.org/" + DOI, token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode candidate = single(response);
        assertThat(candidate.get("source").asString()).isEqualTo("CROSSREF");
        assertThat(candidate.get("title").asString()).startsWith("Methylphenidate Exposure Induces Dopamine Neuron Loss");
        assertThat(candidate.get("authors").get(0).asString()).isEqualTo("Shankar Sadasivan");
        assertThat(candidate.get("venue").asString()).isEqualTo("PLoS ONE");
        assertThat(candidate.get("occurredOn").asString()).isEqualTo("2012-03-21");
        assertThat(candidate.get("type").asString()).isEqualTo("PEER_REVIEWED_ARTICLE");
        assertThat(candidate.get("peerReviewed").asBoolean()).isTrue();
        assertThat(candidate.get("doi").asString()).isEqualTo(DOI);
        assertThat(candidate.get("alreadyInPortfolio").asBoolean()).isFalse();
        assertThat(stubs.requests()).anySatisfy(request -> {
            assertThat(request.target()).isEqualTo(crossrefPath(DOI));
            assertThat(request.userAgent()).as("the polite pool asks for a contact").contains("mailto:imports-it@");
        });
        assertThat(api.get("/api/portfolio/activities", token).body()).as("a candidate is not stored").isEqualTo("[]");
    }

    @Test
    void shouldMapAPubMedSummaryWithItsDoiAndAuthors() {
        JsonNode candidate = single(api.get(IMPORTS + "?pmid=" + PMID, token));

        assertThat(candidate.get("source").asString()).isEqualTo("PUBMED");
        assertThat(candidate.get("pmid").asString()).isEqualTo(PMID);
        assertThat(candidate.get("doi").asString()).isEqualTo("10.1001/jamacardio.2022.5271");
        assertThat(candidate.get("authors")).hasSize(29);
        assertThat(candidate.get("authors").get(0).asString()).isEqualTo("Dron JS");
        assertThat(candidate.get("venue").asString()).isEqualTo("JAMA cardiology");
        assertThat(candidate.get("occurredOn").asString()).isEqualTo("2023-03-01");
        assertThat(candidate.get("type").asString()).isEqualTo("PEER_REVIEWED_ARTICLE");
    }

    @Test
    void shouldListTheWorksOfAnOrcidRecordWithGuessedTypes() {
        JsonNode candidates = json(api.get(IMPORTS + "?orcid=" + ORCID, token)).get("candidates");

        assertThat(candidates).hasSize(7);
        assertThat(candidates.get(0).get("doi").asString()).isEqualTo("10.1007/s10957-021-01823-0");
        assertThat(candidates.get(0).get("venue").asString()).isEqualTo("JOURNAL OF OPTIMIZATION THEORY AND APPLICATIONS");
        assertThat(candidates.get(0).get("occurredOn").asString()).isEqualTo("2021-02-25");
        assertThat(candidates.get(3).get("type").asString()).as("a conference paper").isEqualTo("POSTER");
        assertThat(candidates.get(4).path("type").isString()).as("a book: the owner decides").isFalse();
        assertThat(candidates.get(4).get("doi").asString()).isEqualTo("10.1017/9781108583664");
    }

    @Test
    void shouldReadEveryEntryOfABibtexUpload() {
        String file = String.join("\n", ScholarlyApiStubs.recording("crossref-transform_10.1126_science.169.3946.635.bib"),
                ScholarlyApiStubs.recording("orcid-work-citation_haak2012_academic-medicine.bib"),
                ScholarlyApiStubs.recording("orcid-work-citation_littman2007.bib"));

        HttpResponse<String> response = api.upload(IMPORTS + "/bibtex", token, "mine.bib", "application/x-bibtex",
                file.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode candidates = json(response).get("candidates");
        assertThat(candidates).hasSize(3);
        assertThat(candidates.get(0).get("doi").asString()).isEqualTo("10.1126/science.169.3946.635");
        assertThat(candidates.get(0).get("occurredOn").asString()).isEqualTo("1970-08-01");
        assertThat(candidates.get(0).get("authors").get(0).asString()).isEqualTo("Henry S. Frank");
        assertThat(candidates.get(1).get("venue").asString()).isEqualTo("Academic Medicine");
        assertThat(List.of(candidates.get(1).get("authors").get(0).asString(),
                candidates.get(1).get("authors").get(3).asString())).containsExactly("D.K. Ginther", "R. Kington");
    }

    @Test
    void shouldStoreAConfirmedCandidateAsAnActivityPublishItAndFlagItOnTheNextImport() {
        JsonNode candidate = single(api.get(IMPORTS + "?doi=" + DOI, token));

        HttpResponse<String> confirmed = api.post(IMPORTS + "/confirmations", token, confirmation(candidate));

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
        String activityId = json(confirmed).get("activityId").asString();
        assertThat(confirmed.headers().firstValue("Location")).hasValue("/api/portfolio/activities/" + activityId);
        JsonNode stored = json(api.get("/api/portfolio/activities/" + activityId, token));
        assertThat(stored.get("kind").asString()).isEqualTo("SCHOLARSHIP");
        assertThat(stored.get("scholarship").get("authorship").asString()).isEqualTo("MIDDLE");
        assertThat(stored.get("scholarship").get("theme").asString()).isEqualTo("Clinical reasoning");
        assertThat(stored.get("scholarship").get("doi").asString()).isEqualTo(DOI);
        ConsumerRecord<String, byte[]> event = KafkaEvents.awaitOne("portfolio.activities", activityId,
                "org.pathway.portfolio.ActivityRecorded.v1");
        EventContracts.assertConforms("portfolio", "ActivityRecorded", 1, KafkaEvents.payload(event));
        assertThat(KafkaEvents.payload(event)).contains(DOI);

        // DOIs are case-insensitive, at Crossref (here: the stub answers the upper-cased form too) and in the dedupe.
        stubs.answerWithRecording(crossrefPath(DOI.toUpperCase()), "works_10.1371_journal.pone.0033693.json");
        JsonNode again = single(api.get(IMPORTS + "?doi=" + DOI.toUpperCase(), token));
        assertThat(again.get("alreadyInPortfolio").asBoolean()).isTrue();
        assertThat(again.get("existingActivityId").asString()).isEqualTo(activityId);
        assertProblem(api.post(IMPORTS + "/confirmations", token, confirmation(candidate)), 409, "doi");
        assertThat(json(api.get("/api/portfolio/activities", token))).as("the duplicate stored nothing").hasSize(1);
    }

    @Test
    void shouldRequireAuthorshipAndThemeAndCheckTheRestLikeATypedActivity() {
        JsonNode candidate = single(api.get(IMPORTS + "?doi=" + DOI, token));
        String withoutOwnersFacts = "{\"title\": \"A title\", \"occurredOn\": \"2024-01-01\", \"type\": \"POSTER\"}";

        JsonNode missing = assertProblem(api.post(IMPORTS + "/confirmations", token, withoutOwnersFacts), 400);
        assertThat(missing.get("errors").findValuesAsString("field")).contains("authorship", "theme");
        JsonNode incomplete = assertProblem(api.post(IMPORTS + "/confirmations", token,
                confirmation(candidate).replace("\"venueLevel\": \"INTERNATIONAL\"", "\"venueLevel\": null")), 400);
        assertThat(incomplete.get("errors").findValuesAsString("field")).containsExactly("venueLevel");
        assertProblem(api.post(IMPORTS + "/confirmations", token,
                confirmation(candidate).replaceFirst("\\{", "{\"ownerId\": \"someone-else\", ")), 400, "ownerId");
        assertProblem(api.post(IMPORTS + "/confirmations", token,
                confirmation(candidate).replaceFirst("\\{", "{\"tenant\": \"lakeside\", ")), 400, "tenant");
        assertThat(api.get("/api/portfolio/activities", token).body()).isEqualTo("[]");
    }

    @Test
    void shouldAnswerUpstreamFailuresAndBadIdentifiersWithProblemsNamingTheField() {
        String unknown = "10.9999/unknown." + UUID.randomUUID();
        String failing = "10.9999/failing." + UUID.randomUUID();
        String slow = "10.9999/slow." + UUID.randomUUID();
        stubs.answer(crossrefPath(failing), 503, "text/html", "<html>Service Unavailable</html>");
        stubs.answerLate(crossrefPath(slow), Duration.ofSeconds(3));
        stubs.answer(pubmedPath("99999999"), 200, "application/json", """
                {"header":{"type":"esummary","version":"0.3"},"result":{"uids":["99999999"],
                 "99999999":{"uid":"99999999","error":"cannot get document summary"}}}""");

        assertThat(assertProblem(api.get(IMPORTS + "?doi=" + unknown, token), 404, "doi").get("detail").asString())
                .contains("Crossref");
        assertProblem(api.get(IMPORTS + "?doi=" + failing, token), 502, "doi");
        assertProblem(api.get(IMPORTS + "?doi=" + slow, token), 504, "doi");
        assertProblem(api.get(IMPORTS + "?pmid=99999999", token), 404, "pmid");
        assertProblem(api.get(IMPORTS + "?orcid=0000-0002-1825-0097", token), 404, "orcid");
        assertProblem(api.get(IMPORTS + "?doi=not-a-doi", token), 400, "doi");
        assertProblem(api.get(IMPORTS + "?pmid=12ab", token), 400, "pmid");
        assertProblem(api.get(IMPORTS + "?orcid=0000-0002-7262-6252", token), 400, "orcid");
        assertProblem(api.get(IMPORTS, token), 400, "doi");
        assertProblem(api.get(IMPORTS + "?doi=" + DOI + "&pmid=" + PMID, token), 400, null);
        assertProblem(api.upload(IMPORTS + "/bibtex", token, "broken.bib", "@article{x, title={Unclosed"), 400, "file");
        assertProblem(api.upload(IMPORTS + "/bibtex", token, "empty.bib", "no entries here"), 400, "file");
        assertProblem(api.upload(IMPORTS + "/bibtex", token, "paper.pdf", "application/pdf",
                new byte[] {'%', 'P', 'D', 'F', (byte) 0xC3, (byte) 0x28, 0, 1}), 400, "file");
        assertProblem(api.post(IMPORTS + "/bibtex", token, "{\"file\": \"@article{x}\"}"), 415);
    }

    private static JsonNode single(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return single(response.body());
    }

    private static JsonNode single(String body) {
        JsonNode candidates = json(body).get("candidates");
        assertThat(candidates).hasSize(1);
        return candidates.get(0);
    }

    /** The candidate as the client got it, with the owner's authorship, theme and venue level added. */
    static String confirmation(JsonNode candidate) {
        return """
                {"title": %s, "occurredOn": "%s", "type": "%s", "authors": %s, "venue": %s, "peerReviewed": true,
                 "doi": %s, "pmid": %s, "authorship": "MIDDLE", "theme": "Clinical reasoning",
                 "venueLevel": "INTERNATIONAL"}""".formatted(candidate.get("title"),
                candidate.get("occurredOn").asString(), candidate.get("type").asString(), candidate.get("authors"),
                candidate.get("venue"), candidate.get("doi"), candidate.get("pmid"));
    }
}
