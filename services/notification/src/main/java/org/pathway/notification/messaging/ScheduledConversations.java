package org.pathway.notification.messaging;

import java.util.Optional;

import org.pathway.notification.calendar.CalendarInvite;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * The conversation invites sent per match ({@code scheduled_conversations}, one document per institution and match), so
 * that a match which ends later can withdraw its invite with a CANCEL of the same UID and a higher SEQUENCE. A
 * redelivered or rescheduled ConversationScheduled replaces the document: the latest invite is the one to cancel.
 */
@Component
class ScheduledConversations {

    /** @param mentorEmail and @param menteeEmail the addresses the invite named, for people the projection does not know */
    @Document("scheduled_conversations")
    record ScheduledConversation(@Id String id, String tenant, String matchId, String mentorId, String mentorInstitution,
            String menteeId, String mentorEmail, String menteeEmail, CalendarInvite invite) {
    }

    private final MongoTemplate mongo;

    ScheduledConversations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void remember(String tenant, String matchId, String mentorId, String mentorInstitution, String menteeId, String mentorEmail,
            String menteeEmail, CalendarInvite invite) {
        mongo.save(new ScheduledConversation(key(tenant, matchId), tenant, matchId, mentorId, mentorInstitution, menteeId,
                mentorEmail, menteeEmail, invite));
    }

    Optional<ScheduledConversation> find(String tenant, String matchId) {
        return Optional.ofNullable(mongo.findById(key(tenant, matchId), ScheduledConversation.class));
    }

    private static String key(String tenant, String matchId) {
        return tenant + "/" + matchId;
    }
}
