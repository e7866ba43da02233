package org.pathway.mentoringmatch.mentor;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import jakarta.validation.Valid;

import org.pathway.kit.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The caller's own mentor profile (role {@code mentor}, checked by the path rules before the body is read). */
@RestController
@RequestMapping("/api/mentoring-match/mentors/me")
class MentorController {

    private final Mentors mentors;
    private final ApplicationEventPublisher events;

    MentorController(Mentors mentors, ApplicationEventPublisher events) {
        this.mentors = mentors;
        this.events = events;
    }

    @GetMapping
    MentorView mine(CurrentUser user) {
        return MentorView.of(mentors.find(user.requireTenant(), user.userId())
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "not opted in as a mentor yet")));
    }

    @PutMapping
    MentorView optInOrEdit(CurrentUser user, @Valid @RequestBody MentorProfileRequest request) {
        return MentorView.of(mentors.save(user.requireTenant(), user.userId(), user.name(), user.email(), request));
    }

    /** Pausing declines every open proposal addressed to the mentor, so no mentee waits on a mentor who is away. */
    @PostMapping("/pause")
    MentorView pause(CurrentUser user) {
        Mentor paused = mentors.setPaused(user.requireTenant(), user.userId(), true)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "not opted in as a mentor yet"));
        events.publishEvent(new MentorPaused(paused.id(), paused.tenant()));
        return MentorView.of(paused);
    }

    @PostMapping("/resume")
    MentorView resume(CurrentUser user) {
        return MentorView.of(mentors.setPaused(user.requireTenant(), user.userId(), false)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "not opted in as a mentor yet")));
    }
}
