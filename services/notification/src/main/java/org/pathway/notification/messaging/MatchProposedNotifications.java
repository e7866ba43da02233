package org.pathway.notification.messaging;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.delivery.Addressee;
import org.pathway.notification.delivery.Notice;
import org.pathway.notification.preference.Category;
import org.springframework.stereotype.Component;

/**
 * {@code mentoring.matches} MatchProposed v1 → the mentor hears of the proposal, why they were proposed and by when to
 * answer, with accept / decline / ask-for-info links. The mentor is addressed in their own institution, which differs
 * from the event's (the mentee's) only for a match both sides opted in to.
 */
@Component
class MatchProposedNotifications extends TypedMapping<MatchProposedNotifications.MatchProposed> {

    static final String TYPE = "org.pathway.mentoring-match.MatchProposed.v1";
    static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    record Reason(String factor, Integer points, String reason) {
    }

    /** Tolerant record: who is asked, what kind of mentoring, why, and the deadline. */
    record MatchProposed(String matchId, String menteeId, String mentorId, String mentorInstitution, String kind, Integer score,
            List<Reason> reasons, Instant deadline) {
    }

    private final MatchLinks links;

    MatchProposedNotifications(MatchLinks links) {
        super(TYPE, MatchProposed.class);
        this.links = links;
    }

    @Override
    public List<Notice> notices(EventEnvelope event, MatchProposed proposal) {
        List<String> reasons = proposal.reasons() == null ? List.of()
                : proposal.reasons().stream().filter(reason -> reason.points() != null && reason.points() > 0)
                        .map(Reason::reason).filter(text -> text != null && !text.isBlank()).toList();
        String kind = Labels.matchKind(proposal.kind());
        String deadline = proposal.deadline() == null ? "" : DEADLINE.format(proposal.deadline());
        return List.of(Notice.of(Addressee.userAt(proposal.mentorInstitution(), proposal.mentorId()), Category.MATCHES,
                "match-proposed", Map.of(
                        "kind", kind,
                        "reasons", reasons,
                        "hasReasons", !reasons.isEmpty(),
                        "deadline", deadline,
                        "link", links.match(proposal.matchId()),
                        "acceptLink", links.action(proposal.matchId(), "accept"),
                        "declineLink", links.action(proposal.matchId(), "decline"),
                        "askForInfoLink", links.action(proposal.matchId(), "ask-for-info"),
                        "summary", "A mentee asks you for " + kind + "; please answer by " + deadline)));
    }
}
