package org.pathway.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.pathway.infra.local.HttpCalls;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the mentoring journeys set up through the APIs before they watch: career profiles (ProfileUpdated feeds
 * notification's recipients and mentoring-match's mentees) and a mentor who takes advice conversations.
 */
final class MentoringSetup {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MentoringSetup() {
    }

    /**
     * A mentor (professor) and a mentee (assistant professor aiming to direct simulation) sharing {@code niche}; once the
     * mentee's ProfileUpdated reaches mentoring-match, the mentor's suggestion says "shares your niche {@code niche}".
     */
    static void careerProfiles(PlatformUnderTest platform, String mentor, String mentee, String run, String niche) {
        editProfile(platform, mentor, """
                {"specialty": "Emergency medicine %s", "rank": "PROFESSOR",
                 "educationNiche": {"theme": "Feedback at the bedside", "tags": ["%s"]}}
                """.formatted(run, niche));
        editProfile(platform, mentee, """
                {"specialty": "Internal medicine %s", "rank": "ASSISTANT_PROFESSOR",
                 "educationNiche": {"theme": "Feedback at the bedside", "tags": ["%s"]},
                 "targetRoles": ["SIMULATION_DIRECTOR"]}
                """.formatted(run, niche));
    }

    /** The first portfolio call enrols a faculty member; the edit of the shared career profile publishes ProfileUpdated. */
    static void editProfile(PlatformUnderTest platform, String token, String json) {
        HttpResponse<String> enrolled = HttpCalls.get(platform.gatewayUrl("/api/portfolio/profile/me"), token);
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(200);
        HttpResponse<String> edited = HttpCalls.putJson(platform.gatewayUrl("/api/portfolio/profile/me"), token, json);
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    }

    /**
     * Opts the mentor in (or edits their profile) for advice conversations and long-term mentoring in {@code niche},
     * free from tomorrow for a month, and makes sure they are not paused; answers the mentor's id.
     */
    static String optInAsMentor(PlatformUnderTest platform, String mentor, String niche) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> optedIn = HttpCalls.putJson(platform.gatewayUrl("/api/mentoring-match/mentors/me"), mentor, """
                {"roles": ["SIMULATION_DIRECTOR"], "rank": "PROFESSOR", "niches": ["%s"], "capacity": 10,
                 "availability": [{"start": "%s", "end": "%s"}],
                 "acceptedKinds": ["ADVICE_CONVERSATION", "LONG_TERM"]}
                """.formatted(niche, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))));
        assertThat(optedIn.statusCode()).as(optedIn.body()).isEqualTo(200);
        HttpResponse<String> resumed = HttpCalls.post(platform.gatewayUrl("/api/mentoring-match/mentors/me/resume"), mentor);
        assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);
        return JSON.readTree(optedIn.body()).get("id").asString();
    }
}
