package org.pathway.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.HttpCalls;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The candidate's journey through the portal's job pages in a real browser: a faculty member of northbridge searches
 * the board, saves the search, is alerted when lakeside's admin publishes a matching posting, and applies to it with a
 * snapshot of their CV. Each run's postings carry a tag of their own (location and title), so earlier runs and other
 * journeys on the same platform never match its search.
 */
class JobsJourneySystemIT extends PortalBrowserJourney {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void shouldAlertACandidateToANewPostingMatchingTheirSavedSearchAndTakeTheirApplication() throws Exception {
        String tag = "Harbor" + System.nanoTime();
        String admin = platform.login("admin@lakeside.edu");
        String faculty = platform.login("faculty@northbridge.edu");
        String boardTitle = "Director of Simulation, emergency medicine " + tag;
        publish(admin, boardTitle, tag + " Point, MI", 30, false);

        signIn("faculty@northbridge.edu", "pathway");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jobs")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Find an education role")))
                .isVisible();

        // The structured filters (protected time, schedule control among them); the ranked result carries its fit,
        // reasons, transparency and typical range.
        page.getByLabel("Location contains").fill(tag);
        page.getByLabel("Clinical share at most (%)").fill("40");
        page.getByLabel("Protected education hours a week, at least").fill("16");
        page.getByLabel("No nights or weekends").check();
        page.getByLabel("Who controls the schedule").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
        Locator result = page.locator(".job-result", new Page.LocatorOptions().setHasText(boardTitle));
        assertThat(result).isVisible();
        assertThat(page.locator(".job-result")).hasCount(1);
        assertThat(result.getByRole(AriaRole.METER, new Locator.GetByRoleOptions().setName("Fit for " + boardTitle)))
                .hasAttribute("aria-valuenow", java.util.regex.Pattern.compile("\\d+"));
        assertThat(result.locator(".job-reasons li").first()).containsText("clinical time 30%");
        assertThat(result.locator(".transparency")).containsText("3/5 answered");
        assertThat(result.getByRole(AriaRole.IMG)).hasAttribute("aria-label",
                "Clinical time 30%; typical for simulation director: 10–40%: "
                        + "within the typical clinical time for this role");
        screenshot("1-search-ranked");

        // Saved with its filters: the portal lists it, and so does the API.
        String searchName = "Simulation roles " + tag;
        page.getByLabel("Name this search").fill(searchName);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save search and alert me")).click();
        Locator saved = page.locator("section[aria-labelledby=saved-searches-heading]");
        Locator savedName = saved.getByText(searchName, new Locator.GetByTextOptions().setExact(true));
        assertThat(savedName).isVisible();
        assertThat(saved).containsText("clinical ≤ 40% · ≥ 16 protected h/week · no nights or weekends · in “" + tag
                + "” · answers: who controls the schedule");
        Assertions.assertThat(HttpCalls.get(platform.gatewayUrl("/api/job-posting/me/saved-searches"), faculty).body())
                .contains(searchName);
        screenshot("2-search-saved");

        // Lakeside publishes a new posting that matches; PostingPublished reaches the alert matcher through Kafka.
        String newTitle = "Clerkship director, rural family medicine " + tag;
        String newPosting = publish(admin, newTitle, tag + " Falls, MI", 35, true);
        Locator alerts = page.locator("section[aria-labelledby=alerts-heading]");
        Locator alert = alerts.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(newTitle));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            alerts.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check for new alerts")).click();
            assertThat(alert).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(5_000));
        });
        assertThat(alerts).containsText(searchName);
        Assertions.assertThat(HttpCalls.get(platform.gatewayUrl("/api/job-posting/me/alerts"), faculty).body())
                .contains(newPosting);
        screenshot("3-alert-received");

        // The alert opens the posting; applying freezes the CV and sends the application with the snapshot.
        alert.click();
        Locator detail = page.locator("#job-detail");
        assertThat(detail.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName(newTitle))).isVisible();
        assertThat(detail.locator(".job-questions li.answered")).hasCount(5);
        detail.getByLabel("Cover letter").fill("I have directed our family medicine clerkship for six years.");
        detail.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Apply with my CV")).click();
        assertThat(detail.getByText("Application sent")).isVisible();
        screenshot("4-applied");

        Locator applications = page.locator("section[aria-labelledby=applications-heading]");
        Locator row = applications.locator("tr", new Locator.LocatorOptions().setHasText(newTitle));
        assertThat(row.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions()
                .setName("Status: Submitted, step 1 of 4"))).isVisible();
        JsonNode application = JSON.readTree(HttpCalls.get(platform.gatewayUrl("/api/job-posting/me/applications"),
                faculty).body()).valueStream().filter(a -> a.get("postingId").asString().equals(newPosting))
                .findFirst().orElseThrow();
        Assertions.assertThat(application.get("stage").asString()).isEqualTo("SUBMITTED");
        HttpResponse<byte[]> cv = HttpClient.newHttpClient().send(HttpCalls.request(platform.gatewayUrl(
                "/api/portfolio/exports/cv-snapshots/" + application.get("cvSnapshotId").asString() + "/cv.pdf"),
                faculty).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        Assertions.assertThat(cv.statusCode()).isEqualTo(200);
        Assertions.assertThat(new String(cv.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        screenshot("5-application-status");

        page.setViewportSize(390, 844);
        assertThat(row).isVisible();
        screenshot("6-phone");

        // Deleting the search stops its alerts; the run leaves no live search behind for later journeys.
        page.setViewportSize(1280, 900);
        saved.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete " + searchName)).click();
        assertThat(savedName).hasCount(0);
        Assertions.assertThat(HttpCalls.get(platform.gatewayUrl("/api/job-posting/me/saved-searches"), faculty).body())
                .doesNotContain(searchName);
        screenshot("7-search-deleted");
    }

    /** A posting created and published by the institution's admin through the API; answers all five when asked. */
    private static String publish(String admin, String title, String location, int clinicalShare, boolean allAnswers) {
        String answers = allAnswers ? """
                {"clinicalHalfDays": "Three clinical half-days a week", "educationFteMeaning": "0.5 FTE, 20 hours",
                 "scheduleControl": "The clerkship director; no clinics added without consent",
                 "promotionAndSalary": "A documented clinician-educator path", "lastPersonInRole": "Promoted to vice chair"}
                """ : """
                {"scheduleControl": "The simulation centre sets its own schedule"}""";
        HttpResponse<String> created = HttpCalls.postJson(platform.gatewayUrl("/api/job-posting/admin/postings"), admin,
                """
                {"title": "%s", "roleType": "%s", "specialty": "Family medicine",
                 "location": {"text": "%s", "workplace": "ON_SITE"}, "clinicalShare": {"min": %d, "max": %d},
                 "educationFte": 0.5, "protectedHoursPerWeek": 20, "clinicalHalfDaysPerWeek": 3,
                 "compensation": {"min": 240000, "max": 275000, "currency": "USD"}, "nightsWeekends": false,
                 "missionTags": ["RURAL"], "answers": %s}"""
                        .formatted(title, allAnswers ? "CLERKSHIP_DIRECTOR" : "SIMULATION_DIRECTOR", location,
                                clinicalShare, clinicalShare, answers));
        Assertions.assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asString();
        HttpResponse<String> published = HttpCalls.post(
                platform.gatewayUrl("/api/job-posting/admin/postings/" + id + "/publish"), admin);
        Assertions.assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }
}
