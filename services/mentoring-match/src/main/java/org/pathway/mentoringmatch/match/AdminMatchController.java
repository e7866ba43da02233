package org.pathway.mentoringmatch.match;

import jakarta.validation.Valid;

import org.pathway.kit.security.CurrentUser;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An institution admin's hand in a mentorship of one of their people (the mentee's or the mentor's institution; role
 * {@code institution-admin} by the path rules): ending it when the two cannot.
 */
@RestController
@RequestMapping("/api/mentoring-match/admin/matches")
class AdminMatchController {

    private final Mentorships mentorships;

    AdminMatchController(Mentorships mentorships) {
        this.mentorships = mentorships;
    }

    @PostMapping("/{id}/end")
    MatchView end(CurrentUser admin, @PathVariable String id,
            @Valid @RequestBody(required = false) MatchController.End end) {
        return MatchView.of(mentorships.endAsAdmin(id, admin, MatchController.End.reasonOf(end)));
    }
}
