package org.pathway.mentoringmatch.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.kit.events.OutboxEvent;
import org.pathway.mentoringmatch.mentee.Mentee;
import org.pathway.mentoringmatch.mentor.Mentor;
import org.pathway.mentoringmatch.scoring.AcademicRank;
import org.pathway.mentoringmatch.scoring.Compatibility;
import org.pathway.mentoringmatch.scoring.CompatibilityScorer;
import org.pathway.mentoringmatch.scoring.EducationRole;
import org.pathway.mentoringmatch.scoring.RequestKind;
import org.pathway.mentoringmatch.scoring.ScoringWeights;
import org.pathway.mentoringmatch.scoring.TimeWindow;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Producer side of the mentoring.matches contracts: every event a match records, serialized as the kit sends it, conforms
 * to its schema and carries no name, email or prep.
 */
class MatchEventContractTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Prep PREP = new Prep("Ran two feedback workshops", List.of("Clerkship leadership"),
            "What would you do in the next 6-12 months?");
    private static final TimeWindow SLOT = new TimeWindow(Instant.parse("2026-03-10T15:00:00Z"),
            Instant.parse("2026-03-10T15:20:00Z"));

    private static Match proposed(RequestKind kind, String mentorInstitution) {
        MentoringRequest request = new MentoringRequest("req-1", "northbridge", "mentee-1", "Ada Okafor",
                "ada@northbridge.edu", kind, PREP, null, true, RequestStatus.PROPOSED, "req-1.1", List.of(), 1, NOW, NOW);
        Mentor mentor = new Mentor(mentorInstitution + ":mentor-1", mentorInstitution, "mentor-1", "Sam Reyes",
                "sam@" + mentorInstitution + ".edu", List.of(EducationRole.CLERKSHIP_DIRECTOR),
                AcademicRank.ASSOCIATE_PROFESSOR, List.of("Assessment"), 2, 0, List.of(SLOT),
                List.of(RequestKind.values()), true, false, NOW, NOW);
        Compatibility compatibility = new CompatibilityScorer(ScoringWeights.DEFAULT, Duration.ofMinutes(20),
                Duration.ofDays(60)).score(request.facts(Mentee.unknown("northbridge", "mentee-1")),
                mentor.facts(0), NOW);
        return Match.propose("req-1.1", request, mentor, compatibility, Proposals.BY_MENTEE, NOW, Duration.ofDays(3));
    }

    private static void assertConformsWithoutPersonalData(OutboxEvent event, String type) {
        assertThat(event.type()).isEqualTo("org.pathway.mentoring-match." + type + ".v1");
        assertThat(event.topic()).isEqualTo("mentoring.matches");
        assertThat(event.subject()).isEqualTo("req-1.1");
        assertThat(event.tenant()).isEqualTo("northbridge");
        String payload = JSON.writeValueAsString(event.payload());
        EventContracts.assertConforms("mentoring-match", type, 1, payload);
        assertThat(payload).doesNotContain("Ada Okafor").doesNotContain("ada@northbridge.edu")
                .doesNotContain("feedback workshops");
    }

    @Test
    void shouldRecordAProposalWithItsReasonsAndDeadline() {
        Match match = proposed(RequestKind.LONG_TERM, "lakeside");

        OutboxEvent event = match.pendingEvents().get(0);

        assertConformsWithoutPersonalData(event, "MatchProposed");
        assertThat(event.payload()).containsEntry("mentorInstitution", "lakeside").containsEntry("deadline",
                "2026-03-05T09:00:00Z");
        assertThat((List<?>) event.payload().get("reasons")).hasSize(7);
    }

    @Test
    void shouldRecordAnAcceptedAdviceConversationWithItsInvite() {
        Match match = proposed(RequestKind.ADVICE_CONVERSATION, "northbridge");
        String ics = ConversationInvite.of(match.id(), SLOT, NOW, "Sam Reyes", "sam@northbridge.edu", "Ada Okafor",
                "ada@northbridge.edu", PREP);

        match.accept(NOW.plusSeconds(60), new Match.Conversation(SLOT.start(), SLOT.end(), ics));

        List<OutboxEvent> events = match.pendingEvents();
        assertThat(events).extracting(OutboxEvent::type).containsExactly(Match.MATCH_PROPOSED, Match.MATCH_ACCEPTED,
                Match.CONVERSATION_SCHEDULED);
        assertConformsWithoutPersonalData(events.get(1), "MatchAccepted");
        OutboxEvent scheduled = events.get(2);
        EventContracts.assertConforms("mentoring-match", "ConversationScheduled", 1,
                JSON.writeValueAsString(scheduled.payload()));
        assertThat((String) scheduled.payload().get("icalendar")).contains("METHOD:REQUEST", "DTSTART:20260310T150000Z");
    }

    @Test
    void shouldRecordADeclineWithItsReasonAndRefuseASecondAnswer() {
        Match match = proposed(RequestKind.SPONSORSHIP, "northbridge");

        match.decline("At capacity with residents this term", NOW);

        assertConformsWithoutPersonalData(match.pendingEvents().get(1), "MatchDeclined");
        assertThat(match.pendingEvents().get(1).payload()).containsEntry("reason", "At capacity with residents this term");
        assertThatThrownBy(() -> match.accept(NOW, null)).isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("declined");
    }

    @Test
    void shouldRecordAnExpiryOnlyOnceTheDeadlineHasPassed() {
        Match match = proposed(RequestKind.PROMOTION_COACHING, "northbridge");

        assertThatThrownBy(() -> match.expire(NOW.plus(Duration.ofDays(2)))).isInstanceOf(IllegalStateException.class);
        match.expire(NOW.plus(Duration.ofDays(3)));

        assertConformsWithoutPersonalData(match.pendingEvents().get(1), "MatchExpired");
        assertThat(match.status()).isEqualTo(MatchStatus.EXPIRED);
    }

    @Test
    void shouldRecordTheEndOfAnAcceptedMentorshipWithWhoEndedItAndOnlyOnce() {
        Match match = proposed(RequestKind.LONG_TERM, "lakeside");
        assertThatThrownBy(() -> match.end(Match.EndedBy.MENTEE, null, NOW)).isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("proposed");
        match.accept(NOW, null);

        match.end(Match.EndedBy.MENTOR, null, NOW.plus(Duration.ofDays(200)));

        OutboxEvent ended = match.pendingEvents().get(2);
        assertConformsWithoutPersonalData(ended, "MentorshipEnded");
        assertThat(ended.payload()).containsEntry("endedBy", "MENTOR").containsEntry("reason", null)
                .containsEntry("acceptedAt", "2026-03-02T09:00:00Z").containsEntry("endedAt", "2026-09-18T09:00:00Z");
        assertThatThrownBy(() -> match.end(Match.EndedBy.MENTEE, "again", NOW)).isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("ended");
    }

    @Test
    void shouldKeepAProposalOpenWhileTheMentorAsksForInformation() {
        Match match = proposed(RequestKind.LONG_TERM, "northbridge");

        match.requestInformation("Which clerkship?");
        assertThat(match.status()).isEqualTo(MatchStatus.INFO_REQUESTED);
        match.answer("Internal medicine");
        match.accept(NOW, null);

        assertThat(match.status()).isEqualTo(MatchStatus.ACCEPTED);
        assertThat(match.pendingEvents()).extracting(OutboxEvent::type).containsExactly(Match.MATCH_PROPOSED,
                Match.MATCH_ACCEPTED);
    }
}
