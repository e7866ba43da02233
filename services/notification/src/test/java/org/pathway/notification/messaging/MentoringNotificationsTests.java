package org.pathway.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.calendar.CalendarInvite;
import org.pathway.notification.calendar.IcsWriter;
import org.pathway.notification.config.NotificationProperties;
import org.pathway.notification.delivery.Notice;
import org.pathway.notification.preference.Category;
import org.pathway.notification.template.Templates;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

/** The mentoring-match contracts' examples read into this consumer's tolerant records and render as its messages. */
class MentoringNotificationsTests {

    private static final NotificationProperties PROPERTIES = Binder.get(new StandardEnvironment())
            .bindOrCreate("pathway.notification", NotificationProperties.class);
    private static final EventEnvelope ENVELOPE = new EventEnvelope("e-1", "t", "/pathway/mentoring-match",
            "3f0c6a8e-5d1b-4c9e-9a57-0b8f1d2e6c41.1", "northbridge", Instant.now(), "1.0");
    private static final String MATCH = "http://127.0.0.1:8080/mentoring/matches/3f0c6a8e-5d1b-4c9e-9a57-0b8f1d2e6c41.1";
    private static final String MENTOR = "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4";
    private static final String MENTEE = "5b1f2d7c-0a43-4d6e-8f3a-2c9b7e1d4a60";

    private final Templates templates = new Templates();
    private final MatchLinks links = new MatchLinks(PROPERTIES);
    private final InMemoryConversations conversations = new InMemoryConversations();
    private final ConversationCancellations cancellations = new ConversationCancellations(conversations, links);

    @Test
    void shouldAskTheMentorOfTheMatchProposedExampleToAcceptDeclineOrAskForInformation() {
        var proposal = read("MatchProposed", MatchProposedNotifications.MatchProposed.class);

        List<Notice> notices = new MatchProposedNotifications(links).notices(ENVELOPE, proposal);

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.to().userId()).isEqualTo(MENTOR);
            assertThat(notice.to().institution()).isEqualTo("northbridge");
            assertThat(notice.category()).isEqualTo(Category.MATCHES);
            assertThat(notice.invite()).isNull();
            Templates.Rendered rendered = templates.render(notice.template(), withRecipient(notice));
            assertThat(rendered.subject())
                    .isEqualTo("A mentee asks you for an advice conversation: please answer by Thursday 5 March 2026, 09:00 UTC");
            assertThat(rendered.text()).startsWith("Hello Ada,")
                    .contains("holds clerkship director, a role you are aiming for (+30)")
                    .doesNotContain("no readiness gaps known")
                    .contains(MATCH + "?action=accept").contains(MATCH + "?action=decline")
                    .contains(MATCH + "?action=ask-for-info");
            assertThat(rendered.html().replace("&#x3D;", "=")).as("= escaped in attributes is the same URL").contains("<a href=\"" + MATCH + "?action=accept\">Accept</a>")
                    .contains("<a href=\"" + MATCH + "?action=decline\">Decline</a>")
                    .contains("<a href=\"" + MATCH + "?action=ask-for-info\">Ask for more information</a>");
        });
    }

    @Test
    void shouldAddressTheMentorInTheirOwnInstitutionWhenTheMatchCrossesInstitutions() {
        var proposal = read("MatchProposed", MatchProposedNotifications.MatchProposed.class);
        var crossing = new MatchProposedNotifications.MatchProposed(proposal.matchId(), proposal.menteeId(), proposal.mentorId(),
                "lakeside", proposal.kind(), proposal.score(), proposal.reasons(), proposal.deadline());

        assertThat(new MatchProposedNotifications(links).notices(ENVELOPE, crossing).get(0).to().institution())
                .isEqualTo("lakeside");
    }

    @Test
    void shouldSendTheConversationScheduledExamplesInviteToMentorAndMentee() {
        List<Notice> notices = scheduled();

        assertThat(notices).extracting(notice -> notice.to().userId()).containsExactly(MENTOR, MENTEE);
        assertThat(notices).extracting(notice -> notice.to().email())
                .containsExactly("sam.reyes@northbridge.edu", "ada.okafor@northbridge.edu");
        CalendarInvite invite = notices.get(1).invite();
        assertThat(invite.method()).isEqualTo(CalendarInvite.Method.REQUEST);
        assertThat(invite.uid()).isEqualTo("3f0c6a8e-5d1b-4c9e-9a57-0b8f1d2e6c41.1@mentoring-match.pathway");
        assertThat(invite.start()).isEqualTo(Instant.parse("2026-03-10T15:00:00Z"));
        assertThat(invite.organizer().name()).isEqualTo("Sam Reyes");
        String ics = IcsWriter.write(invite, Instant.parse("2026-03-03T14:12:41Z"));
        assertThat(ics).contains("METHOD:REQUEST").contains("UID:3f0c6a8e-5d1b-4c9e-9a57-0b8f1d2e6c41.1@mentoring-match.pathway")
                .contains("DTSTART:20260310T150000Z").contains("SEQUENCE:0");
        Templates.Rendered rendered = templates.render(notices.get(1).template(), withRecipient(notices.get(1)));
        assertThat(rendered.subject()).isEqualTo("Mentoring conversation on Tuesday 10 March 2026, 15:00 UTC: calendar invite");
        assertThat(rendered.text()).contains("Advice conversation: Ada Okafor and Sam Reyes").contains("(20 minutes)")
                .contains(MATCH);
        assertThat(conversations.find("northbridge", "3f0c6a8e-5d1b-4c9e-9a57-0b8f1d2e6c41.1")).isPresent();
    }

    @Test
    void shouldTellTheMenteeOfTheMatchDeclinedExampleAndSendNoCancellationWithoutAnInvite() {
        var declined = read("MatchDeclined", MatchDeclinedNotifications.MatchDeclined.class);

        List<Notice> notices = new MatchDeclinedNotifications(cancellations, links).notices(ENVELOPE, declined);

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.to().userId()).isEqualTo(MENTEE);
            assertThat(notice.invite()).isNull();
            Templates.Rendered rendered = templates.render(notice.template(), withRecipient(notice));
            assertThat(rendered.subject()).isEqualTo("The proposed mentor could not take on your request");
            assertThat(rendered.text()).contains("long-term mentoring").contains("open again")
                    .contains("http://127.0.0.1:8080/mentoring/requests/3f0c6a8e-5d1b-4c9e-9a57-0b8f1d2e6c41")
                    .doesNotContain("at capacity").doesNotContain("cancel");
        });
    }

    @Test
    void shouldCancelTheSentInviteForBothWhenTheMatchExpires() {
        scheduled();
        var expired = read("MatchExpired", MatchExpiredNotifications.MatchExpired.class);

        List<Notice> notices = new MatchExpiredNotifications(cancellations, links).notices(ENVELOPE, expired);

        assertThat(notices).extracting(notice -> notice.to().userId()).containsExactly(MENTEE, MENTOR);
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.invite().method()).isEqualTo(CalendarInvite.Method.CANCEL);
            assertThat(notice.invite().sequence()).isEqualTo(1);
            assertThat(notice.invite().uid()).isEqualTo("3f0c6a8e-5d1b-4c9e-9a57-0b8f1d2e6c41.1@mentoring-match.pathway");
        });
        assertThat(IcsWriter.write(notices.get(0).invite(), Instant.now())).contains("METHOD:CANCEL").contains("STATUS:CANCELLED");
        Templates.Rendered toMentee = templates.render(notices.get(0).template(), withRecipient(notices.get(0)));
        assertThat(toMentee.subject()).isEqualTo("No answer from the proposed mentor: your request moves on");
        assertThat(toMentee.text()).contains("sponsorship")
                .contains("The conversation planned for Tuesday 10 March 2026, 15:00 UTC is cancelled");
        Templates.Rendered toMentor = templates.render(notices.get(1).template(), withRecipient(notices.get(1)));
        assertThat(toMentor.subject()).isEqualTo("Cancelled: mentoring conversation on Tuesday 10 March 2026, 15:00 UTC");
        assertThat(notices.get(1).to().email()).isEqualTo("sam.reyes@northbridge.edu");
    }

    @Test
    void shouldTellTheMentorWhenTheMenteeEndsTheMentorshipExampleWithTheirReason() {
        var ended = read("MentorshipEnded", MentorshipEndedNotifications.MentorshipEnded.class);

        List<Notice> notices = new MentorshipEndedNotifications(cancellations, links).notices(ENVELOPE, ended);

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.to().userId()).as("the mentee ended it: only the mentor is told").isEqualTo(MENTOR);
            assertThat(notice.to().institution()).isEqualTo("northbridge");
            assertThat(notice.category()).isEqualTo(Category.MATCHES);
            Templates.Rendered rendered = templates.render(notice.template(), withRecipient(notice));
            assertThat(rendered.subject()).isEqualTo("Mentorship ended: long-term mentoring");
            assertThat(rendered.text()).contains("was ended by your mentee")
                    .contains("Their reason: We met our goals for the dossier year").contains(MATCH)
                    .doesNotContain("cancelled");
        });
    }

    @Test
    void shouldTellTheMenteeAndCancelTheInviteWhenTheMentorEndsTheMentorship() {
        scheduled();
        var example = read("MentorshipEnded", MentorshipEndedNotifications.MentorshipEnded.class);
        var byMentor = new MentorshipEndedNotifications.MentorshipEnded(example.matchId(), example.requestId(),
                example.menteeId(), example.mentorId(), "lakeside", example.kind(), "MENTOR", "");

        List<Notice> notices = new MentorshipEndedNotifications(cancellations, links).notices(ENVELOPE, byMentor);

        assertThat(notices).extracting(notice -> notice.to().userId()).containsExactly(MENTEE, MENTOR);
        assertThat(notices.get(0).template()).isEqualTo("mentorship-ended");
        assertThat(notices.get(1).template()).as("the mentor's own copy is the invite's cancellation").isEqualTo(
                "conversation-cancelled");
        assertThat(notices).allSatisfy(notice -> assertThat(notice.invite().method()).isEqualTo(CalendarInvite.Method.CANCEL));
        Templates.Rendered toMentee = templates.render(notices.get(0).template(), withRecipient(notices.get(0)));
        assertThat(toMentee.text()).contains("was ended by your mentor").doesNotContain("Their reason")
                .contains("The conversation planned for Tuesday 10 March 2026, 15:00 UTC is cancelled");
    }

    @Test
    void shouldTellBothPeopleWhenAnAdminEndsTheMentorshipAddressingTheMentorInTheirInstitution() {
        var example = read("MentorshipEnded", MentorshipEndedNotifications.MentorshipEnded.class);
        var byAdmin = new MentorshipEndedNotifications.MentorshipEnded(example.matchId(), example.requestId(),
                example.menteeId(), example.mentorId(), "lakeside", example.kind(), "ADMIN", "Mentor left the institution");

        List<Notice> notices = new MentorshipEndedNotifications(cancellations, links).notices(ENVELOPE, byAdmin);

        assertThat(notices).extracting(notice -> notice.to().userId()).containsExactly(MENTOR, MENTEE);
        assertThat(notices.get(0).to().institution()).isEqualTo("lakeside");
        assertThat(templates.render(notices.get(1).template(), withRecipient(notices.get(1))).text())
                .contains("an administrator of the institution").contains("Mentor left the institution");
    }

    private List<Notice> scheduled() {
        var scheduled = read("ConversationScheduled", ConversationScheduledNotifications.ConversationScheduled.class);
        return new ConversationScheduledNotifications(conversations, links).notices(ENVELOPE, scheduled);
    }

    private static <T> T read(String type, Class<T> record) {
        return InboundEvents.PAYLOADS.readValue(EventContracts.example("mentoring-match", type, 1), record);
    }

    private static Map<String, Object> withRecipient(Notice notice) {
        Map<String, Object> model = new HashMap<>(notice.model());
        model.put("recipientName", "Ada");
        model.put("portalUrl", PROPERTIES.portalBaseUrl());
        return model;
    }

    /** The store's contract without a database: the last invite remembered per institution and match. */
    private static final class InMemoryConversations extends ScheduledConversations {

        private final Map<String, ScheduledConversation> stored = new HashMap<>();

        InMemoryConversations() {
            super(null);
        }

        @Override
        void remember(String tenant, String matchId, String mentorId, String mentorInstitution, String menteeId,
                String mentorEmail, String menteeEmail, CalendarInvite invite) {
            stored.put(tenant + "/" + matchId, new ScheduledConversation(tenant + "/" + matchId, tenant, matchId, mentorId,
                    mentorInstitution, menteeId, mentorEmail, menteeEmail, invite));
        }

        @Override
        Optional<ScheduledConversation> find(String tenant, String matchId) {
            return Optional.ofNullable(stored.get(tenant + "/" + matchId));
        }
    }
}
