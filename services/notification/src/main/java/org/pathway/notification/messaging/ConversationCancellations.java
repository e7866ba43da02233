package org.pathway.notification.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.calendar.CalendarInvite;
import org.pathway.notification.delivery.Addressee;
import org.pathway.notification.delivery.Notice;
import org.pathway.notification.preference.Category;
import org.springframework.stereotype.Component;

/**
 * When a match ends and a conversation invite had been sent for it, both calendars must drop the event: the mentee's
 * notice carries the CANCEL (same UID, SEQUENCE one higher, RFC 5546 §3.2.5) and the mentor gets one of their own.
 */
@Component
class ConversationCancellations {

    private final ScheduledConversations conversations;
    private final MatchLinks links;

    ConversationCancellations(ScheduledConversations conversations, MatchLinks links) {
        this.conversations = conversations;
        this.links = links;
    }

    List<Notice> withCancellation(EventEnvelope event, String matchId, Notice toMentee) {
        return conversations.find(event.tenant(), matchId).map(conversation -> {
            CalendarInvite sent = conversation.invite();
            CalendarInvite cancel = new CalendarInvite(CalendarInvite.Method.CANCEL, sent.uid(), sent.sequence() + 1,
                    sent.summary(), null, sent.url(), sent.start(), sent.end(), sent.organizer(), sent.attendees());
            String when = MatchProposedNotifications.DEADLINE.format(sent.start());
            List<Notice> notices = new ArrayList<>();
            notices.add(new Notice(toMentee.to().withAddress(conversation.menteeEmail(), null), toMentee.category(),
                    toMentee.template(), withCancelled(toMentee.model(), when), cancel));
            notices.add(new Notice(Addressee.userAt(conversation.mentorInstitution(), conversation.mentorId())
                    .withAddress(conversation.mentorEmail(), null), Category.MATCHES, "conversation-cancelled", Map.of(
                            "when", when,
                            "link", links.match(matchId),
                            "summary", "The conversation on " + when + " is cancelled"), cancel));
            return notices;
        }).orElseGet(() -> List.of(toMentee));
    }

    private static Map<String, Object> withCancelled(Map<String, Object> model, String when) {
        Map<String, Object> full = new java.util.HashMap<>(model);
        full.put("cancelledConversation", when);
        return full;
    }
}
