package org.pathway.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.pathway.infra.local.HttpCalls;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * The portal in a real browser: Debian's chromium driven by Playwright, signing in on the real Keycloak's own pages
 * (organizations on: the username first, then the password) and using the app the gateway serves. Each step leaves a
 * screenshot under {@code target/portal-screenshots/} for a reviewer.
 */
class PortalJourneySystemIT {

    static final Path CHROMIUM = Path.of(System.getProperty("pathway.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");

    private static PlatformUnderTest platform;
    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startPlatformAndBrowser() throws Exception {
        Assertions.assertThat(Files.isExecutable(CHROMIUM))
                .as("Debian's chromium at %s (apt-get install chromium; .ci/run installs it)", CHROMIUM).isTrue();
        platform = PlatformUnderTest.get();
        PortalLoginSystemIT.allowRedirectsTo(platform, platform.gatewayUrl(""));
        Files.createDirectories(SCREENSHOTS);
        // Two cores shared by the whole platform: a page may take longer than Playwright's 5 s default to settle.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        // The driver (and the Node it runs on) comes out of the playwright jars; nothing may be downloaded.
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // launch() gives every run a fresh, empty profile of its own; the flags keep chromium off the network
        // (this machine refuses outside connections) and quiet as root in a container.
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext(TestInfo test) {
        // The page as the journey left it: what a reviewer looks at first when a journey fails.
        screenshot("last-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("journey"));
        context.close();
    }

    @Test
    void shouldRecordALeadershipRoleFromThePortfolioAndSeeReadinessChangeOnTheDashboard() {
        String faculty = platform.login("faculty@northbridge.edu");
        onTheEducatorTrackTowardAssociate(faculty);
        signIn("faculty@northbridge.edu", "pathway");

        // The navigation a faculty member gets, from /api/me's roles, and who is signed in.
        Locator navigation = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
        assertThat(navigation.getByRole(AriaRole.LINK)).hasText(new String[] {"Dashboard", "Portfolio", "Pivot plan"});
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
    void shouldGiveAnInstitutionAdminTheInstitutionViewOnly() {
        signIn("admin@northbridge.edu", "pathway");

        Locator navigation = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
        assertThat(navigation.getByRole(AriaRole.LINK)).hasText(new String[] {"Institution readiness"});
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

    /** From the portal's address to Keycloak's two login pages and back into the app. */
    private void signIn(String username, String password) {
        page.navigate(platform.gatewayUrl("/"));
        // Playwright hands URL patterns to the browser's own regular expressions: prefixes are checked in Java.
        page.waitForURL(url -> url.startsWith(platform.keycloak.baseUrl() + "/realms/pathway/"));
        // Enter submits each of Keycloak's forms, whatever its theme calls the button.
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=username]").press("Enter");
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(url -> url.startsWith(platform.gatewayUrl("/")));
        assertThat(page.locator("#signed-in-user")).isVisible();
        Assertions.assertThat(page.url()).doesNotContain("access_token");
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
