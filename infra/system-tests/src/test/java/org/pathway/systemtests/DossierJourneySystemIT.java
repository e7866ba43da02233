package org.pathway.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.LocalSmtpServer;
import org.pathway.infra.local.TestInfrastructure;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A promotion dossier from submission to decision in the browser: the candidate opens and submits it and gets the
 * receipt; the committee member, appointed chair by the institution admin, assigns themself, requests an external
 * letter, votes, closes the vote and records the decision; the writer uploads the letter from the e-mailed link
 * without an account; the candidate sees the decision and nothing of the letters or the vote.
 */
class DossierJourneySystemIT extends PortalBrowserJourney {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DOSSIERS = "/api/promotion-review/dossiers";
    private static final String FACULTY = "faculty@northbridge.edu";
    private static final String COMMITTEE = "committee@northbridge.edu";
    private static final String ADMIN = "admin@northbridge.edu";
    private static final Pattern UPLOAD_LINK = Pattern.compile("https?://\\S+/promotion/letters/upload\\?token=[\\w%-]+");

    @Test
    void shouldTakeADossierFromSubmissionToDecisionWithAnExternalLetterUploadedWithoutAnAccount() {
        String faculty = platform.login(FACULTY);
        String committee = platform.login(COMMITTEE);
        String committeeId = subjectOf(committee);
        // The committee member joins the roster with their first call; any dossier other tests left undecided is
        // carried to a decision, so the candidate can open a new one (one undecided dossier at a time).
        HttpCalls.get(platform.gatewayUrl(DOSSIERS), committee);
        finishUndecidedDossiers(faculty, committee, committeeId);
        // A piece of evidence of this run, which the submission must freeze (it reaches promotion-review by event).
        long run = System.nanoTime();
        String teaching = "Bedside teaching rounds " + run;
        expect(HttpCalls.postJson(platform.gatewayUrl("/api/portfolio/activities"), faculty, """
                {"kind": "TEACHING", "title": "%s", "occurredOn": "2025-09-02",
                 "teaching": {"hours": 6, "learnerLevel": "MEDICAL_STUDENT", "learnerCount": 12}}""".formatted(teaching)),
                201);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> HttpCalls.get(
                platform.gatewayUrl("/api/promotion-review/evidence"), faculty).body().contains(teaching));

        // The candidate opens and submits their dossier, and keeps the receipt.
        signIn(FACULTY, "pathway");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Promotion")).click();
        assertThat(heading(page, "Open your promotion dossier")).isVisible();
        page.getByLabel("Track").selectOption("CLINICIAN_EDUCATOR");
        page.getByLabel("Target rank").selectOption("ASSOCIATE");
        screenshot("1-candidate-opens");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open dossier")).click();
        assertThat(heading(page, "Your dossier")).isVisible();
        assertThat(page.getByText("No chair is appointed yet")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit dossier")).click();
        screenshot("2-candidate-confirms-submission");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm submission")).click();
        Locator receipt = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Submission receipt"));
        assertThat(receipt).isVisible();
        assertThat(receipt).containsText("Criteria version");
        assertThat(receipt).containsText("Readiness when submitted");
        assertThat(receipt.getByRole(AriaRole.CELL, new Locator.GetByRoleOptions().setName(teaching))).isVisible();
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Dossier timeline"))
                .locator("[aria-current=step]")).containsText("Committee review and vote");
        screenshot("3-candidate-receipt");
        String id = undecidedDossierOf(faculty).get("id").asString();

        // The institution admin appoints the committee member chair (the candidate opened the dossier themself).
        HttpResponse<String> appointed = HttpCalls.postJson(platform.gatewayUrl("/api/promotion-review/admin/dossiers/"
                + id + "/chair"), platform.login(ADMIN), "{\"memberId\": \"%s\"}".formatted(committeeId));
        Assertions.assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(200);

        // The chair, in a browser of their own, finds the dossier and opens it.
        Page chair = newContext().newPage();
        signIn(chair, COMMITTEE, "pathway");
        chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assigned dossiers")).click();
        Locator row = chair.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("submitted"))
                .filter(new Locator.FilterOptions().setHasText("chair"));
        assertThat(row).hasCount(1);
        screenshot(chair, "4-chair-assigned-dossiers");
        row.getByRole(AriaRole.LINK).click();
        assertThat(heading(chair, "Readiness at submission")).isVisible();
        assertThat(chair.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("^Readiness \\d+ of 100"))))
                .isVisible();

        // Reviewers come from the roster, by name.
        chair.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Clara Lindqvist")).check();
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign selected")).click();
        assertThat(chair.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Assignment results")))
                .containsText("Clara Lindqvist: assigned");
        assertThat(chair.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Reviewers")))
                .containsText("not voted yet");

        assertThat(chair.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(Pattern.compile("^Evidence snapshot"))))
                .containsText(teaching);

        // An external letter: the form checks itself first, then the invitation goes out by e-mail.
        String writer = "Ines Marlow " + run;
        String writerEmail = "writer-" + run + "@external.example";
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
        assertThat(chair.getByText("Give the writer's name")).isVisible();
        chair.getByLabel("Writer's name").fill(writer);
        chair.getByLabel("Writer's e-mail").fill(writerEmail);
        chair.getByLabel("Deadline").fill(LocalDate.now().plusDays(21).toString());
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
        assertThat(chair.getByText("Invitation e-mailed to " + writer)).isVisible();
        Locator letterRow = chair.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(writer));
        assertThat(letterRow).containsText("requested");

        // The secret vote: once, and then only the voter's own choice is shown.
        chair.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("for").setExact(true)).check();
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast vote")).click();
        assertThat(chair.getByText("Votes are secret and final")).isVisible();
        assertThat(chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast vote"))).hasCount(0);
        screenshot(chair, "5-chair-assigned-invited-voted");

        // The writer follows the e-mailed link in a browser with no account and uploads the letter.
        String link = uploadLinkFor(writerEmail);
        Page writerPage = newContext().newPage();
        writerPage.navigate(link);
        assertThat(heading(writerPage, "Upload your letter of evaluation")).isVisible();
        // No login on the way, and the token taken out of the address bar once read.
        writerPage.waitForURL(url -> url.equals(platform.gatewayUrl("/promotion/letters/upload")));
        writerPage.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Your letter").setExact(true)).fill("Dear committee, I recommend this candidate without reservation. "
                + run);
        screenshot(writerPage, "6-writer-upload-page");
        writerPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload letter")).click();
        assertThat(writerPage.getByText("your letter was received", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        screenshot(writerPage, "7-writer-letter-received");

        // The chair sees the letter received, closes the vote and records the decision.
        chair.reload();
        assertThat(letterRow).containsText("received");
        assertThat(chair.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(
                Pattern.compile("^Letters: 1 received")))).isVisible();
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the vote")).click();
        assertThat(chair.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Vote tally"))).containsText("for");
        chair.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("deferred").setExact(true)).check();
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")).click();
        assertThat(chair.getByText(Pattern.compile("^Decision: deferred"))).isVisible();
        screenshot(chair, "8-chair-decided");

        // The candidate sees the decision, and nothing of the letters, the reviewers or the vote.
        page.reload();
        assertThat(page.getByText(Pattern.compile("^Decision: deferred"))).isVisible();
        assertThat(page.locator("main")).not().containsText(writer);
        assertThat(page.locator("main")).not().containsText("Vote tally");
        Assertions.assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Dossier timeline"))
                .locator("[aria-current=step]").count()).as("every step done").isZero();
        screenshot("9-candidate-sees-decision");
        page.setViewportSize(390, 844);
        assertThat(page.getByText(Pattern.compile("^Decision: deferred"))).isVisible();
        screenshot("10-candidate-phone");
    }

    @Test
    void shouldOpenTheLetterUploadPageWithoutLoginAndNameABrokenLink() {
        // A browser with no session at all: the page renders (no redirect to Keycloak) and explains a link without token.
        page.navigate(platform.gatewayUrl("/promotion/letters/upload"));
        assertThat(heading(page, "Upload your letter of evaluation")).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("This link is incomplete");
        Assertions.assertThat(page.url()).startsWith(platform.gatewayUrl("/"));
        screenshot("11-upload-page-broken-link");
        // Every other page still asks for a login.
        page.navigate(platform.gatewayUrl("/promotion"));
        page.waitForURL(url -> url.startsWith(platform.keycloak.baseUrl() + "/realms/pathway/"));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    private static String subjectOf(String token) {
        return JSON.readTree(HttpCalls.get(platform.gatewayUrl("/api/me"), token).body()).get("subject").asString();
    }

    /** The candidate's undecided dossier, or null. */
    private static JsonNode undecidedDossierOf(String faculty) {
        HttpResponse<String> mine = HttpCalls.get(platform.gatewayUrl(DOSSIERS), faculty);
        Assertions.assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        for (JsonNode dossier : JSON.readTree(mine.body())) {
            if ("CANDIDATE".equals(dossier.get("viewer").asString())
                    && !"DECIDED".equals(dossier.get("status").asString())) {
                return dossier;
            }
        }
        return null;
    }

    /**
     * Carries a dossier another journey left undecided to a decision through the API, each step only where it is
     * still to take: the admin appoints the committee member chair, then submit, assign, vote, close, decide.
     */
    private static void finishUndecidedDossiers(String faculty, String committee, String committeeId) {
        JsonNode left = undecidedDossierOf(faculty);
        if (left == null) {
            return;
        }
        String url = platform.gatewayUrl(DOSSIERS + "/" + left.get("id").asString());
        expect(HttpCalls.postJson(platform.gatewayUrl("/api/promotion-review/admin/dossiers/" + left.get("id").asString()
                + "/chair"), platform.login(ADMIN), "{\"memberId\": \"%s\"}".formatted(committeeId)), 200);
        String status = left.get("status").asString();
        if ("OPEN".equals(status)) {
            expect(HttpCalls.post(url + "/submit", faculty), 200);
            status = "SUBMITTED";
        }
        if ("SUBMITTED".equals(status)) {
            expect(HttpCalls.postJson(url + "/reviewers", committee, "{\"memberIds\": [\"%s\"]}".formatted(committeeId)),
                    200);
            JsonNode view = JSON.readTree(HttpCalls.get(url, committee).body());
            if (view.get("myVote").isNull()) {
                expect(HttpCalls.postJson(url + "/votes", committee, "{\"choice\": \"ABSTAIN\"}"), 204);
            }
            expect(HttpCalls.post(url + "/vote/close", committee), 200);
        }
        expect(HttpCalls.postJson(url + "/decision", committee, "{\"outcome\": \"DEFERRED\"}"), 200);
        Assertions.assertThat(undecidedDossierOf(faculty)).as("nothing left undecided").isNull();
    }

    private static void expect(HttpResponse<String> response, int status) {
        Assertions.assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body())
                .isEqualTo(status);
    }

    /** The upload link of the writer's invitation e-mail, as notification sent it over SMTP. */
    private static String uploadLinkFor(String writerEmail) {
        LocalSmtpServer smtp = TestInfrastructure.smtp();
        String[] link = new String[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Assertions.assertThat(smtp.receivedMessagesFor(writerEmail)).as("the invitation to " + writerEmail)
                    .isNotEmpty();
            MimeMessage invitation = smtp.receivedMessagesFor(writerEmail).get(0);
            Matcher found = UPLOAD_LINK.matcher(Emails.parts(invitation, "text/plain"));
            Assertions.assertThat(found.find()).as("an upload link in the invitation").isTrue();
            link[0] = found.group();
        });
        return link[0];
    }
}
