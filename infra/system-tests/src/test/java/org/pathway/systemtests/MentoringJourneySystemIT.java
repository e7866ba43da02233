package org.pathway.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * Issue 9's mentoring journey in two browsers: a faculty member asks for a mentor in the portal and sees ranked
 * suggestions with their reasons; their proposal reaches the mentor's live notifications feed (Server-Sent Events
 * through the gateway, no reload) and inbox; the mentor accepts; the mentee's page shows the match accepted with the
 * conversation's calendar invite.
 */
class MentoringJourneySystemIT extends PortalBrowserJourney {

    private static final String MENTOR = "mentor@northbridge.edu";
    private static final String MENTEE = "faculty@northbridge.edu";

    @Test
    void shouldTakeAMenteesRequestFromSuggestionsToTheMentorsLiveFeedAndInboxUntilAccepted() {
        String run = Long.toString(System.nanoTime(), 36);
        // A niche of this run only: the suggestion and the proposal carry it as a reason, so both are this run's.
        String niche = "bedside-feedback-" + run;
        MentoringSetup.careerProfiles(platform, platform.login(MENTOR), platform.login(MENTEE), run, niche);
        MentoringSetup.optInAsMentor(platform, platform.login(MENTOR), niche);

        // The mentor keeps the notifications page open: the live feed and the top bar's unread badge.
        Page mentor = newContext().newPage();
        signIn(mentor, MENTOR, "pathway");
        mentor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifications").setExact(true)).click();
        assertThat(mentor.getByText("Live: new notifications appear here as they happen.")).isVisible();
        screenshot(mentor, "1-mentor-live-feed-open");

        // The mentee asks for an advice conversation, with the prep it needs.
        signIn(MENTEE, "pathway");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Find a mentor")).click();
        assertThat(page).hasURL(Pattern.compile(".*/find-a-mentor$"));
        page.getByLabel("A 20-minute advice conversation").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for a mentor")).click();
        assertThat(page.getByText("Say what you have done so far")).isVisible();
        page.getByLabel("What you have done so far").fill("Ran a bedside feedback workshop for interns (" + run + ")");
        page.getByLabel("A direction you are interested in").fill("Simulation-based feedback training");
        String ask = "How do I turn the workshop into a curriculum? (" + run + ")";
        page.getByLabel("Your one clear ask").fill(ask);
        screenshot("2-mentee-asks");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for a mentor")).click();

        // Ranked suggestions with their reasons; the mentee's profile reaches mentoring-match through Kafka, so the
        // shared niche may take a refresh or two to appear.
        Locator suggestion = page.locator("li.suggestion", new Page.LocatorOptions()
                .setHasText("shares your niche " + niche));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            if (!suggestion.isVisible()) {
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refresh suggestions")).click();
            }
            assertThat(suggestion).isVisible();
        });
        assertThat(suggestion.getByText("Why this mentor")).isVisible();
        assertThat(suggestion.getByRole(AriaRole.HEADING)).hasText("Miles Okafor");
        assertThat(suggestion.locator(".reason").first()).containsText("(+");
        screenshot("3-suggestions-with-reasons");

        String badgeBefore = bell(mentor).getAttribute("aria-label");
        suggestion.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ask Miles Okafor")).click();

        // The mentee follows the proposal: waiting, with the answer deadline.
        Locator request = page.locator("li.request", new Page.LocatorOptions().setHasText(ask));
        Locator proposal = request.locator("li.proposal");
        assertThat(proposal).containsText("Waiting for the mentor");
        assertThat(proposal).containsText(Pattern.compile("Answer due in \\d+ (days?|hours?)"));
        String matchId = proposal.getAttribute("data-match");
        Assertions.assertThat(matchId).isNotBlank();
        screenshot("4-mentee-proposal-waiting");

        // MatchProposed → Kafka → notification → the mentor's open stream: the item appears without a reload, the badge
        // counts it.
        Locator pushed = mentor.locator("li.feed-item.unread", new Page.LocatorOptions()
                .setHas(mentor.locator("a[href*='match=" + matchId + "']")));
        assertThat(pushed).isVisible(new LocatorAssertions.IsVisibleOptions()
                .setTimeout(90_000));
        assertThat(pushed).containsText("A mentee asks you for an advice conversation");
        assertThat(bell(mentor)).not().hasAttribute("aria-label", badgeBefore);
        screenshot(mentor, "5-mentor-feed-pushed");

        // The feed item leads to the inbox, the proposal marked, with the fit, why, and the mentee's prep.
        pushed.getByRole(AriaRole.LINK).click();
        assertThat(mentor).hasURL(Pattern.compile(".*/mentoring\\?match=.*"));
        Locator card = mentor.locator("li.proposal-card.linked");
        assertThat(card).containsText("Nora Whitfield");
        assertThat(card).containsText("shares your niche " + niche);
        assertThat(card).containsText(ask);
        assertThat(mentor.getByRole(AriaRole.METER, new Page.GetByRoleOptions().setName("Mentees against your capacity")))
                .isVisible();
        screenshot(mentor, "6-mentor-inbox-proposal");

        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept Nora Whitfield")).click();
        assertThat(mentor.locator("li.proposal-card.linked")).hasCount(0);
        assertThat(mentor.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Your mentees and past proposals"))
                .getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Accepted"))).not().hasCount(0);
        screenshot(mentor, "7-mentor-accepted");

        // The mentee's page shows the match accepted, and the conversation booked in the mentor's availability.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refresh").setExact(true)).click();
        assertThat(proposal).containsText("Accepted");
        assertThat(request.locator(".badge")).hasText("Matched");
        Locator invite = proposal.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Download calendar invite"));
        assertThat(invite).hasAttribute("href", Pattern.compile("^data:text/calendar.*BEGIN%3AVCALENDAR.*"));
        screenshot("8-mentee-match-accepted");

        page.setViewportSize(390, 844);
        assertThat(proposal).isVisible();
        screenshot("9-mentee-phone");
    }

    private static Locator bell(Page of) {
        return of.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Notification bell: ")));
    }
}
