package org.pathway.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.HttpCalls;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The institution admin's journey through the portal in a real browser: edit the promotion criteria and see whom the
 * change would move before publishing it, then the members and their roles (through the gateway's admin API with the
 * portal session) and the reports. The criteria change is cancelled, not published: other journeys rely on the
 * default criteria for faculty@northbridge.edu (its "director role" requirement).
 */
class AdminJourneySystemIT extends PortalBrowserJourney {

    static final String LINE = "/api/promotion-review/admin/criteria/CLINICIAN_EDUCATOR/ASSOCIATE";

    @Test
    void shouldPreviewTheImpactOfACriteriaChangeThenCancelItAndSeeTheInstitutionsMembersAndReports() {
        String admin = platform.login("admin@northbridge.edu");
        int versionBefore = currentVersion(admin);
        signIn("admin@northbridge.edu", "pathway");
        // The first page has loaded before the journey moves on (it is not what this journey is about).
        assertThat(heading("Institution readiness")).isVisible();
        assertThat(page.locator("main [role=status]")).hasCount(0);

        // The criteria line the faculty journeys are judged by, as its current version.
        nav("Criteria");
        assertThat(heading("Promotion criteria")).isVisible();
        page.getByLabel("Criteria line").selectOption("CLINICIAN_EDUCATOR/ASSOCIATE");
        Locator director = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions()
                .setName(Pattern.compile("education director roles")));
        Locator target = director.getByLabel("Target", new Locator.GetByLabelOptions().setExact(true));
        assertThat(target).hasValue(Pattern.compile("\\d+"));
        String targetBefore = target.inputValue();
        Locator publish = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Publish version " + (versionBefore + 1)));
        assertThat(publish).isDisabled();
        screenshot("1-criteria-editor");

        // A mistake is named on its field before anything is sent.
        target.fill("0");
        click("Preview impact");
        assertThat(director.getByText("At least 1 (remove a requirement you no longer want)")).isVisible();
        screenshot("2-criteria-field-error");

        // One more director role: the preview assesses every faculty member against the draft, writing nothing.
        target.fill(String.valueOf(Integer.parseInt(targetBefore) + 1));
        click("Preview impact");
        assertThat(heading("Impact preview")).isVisible();
        assertThat(page.locator(".criteria-status")).hasText(Pattern.compile(
                "^(Of \\d+ faculty members? assessed, (none|\\d+) would change status\\.|No faculty member .*)$"));
        assertThat(publish).isEnabled();
        screenshot("3-criteria-impact-preview");

        // Cancelled: the draft is back to the published version, and nothing was published.
        click("Cancel changes");
        assertThat(page.locator(".criteria-status")).hasText("Changes discarded.");
        assertThat(target).hasValue(targetBefore);
        assertThat(heading("Impact preview")).hasCount(0);
        Assertions.assertThat(currentVersion(admin)).isEqualTo(versionBefore);
        screenshot("4-criteria-cancelled");

        // Members and their roles, read with the portal session: only the admin's own institution.
        nav("Members");
        Locator nora = page.getByLabel("Faculty: Nora Whitfield");
        assertThat(nora).isChecked();
        assertThat(page.getByLabel("Institution admin: Adrian Castellano")).isChecked();
        assertThat(page.getByText("Lena Moreau")).hasCount(0);
        screenshot("5-members");

        // The reports: the readiness chart, each track (figures withheld below five dossiers) and the program.
        nav("Reports");
        assertThat(heading("Track reality")).isVisible();
        assertThat(page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("clinician educator")))
                .isVisible();
        assertThat(heading("Mentoring program")).isVisible();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Mentoring requests \\(\\d+ in all\\)")))).isVisible();
        assertThat(page.locator("main [role=alert]")).hasCount(0);
        screenshot("6-reports");

        // The criteria editor still reads on a phone.
        page.setViewportSize(390, 844);
        nav("Criteria");
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^1\\. ")))).isVisible();
        screenshot("7-criteria-phone");
    }

    private void nav(String name) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private void click(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    private Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static int currentVersion(String admin) {
        HttpResponse<String> current = HttpCalls.get(platform.gatewayUrl(LINE), admin);
        Assertions.assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        java.util.regex.Matcher version = Pattern.compile("\"version\"\\s*:\\s*(\\d+)").matcher(current.body());
        Assertions.assertThat(version.find()).as(current.body()).isTrue();
        return Integer.parseInt(version.group(1));
    }
}
