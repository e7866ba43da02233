package org.pathway.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * What every browser journey through the portal shares: Debian's chromium driven by Playwright, a fresh browser
 * context (no cookies) per test, signing in on the real Keycloak's own pages (organizations on: the username first,
 * then the password), and screenshots under {@code target/portal-screenshots/<journey class>/} for a reviewer,
 * including {@code last-<test>.png}, the page as each test left it.
 */
abstract class PortalBrowserJourney {

    static final Path CHROMIUM = Path.of(System.getProperty("pathway.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");

    protected static PlatformUnderTest platform;
    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startPlatformAndBrowser() throws Exception {
        Assertions.assertThat(Files.isExecutable(CHROMIUM))
                .as("Debian's chromium at %s (apt-get install chromium; .ci/run installs it)", CHROMIUM).isTrue();
        platform = PlatformUnderTest.get();
        PortalLoginSystemIT.allowRedirectsTo(platform, platform.gatewayUrl(""));
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
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openContext() {
        context = newContext();
        page = context.newPage();
    }

    /** Another browser with its own cookies, for a second person in the same journey; closed with the test. */
    protected BrowserContext newContext() {
        BrowserContext another = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        another.setDefaultTimeout(30_000);
        return another;
    }

    @AfterEach
    void closeContext(TestInfo test) {
        // The page as the journey left it: what a reviewer looks at first when a journey fails.
        screenshot("last-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("journey"));
        for (BrowserContext open : browser.contexts()) {
            open.close();
        }
    }

    /** From the portal's address to Keycloak's two login pages and back into the app. */
    protected void signIn(String username, String password) {
        signIn(page, username, password);
    }

    protected static void signIn(Page page, String username, String password) {
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

    protected void screenshot(String name) {
        screenshot(page, name);
    }

    protected void screenshot(Page of, String name) {
        Path file = SCREENSHOTS.resolve(getClass().getSimpleName()).resolve(name + ".png");
        of.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }
}
