package org.pathway.mentoringmatch.match;

import java.time.Clock;
import java.util.Optional;

import org.pathway.mentoringmatch.mentor.Mentor;
import org.pathway.mentoringmatch.scoring.Compatibility;
import org.pathway.mentoringmatch.settings.Settings;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Creates a proposal: first claims the request (OPEN → PROPOSED with the new match id, one conditional update), then
 * saves the match, whose outbox carries MatchProposed. The match id is derived from the request and its attempt
 * number, so a retry after a crash finds the same id instead of creating a second proposal; a claim whose match was
 * never saved is reopened by the sweep ({@link MatchLifecycle#reconcile}). The deadline is the mentee's institution's
 * answer deadline at the time of the proposal, fixed on the match: the mentor was told it (MatchProposed), so a later
 * change of the setting applies to later proposals only.
 */
@Component
class Proposals {

    static final String BY_MENTEE = "MENTEE_CHOICE";
    static final String BY_ROUND = "ROUND";
    static final String NEXT_BEST = "NEXT_BEST";

    private final Requests requests;
    private final MatchRepository matches;
    private final Settings settings;
    private final Clock clock;

    Proposals(Requests requests, MatchRepository matches, Settings settings, Clock clock) {
        this.requests = requests;
        this.matches = matches;
        this.settings = settings;
        this.clock = clock;
    }

    /** The proposal, or empty when the request is no longer open (another proposal or a match came first). */
    Optional<Match> propose(MentoringRequest request, Mentor mentor, Compatibility compatibility, String origin) {
        String matchId = request.nextMatchId();
        if (!requests.claim(request, matchId)) {
            return Optional.empty();
        }
        Match match = Match.propose(matchId, request, mentor, compatibility, origin, clock.instant(),
                settings.of(request.tenant()).proposalDeadline());
        try {
            return Optional.of(matches.save(match));
        } catch (DuplicateKeyException alreadyThere) {
            return matches.findById(matchId);
        }
    }
}
