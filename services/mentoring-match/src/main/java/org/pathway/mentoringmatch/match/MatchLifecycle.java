package org.pathway.mentoringmatch.match;

import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.pathway.kit.security.CurrentUser;
import org.pathway.mentoringmatch.config.MentoringProperties;
import org.pathway.mentoringmatch.mentor.Mentor;
import org.pathway.mentoringmatch.mentor.MentorPaused;
import org.pathway.mentoringmatch.mentor.Mentors;
import org.pathway.mentoringmatch.scoring.RequestKind;
import org.pathway.mentoringmatch.scoring.TimeWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What happens to a proposal after it was made, without a transaction anywhere:
 * <ul>
 * <li>accept: take a place on the mentor document (one conditional {@code $inc}), then move the match (optimistic
 * lock); if the match cannot move, give the place back. Two accepts can therefore never exceed the capacity, and a
 * second accept of a closed proposal is a 409.</li>
 * <li>decline, expiry: close the match, then reopen the request without that mentor; an expired proposal is followed by
 * the next-best mentor's.</li>
 * <li>{@link #reconcile}: the sweep's repair of whatever a crash left between the two writes, so running it again,
 * or after a restart, only finishes what was started.</li>
 * </ul>
 */
@Component
class MatchLifecycle {

    static final String PAUSED_REASON = "The mentor paused mentoring";
    private static final Logger log = LoggerFactory.getLogger(MatchLifecycle.class);
    private static final List<MatchStatus> OPEN = List.of(MatchStatus.PROPOSED, MatchStatus.INFO_REQUESTED);
    /** A claim younger than this may still be getting its match saved; the sweep leaves it alone. */
    private static final Duration CLAIM_GRACE = Duration.ofMinutes(1);

    private final MatchRepository matches;
    private final Requests requests;
    private final Mentors mentors;
    private final Candidates candidates;
    private final Proposals proposals;
    private final MentoringProperties properties;
    private final Clock clock;

    MatchLifecycle(MatchRepository matches, Requests requests, Mentors mentors, Candidates candidates,
            Proposals proposals, MentoringProperties properties, Clock clock) {
        this.matches = matches;
        this.requests = requests;
        this.mentors = mentors;
        this.candidates = candidates;
        this.proposals = proposals;
        this.properties = properties;
        this.clock = clock;
    }

    /** A match the caller takes part in: as its mentee, or as its mentor (from any institution, if opted in). */
    Match visibleTo(String matchId, CurrentUser user) {
        String tenant = user.requireTenant();
        return matches.findById(matchId)
                .filter(match -> match.isMentee(tenant, user.userId()) || match.isMentor(tenant, user.userId()))
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no such match"));
    }

    private Match addressedTo(String matchId, CurrentUser mentor) {
        Match match = visibleTo(matchId, mentor);
        if (!match.isMentor(mentor.requireTenant(), mentor.userId())) {
            throw new ResponseStatusException(NOT_FOUND, "no such proposal addressed to you");
        }
        return match;
    }

    Match accept(String matchId, CurrentUser mentor) {
        Match match = addressedTo(matchId, mentor);
        if (!match.status().open()) {
            throw new ResponseStatusException(CONFLICT, "the proposal is already " + match.status().name().toLowerCase());
        }
        if (!mentors.reserveSlot(match.mentorId())) {
            throw new ResponseStatusException(CONFLICT, "no free place: your capacity is reached or you paused");
        }
        Match accepted;
        try {
            match.accept(clock.instant(), conversationFor(match));
            accepted = matches.save(match);
        } catch (ResponseStatusException | OptimisticLockingFailureException lost) {
            // The match moved (another accept, a decline, the expiry) after the place was taken: give it back.
            mentors.releaseSlot(match.mentorId());
            throw lost instanceof ResponseStatusException closed ? closed
                    : new ResponseStatusException(CONFLICT, "the proposal was answered concurrently; reload it");
        }
        requests.find(accepted.requestId()).ifPresent(request -> requests.matched(request, accepted.id()));
        return accepted;
    }

    Match decline(String matchId, CurrentUser mentor, String reason) {
        Match match = addressedTo(matchId, mentor);
        match.decline(reason, clock.instant());
        Match declined = save(match);
        requests.reopen(declined.requestId(), declined.id(), declined.mentorId());
        return declined;
    }

    Match requestInformation(String matchId, CurrentUser mentor, String question) {
        Match match = addressedTo(matchId, mentor);
        match.requestInformation(question);
        return save(match);
    }

    Match answer(String matchId, CurrentUser mentee, String answer) {
        Match match = visibleTo(matchId, mentee);
        if (!match.isMentee(mentee.requireTenant(), mentee.userId())) {
            throw new ResponseStatusException(NOT_FOUND, "no such match of yours");
        }
        match.answer(answer);
        return save(match);
    }

    /** Pausing declines every open proposal addressed to the mentor; the mentees are free for their next match. */
    @EventListener
    void onMentorPaused(MentorPaused paused) {
        for (Match match : matches.findByMentorIdAndStatusIn(paused.mentorId(), OPEN)) {
            try {
                match.decline(PAUSED_REASON, clock.instant());
                Match declined = matches.save(match);
                requests.reopen(declined.requestId(), declined.id(), declined.mentorId());
            } catch (ResponseStatusException | OptimisticLockingFailureException answered) {
                log.debug("Match {} was answered while its mentor paused", match.id());
            }
        }
    }

    /** Expires every overdue open proposal, then reconciles every request awaiting an answer. Idempotent. */
    int sweep() {
        Instant now = clock.instant();
        int expired = 0;
        for (Match match : matches.findByStatusInAndDeadlineLessThanEqualOrderByDeadlineAscIdAsc(OPEN, now)) {
            try {
                match.expire(now);
                matches.save(match);
                expired++;
            } catch (ResponseStatusException | OptimisticLockingFailureException answered) {
                log.debug("Match {} was answered just before its deadline", match.id());
            }
        }
        requests.awaitingAnswer().forEach(request -> reconcile(request, now));
        return expired;
    }

    /**
     * Brings a PROPOSED request in line with its current match: accepted → matched; declined → open; expired → the
     * next-best mentor is proposed (or open if there is none); a claim whose match was never saved → open.
     */
    void reconcile(MentoringRequest request, Instant now) {
        Optional<Match> current = matches.findById(request.currentMatchId());
        if (current.isEmpty()) {
            if (request.updatedAt().plus(CLAIM_GRACE).isBefore(now)) {
                requests.reopen(request.id(), request.currentMatchId(), null);
            }
            return;
        }
        Match match = current.get();
        switch (match.status()) {
            case ACCEPTED -> requests.matched(request, match.id());
            case DECLINED -> requests.reopen(request.id(), match.id(), match.mentorId());
            case EXPIRED -> {
                if (requests.reopen(request.id(), match.id(), match.mentorId())) {
                    requests.find(request.id()).ifPresent(reopened -> proposeNextBest(reopened, now));
                }
            }
            default -> {
                // still waiting for the mentor
            }
        }
    }

    private void proposeNextBest(MentoringRequest request, Instant now) {
        candidates.eligible(request, now).stream().findFirst().ifPresentOrElse(
                best -> proposals.propose(request, best.mentor(), best.compatibility(), Proposals.NEXT_BEST),
                () -> log.info("Request {} has no further eligible mentor; it stays open", request.id()));
    }

    /** An accepted advice conversation gets the mentor's first free slot after the lead time, if they have one. */
    private Match.Conversation conversationFor(Match match) {
        if (match.kind() != RequestKind.ADVICE_CONVERSATION) {
            return null;
        }
        Instant now = clock.instant();
        Mentor mentor = mentors.find(match.mentorId()).orElse(null);
        if (mentor == null) {
            return null;
        }
        List<TimeWindow> booked = matches.findByMentorIdAndStatusAndConversationNotNull(match.mentorId(),
                MatchStatus.ACCEPTED).stream()
                .map(other -> new TimeWindow(other.conversation().start(), other.conversation().end())).toList();
        return ConversationSlots.first(mentor.availability(), now.plus(properties.schedulingLead()),
                        properties.conversationLength(), booked)
                .map(slot -> new Match.Conversation(slot.start(), slot.end(), ConversationInvite.of(match.id(), slot,
                        now, match.mentorName(), match.mentorEmail(), match.menteeName(), match.menteeEmail(),
                        match.prep())))
                .orElse(null);
    }

    private Match save(Match match) {
        try {
            return matches.save(match);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new ResponseStatusException(CONFLICT, "the proposal was answered concurrently; reload it");
        }
    }
}
