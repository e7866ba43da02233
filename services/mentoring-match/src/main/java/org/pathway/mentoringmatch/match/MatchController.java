package org.pathway.mentoringmatch.match;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.pathway.kit.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matches seen by their two sides: a mentee sees the proposals of their requests, a mentor those addressed to them
 * (also from another institution when both opted in). Anything else is not found.
 */
@RestController
@RequestMapping("/api/mentoring-match/matches")
class MatchController {

    private final MatchRepository matches;
    private final MatchLifecycle lifecycle;
    private final Mentorships mentorships;

    MatchController(MatchRepository matches, MatchLifecycle lifecycle, Mentorships mentorships) {
        this.matches = matches;
        this.lifecycle = lifecycle;
        this.mentorships = mentorships;
    }

    record Decline(@NotBlank @Size(max = 1000) String reason) {
    }

    record Question(@NotBlank @Size(max = 1000) String question) {
    }

    record Answer(@NotBlank @Size(max = 2000) String answer) {
    }

    /** Why the mentorship ends; optional (the body may be left out altogether). */
    record End(@Size(max = 1000) String reason) {

        static String reasonOf(End end) {
            return end == null || end.reason() == null || end.reason().isBlank() ? null : end.reason().strip();
        }
    }

    @GetMapping
    List<MatchView> mine(CurrentUser user) {
        String tenant = user.requireTenant();
        List<MatchView> views = new ArrayList<>();
        matches.findByTenantAndMenteeIdOrderByProposedAtDescIdAsc(tenant, user.userId())
                .forEach(match -> views.add(MatchView.of(match)));
        if (user.hasRole("mentor")) {
            matches.findByMentorTenantAndMentorUserIdOrderByProposedAtDescIdAsc(tenant, user.userId())
                    .forEach(match -> views.add(MatchView.of(match)));
        }
        return views;
    }

    @GetMapping("/{id}")
    MatchView one(CurrentUser user, @PathVariable String id) {
        return MatchView.of(lifecycle.visibleTo(id, user));
    }

    @PostMapping("/{id}/accept")
    MatchView accept(CurrentUser mentor, @PathVariable String id) {
        return MatchView.of(lifecycle.accept(id, mentor));
    }

    @PostMapping("/{id}/decline")
    MatchView decline(CurrentUser mentor, @PathVariable String id, @Valid @RequestBody Decline decline) {
        return MatchView.of(lifecycle.decline(id, mentor, decline.reason()));
    }

    @PostMapping("/{id}/information-requests")
    MatchView askForInformation(CurrentUser mentor, @PathVariable String id, @Valid @RequestBody Question question) {
        return MatchView.of(lifecycle.requestInformation(id, mentor, question.question()));
    }

    /** Either side ends an accepted mentorship; the mentor's place is free again. */
    @PostMapping("/{id}/end")
    MatchView end(CurrentUser person, @PathVariable String id, @Valid @RequestBody(required = false) End end) {
        return MatchView.of(mentorships.end(id, person, End.reasonOf(end)));
    }

    @PostMapping("/{id}/answer")
    MatchView answer(CurrentUser mentee, @PathVariable String id, @Valid @RequestBody Answer answer) {
        return MatchView.of(lifecycle.answer(id, mentee, answer.answer()));
    }
}
