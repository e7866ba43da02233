package org.pathway.notification.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.calendar.CalendarInvite;
import org.pathway.notification.calendar.IcsReader;
import org.pathway.notification.delivery.Addressee;
import org.pathway.notification.delivery.Notice;
import org.pathway.notification.preference.Category;
import org.springframework.stereotype.Component;

/**
 * {@code mentoring.matches} ConversationScheduled v1 → mentor and mentee each get the invite the event carries
 * ({@code METHOD:REQUEST}, as a {@code text/calendar} attachment) and a feed item. The invite is remembered per match so
 * that a match ending later can cancel it. By the producer's convention the ORGANIZER is the mentor and the other
 * attendee the mentee; their addresses there are used only for people the recipients projection does not know.
 */
@Component
class ConversationScheduledNotifications extends TypedMapping<ConversationScheduledNotifications.ConversationScheduled> {

    static final String TYPE = "org.pathway.mentoring-match.ConversationScheduled.v1";

    /** Tolerant record: the people, the slot and the invite. */
    record ConversationScheduled(String matchId, String menteeId, String mentorId, String mentorInstitution, Instant start,
            Instant end, String icalendar) {
    }

    private final ScheduledConversations conversations;
    private final MatchLinks links;

    ConversationScheduledNotifications(ScheduledConversations conversations, MatchLinks links) {
        super(TYPE, ConversationScheduled.class);
        this.conversations = conversations;
        this.links = links;
    }

    @Override
    public List<Notice> notices(EventEnvelope event, ConversationScheduled scheduled) {
        CalendarInvite invite = IcsReader.read(scheduled.icalendar(), scheduled.start(), scheduled.end());
        String mentorEmail = invite.organizer().email();
        String menteeEmail = invite.attendees().stream().map(CalendarInvite.Party::email)
                .filter(email -> email != null && !email.equalsIgnoreCase(mentorEmail)).findFirst().orElse(null);
        conversations.remember(event.tenant(), scheduled.matchId(), scheduled.mentorId(), scheduled.mentorInstitution(),
                scheduled.menteeId(), mentorEmail, menteeEmail, invite);
        String when = MatchProposedNotifications.DEADLINE.format(scheduled.start());
        Map<String, Object> model = Map.of(
                "summaryLine", Objects.requireNonNullElse(invite.summary(), "Mentoring conversation"),
                "when", when,
                "minutes", java.time.Duration.between(scheduled.start(), scheduled.end()).toMinutes(),
                "link", links.match(scheduled.matchId()),
                "summary", "Conversation on " + when + ", invite attached to the email");
        return List.of(
                new Notice(Addressee.userAt(scheduled.mentorInstitution(), scheduled.mentorId()).withAddress(mentorEmail, null),
                        Category.MATCHES, "conversation-scheduled", model, invite),
                new Notice(Addressee.user(scheduled.menteeId()).withAddress(menteeEmail, null), Category.MATCHES,
                        "conversation-scheduled", model, invite));
    }
}
