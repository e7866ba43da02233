package org.pathway.notification.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.delivery.Addressee;
import org.pathway.notification.delivery.Notice;
import org.pathway.notification.preference.Category;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code promotion.dossiers} LetterRequested v1 and LetterReminderDue v1 → the external writer's invitation and its
 * reminders. The writer is not a Pathway user: the email goes to the address the event carries, there is no feed item
 * and no preference, and the upload link (portal base URL plus the upload token) is the writer's only way in.
 */
@Configuration
class LetterNotifications {

    static final String REQUESTED = "org.pathway.promotion-review.LetterRequested.v1";
    static final String REMINDER_DUE = "org.pathway.promotion-review.LetterReminderDue.v1";

    /** Tolerant record of both types: the reminder adds {@code daysBefore}, absent (null) in the invitation. */
    record Letter(String dossierId, String letterId, String writerName, String writerEmail, String candidateName,
            String track, String targetRank, Instant deadline, String uploadToken, Integer daysBefore) {
    }

    @Bean
    NotificationMapping<Letter> letterRequestedNotifications(PortalLinks links) {
        return new Invitation(REQUESTED, links);
    }

    @Bean
    NotificationMapping<Letter> letterReminderNotifications(PortalLinks links) {
        return new Invitation(REMINDER_DUE, links);
    }

    static final class Invitation extends TypedMapping<Letter> {

        private final PortalLinks links;

        Invitation(String eventType, PortalLinks links) {
            super(eventType, Letter.class);
            this.links = links;
        }

        @Override
        public List<Notice> notices(EventEnvelope event, Letter letter) {
            if (letter.writerEmail() == null || letter.writerEmail().isBlank() || letter.uploadToken() == null
                    || letter.deadline() == null) {
                throw new IllegalArgumentException(event.type() + " " + event.id() + " without writer address, token or deadline");
            }
            boolean reminder = letter.daysBefore() != null;
            String deadline = MatchProposedNotifications.DEADLINE.format(letter.deadline());
            String rank = Labels.lower(letter.targetRank());
            return List.of(Notice.of(Addressee.external(letter.writerEmail(), letter.writerName()), Category.LETTERS,
                    "letter-requested", Map.of(
                            "reminder", reminder,
                            "dueIn", reminder ? dueIn(letter.daysBefore()) : "",
                            "candidateName", letter.candidateName(),
                            "targetRank", rank,
                            "track", Labels.lower(letter.track()),
                            "deadline", deadline,
                            "link", links.letterUpload(letter.uploadToken()),
                            "summary", (reminder ? "Reminder: letter for " : "Letter requested for ") + letter.candidateName()
                                    + ", due " + deadline)));
        }

        private static String dueIn(int daysBefore) {
            return switch (daysBefore) {
                case 0 -> "today";
                case 1 -> "in 1 day";
                default -> "in " + daysBefore + " days";
            };
        }
    }
}
