package org.pathway.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.HttpCalls;

import tools.jackson.databind.json.JsonMapper;

/**
 * The med-ed CV through the gateway with real Keycloak logins: a faculty member records teaching and a paper, then
 * downloads the CV as a PDF whose text (read back with PDFBox) holds both, the paper as a formatted reference; their
 * institution's admin may download it too, the other institution's admin is told it does not exist.
 */
class PortfolioExportSystemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static PlatformUnderTest platform;

    @BeforeAll
    static void startPlatform() {
        platform = PlatformUnderTest.get();
    }

    @Test
    void shouldRecordActivitiesThroughTheGatewayAndDownloadACvPdfThatHoldsThem() throws Exception {
        String faculty = platform.login("faculty@northbridge.edu");
        String run = Long.toString(System.nanoTime(), 36);
        String session = "Bedside ultrasound teaching " + run;
        String paper = "Coaching residents in feedback " + run;
        record(faculty, "{\"kind\": \"TEACHING\", \"title\": \"" + session + "\", \"occurredOn\": \"2025-10-01\","
                + " \"teaching\": {\"hours\": 6, \"learnerLevel\": \"RESIDENT\", \"learnerCount\": 14}}");
        record(faculty, "{\"kind\": \"SCHOLARSHIP\", \"title\": \"" + paper + "\", \"occurredOn\": \"2025-03-01\","
                + " \"scholarship\": {\"type\": \"PEER_REVIEWED_ARTICLE\", \"authorship\": \"FIRST\","
                + " \"authors\": [\"Nora Faculty\", \"Okafor, Ama\"], \"venue\": \"Journal of Graduate Medical Education\","
                + " \"venueLevel\": \"NATIONAL\", \"peerReviewed\": true, \"doi\": \"10.4300/JGME-D-25-00123.1\"}}");

        HttpResponse<byte[]> cv = download("/api/portfolio/exports/cv.pdf", faculty);

        assertThat(cv.statusCode()).isEqualTo(200);
        assertThat(cv.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = text(cv.body());
        assertThat(text).contains("Medical Education Curriculum Vitae").contains(session)
                .contains("Faculty N, Okafor A. " + paper + ". Journal of Graduate Medical Education.")
                .contains("doi:10.4300/JGME-D-25-00123.1");

        String userId = JSON.readTree(HttpCalls.get(platform.gatewayUrl("/api/portfolio/profile/me"), faculty).body())
                .get("userId").asString();
        HttpResponse<byte[]> byAdmin = download("/api/portfolio/admin/profiles/" + userId + "/cv.pdf",
                platform.login("admin@northbridge.edu"));
        assertThat(byAdmin.statusCode()).isEqualTo(200);
        assertThat(text(byAdmin.body())).contains(session).contains(paper);
        HttpResponse<byte[]> byOtherInstitution = download("/api/portfolio/admin/profiles/" + userId + "/cv.pdf",
                platform.login("admin@lakeside.edu"));
        assertThat(byOtherInstitution.statusCode()).isEqualTo(404);
    }

    private static void record(String token, String json) {
        HttpResponse<String> recorded = HttpCalls.postJson(platform.gatewayUrl("/api/portfolio/activities"), token, json);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    }

    private static HttpResponse<byte[]> download(String path, String token) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpCalls.request(platform.gatewayUrl(path), token)
                .setHeader("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The PDF's text with wrapped lines joined, so a reference reads as one line. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s*\\R\\s*", " ");
        }
    }
}
