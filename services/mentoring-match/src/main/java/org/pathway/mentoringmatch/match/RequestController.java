package org.pathway.mentoringmatch.match;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.pathway.kit.security.CurrentUser;
import org.pathway.kit.web.BadRequestBodyException;
import org.pathway.kit.web.FieldError;
import org.pathway.mentoringmatch.config.MentoringProperties;
import org.pathway.mentoringmatch.scoring.RequestKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A mentee's requests (role {@code faculty}): create, read, suggestions with reasons, and choosing a mentor. */
@RestController
@RequestMapping("/api/mentoring-match/requests")
class RequestController {

    private final Requests requests;
    private final Candidates candidates;
    private final Proposals proposals;
    private final MentoringProperties properties;
    private final Clock clock;

    RequestController(Requests requests, Candidates candidates, Proposals proposals, MentoringProperties properties,
            Clock clock) {
        this.requests = requests;
        this.candidates = candidates;
        this.proposals = proposals;
        this.properties = properties;
        this.clock = clock;
    }

    record ChooseMentor(@NotBlank @Size(max = 300) String mentorId) {
    }

    @PostMapping
    @ResponseStatus(CREATED)
    RequestView create(CurrentUser mentee, @Valid @RequestBody CreateRequest request) {
        if (request.kind() == RequestKind.ADVICE_CONVERSATION && request.prep() == null) {
            throw new BadRequestBodyException("An advice conversation needs its prep", List.of(new FieldError("prep",
                    "required for ADVICE_CONVERSATION: what you have done, one or two directions, one clear ask")));
        }
        return RequestView.of(requests.create(mentee, request));
    }

    @GetMapping
    List<RequestView> mine(CurrentUser mentee) {
        return requests.of(mentee.requireTenant(), mentee.userId()).stream().map(RequestView::of).toList();
    }

    @GetMapping("/{id}")
    RequestView one(CurrentUser mentee, @PathVariable String id) {
        return RequestView.of(requests.own(id, mentee));
    }

    /** The top-k mentors for this request, each with its score and every factor's contribution in words. */
    @GetMapping("/{id}/suggestions")
    List<SuggestionView> suggestions(CurrentUser mentee, @PathVariable String id, @RequestParam(required = false) Integer k) {
        int limit = k == null ? properties.suggestions() : k;
        if (limit < 1 || limit > 20) {
            throw new ResponseStatusException(BAD_REQUEST, "k must be between 1 and 20");
        }
        MentoringRequest request = requests.own(id, mentee);
        return candidates.eligible(request, clock.instant()).stream().limit(limit)
                .map(scored -> SuggestionView.of(request, scored)).toList();
    }

    /** The mentee proposes the request to one eligible mentor (usually one of the suggestions). */
    @PostMapping("/{id}/proposals")
    @ResponseStatus(CREATED)
    MatchView choose(CurrentUser mentee, @PathVariable String id, @Valid @RequestBody ChooseMentor choice) {
        MentoringRequest request = requests.own(id, mentee);
        if (request.status() != RequestStatus.OPEN) {
            throw new ResponseStatusException(CONFLICT, "the request is " + request.status().name().toLowerCase()
                    + ", not open for a new proposal");
        }
        Candidates.Scored chosen = candidates.eligible(request, clock.instant()).stream()
                .filter(scored -> scored.mentor().id().equals(choice.mentorId())).findFirst()
                .orElseThrow(() -> new ResponseStatusException(UNPROCESSABLE_ENTITY,
                        "that mentor cannot take this request (unknown, paused, full, or not accepting it)"));
        return proposals.propose(request, chosen.mentor(), chosen.compatibility(), Proposals.BY_MENTEE)
                .map(MatchView::of)
                .orElseThrow(() -> new ResponseStatusException(CONFLICT, "the request was proposed concurrently"));
    }
}
