package org.pathway.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.HttpCalls;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/** The faculty member's and the institution admin's journeys through the portal in a real browser. */
class PortalJourneySystemIT extends PortalBrowserJourney {

    @Test
    void shouldRecordALeadershipRoleFromThePortfolioAndSeeReadinessChangeOnTheDashboard() {
        String faculty = platform.login("faculty@northbridge.edu");
        onTheEducatorTrackTowardAssociate(faculty);
        signIn("faculty@northbridge.edu", "pathway");

        // The navigation a faculty member gets, from /api/me's roles, and who is signed in.
        Locator navigation = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
        assertThat(navigation.getByRole(AriaRole.LINK)).hasText(new String[] {"Dashboard", "Portfolio", "Pivot plan",
                "Find a mentor", "Jobs", "Promotion", "Notifications"});
        assertThat(page.locator("#signed-in-user")).not().isEmpty();

        // The gauge and the requirements against their targets; the director role is still missing.
        // The report is computed from events; on a loaded machine the first read can lag, and a reader reloads.
        Locator gauge = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Readiness \\d+ of 100")));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            if (!gauge.isVisible()) {
                page.reload();
            }
            assertThat(gauge).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        });
        Locator leadership = page.locator("li.requirement", new Page.LocatorOptions().setHasText("director role"));
        assertThat(leadership).hasClass(Pattern.compile("outcome-unmet"));
        String scoreBefore = gaugeLabel();
        screenshot("1-dashboard");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Portfolio")).click();
        assertThat(page).hasURL(Pattern.compile(".*/portfolio$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your activities"))).isVisible();

        // The form names what is missing before anything is sent.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record activity")).click();
        assertThat(page.getByText("Give the activity a title")).isVisible();
        screenshot("2-portfolio-form-errors");

        String title = "Clerkship direction, internal medicine " + System.nanoTime();
        page.getByLabel("Kind").selectOption("LEADERSHIP");
        page.getByLabel("Title").fill(title);
        page.getByLabel("Date").fill("2024-07-01");
        page.getByLabel("Role").selectOption("CLERKSHIP_DIRECTOR");
        page.getByLabel("Scope").fill("Third-year internal medicine clerkship, 160 students");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record activity")).click();

        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(title))).isVisible();
        screenshot("3-portfolio-recorded");
        // Stored for this user, through the gateway's relay of the session's token: the API agrees with the page.
        Assertions.assertThat(HttpCalls.get(platform.gatewayUrl("/api/portfolio/activities"), faculty).body())
                .contains(title);

        // ActivityRecorded reaches promotion-review through Kafka and the report is redrawn: the dashboard shows it.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard")).click();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            page.reload();
            Assertions.assertThat(leadership.getAttribute("class")).contains("outcome-met");
        });
        Assertions.assertThat(gaugeLabel()).isNotEqualTo(scoreBefore);
        screenshot("4-dashboard-after");

        // Down to a phone's width the dashboard still reads.
        page.setViewportSize(390, 844);
        assertThat(leadership).isVisible();
        screenshot("5-dashboard-phone");
    }

    @Test
    void shouldReportEveryBadRowOfATeachingCsvThenImportTheCorrectedFile() {
        signIn("faculty@northbridge.edu", "pathway");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Portfolio")).click();
        String session = "Grand rounds: sepsis recognition " + System.nanoTime();
        String header = "date,session,learner_level,hours,mean,scale\n";
        String good = "2025-03-04," + session + ",RESIDENT,1,4.6,1-5\n";

        upload(header + good + "2025-13-01,Bedside ultrasound,RESIDENT,two,4.2,1-5\n");

        // Nothing stored, and each error named by row and column (the header is row 1, as a spreadsheet counts).
        Locator rowErrors = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Rows to correct"));
        assertThat(rowErrors).isVisible();
        List<String> reported = rowErrors.locator("tbody tr").allInnerTexts();
        Assertions.assertThat(reported).hasSize(2).allSatisfy(row -> Assertions.assertThat(row).startsWith("3"));
        Assertions.assertThat(String.join("\n", reported)).contains("date").contains("hours");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("nothing was stored");
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(session))).hasCount(0);
        screenshot("7-csv-row-errors");

        upload(header + good);

        assertThat(page.getByText("1 teaching session(s) recorded.")).isVisible();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(session))).isVisible();
        screenshot("8-csv-imported");
    }

    private void upload(String csv) {
        page.getByLabel("CSV file").setInputFiles(new FilePayload("evaluations.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();
    }

    @Test
    void shouldGiveAnInstitutionAdminTheInstitutionPagesOnly() {
        signIn("admin@northbridge.edu", "pathway");

        Locator navigation = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
        assertThat(navigation.getByRole(AriaRole.LINK)).hasText(new String[] {"Institution readiness",
                "Criteria", "Mentoring round", "Postings", "Reports", "Members", "Notifications"});
        // A faculty page asked for by address falls back to the admin's own page.
        page.navigate(platform.gatewayUrl("/portfolio"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Institution readiness")))
                .isVisible();
        assertThat(page.locator("main [role=status]")).hasCount(0);
        screenshot("6-institution-admin");
    }

    /** Rank and track on the profile (through the API): promotion-review then judges them by the default criteria. */
    private static void onTheEducatorTrackTowardAssociate(String faculty) {
        HttpResponse<String> profile = HttpCalls.putJson(platform.gatewayUrl("/api/portfolio/profile/me"), faculty,
                "{\"rank\": \"ASSISTANT_PROFESSOR\", \"track\": \"CLINICIAN_EDUCATOR\"}");
        Assertions.assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> HttpCalls.get(
                platform.gatewayUrl("/api/promotion-review/readiness/me"), faculty).statusCode() == 200);
    }

    private String gaugeLabel() {
        return page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("^Readiness ")))
                .getAttribute("aria-label");
    }
}
