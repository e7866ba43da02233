package org.pathway.jobposting.application;

import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.pathway.jobposting.application.ApplicationViews.CandidateView;
import org.pathway.jobposting.application.JobApplication.Candidate;
import org.pathway.jobposting.posting.PostingStatus;
import org.pathway.jobposting.posting.PostingView;
import org.pathway.jobposting.posting.PublishedPostings;
import org.pathway.kit.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A faculty member's own applications (role {@code faculty}, checked by the kit's role rules before any body is read):
 * apply to a published posting of any institution, read them with their stage, withdraw. Another user's application
 * is a 404.
 */
@RestController
@RequestMapping("/api/job-posting/me/applications")
class CandidateApplicationController {

    private final JobApplicationRepository applications;
    private final PublishedPostings board;
    private final Clock clock;

    CandidateApplicationController(JobApplicationRepository applications, PublishedPostings board, Clock clock) {
        this.applications = applications;
        this.board = board;
        this.clock = clock;
    }

    /** Answers the receipt: the application as stored, in stage SUBMITTED. */
    @PostMapping
    ResponseEntity<CandidateView> apply(CurrentUser user, @Valid @RequestBody ApplyRequest request) {
        PostingView posting = board.visible(request.postingId())
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no such posting"));
        if (posting.status() != PostingStatus.PUBLISHED) {
            throw new ResponseStatusException(CONFLICT, "the posting is closed and takes no more applications");
        }
        Candidate candidate = new Candidate(user.requireTenant(), user.userId(), user.name(), user.email());
        String id = JobApplication.idOf(candidate.institution(), candidate.userId(), posting.id());
        JobApplication application;
        try {
            application = applications.findById(id)
                    .map(earlier -> {
                        earlier.resubmit(candidate, posting, request, clock);
                        return applications.save(earlier);
                    })
                    .orElseGet(() -> applications.insert(JobApplication.submit(candidate, posting, request, clock)));
        } catch (DuplicateKeyException | OptimisticLockingFailureException concurrent) {
            // Another request of the same candidate won the race for this posting.
            throw new AlreadyApplied(id, applications.findById(id).map(JobApplication::stage)
                    .orElse(ApplicationStage.SUBMITTED));
        }
        return ResponseEntity.created(URI.create("/api/job-posting/me/applications/" + id))
                .body(CandidateView.of(application));
    }

    @GetMapping
    List<CandidateView> list(CurrentUser user, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return applications.findByCandidateInstitutionAndCandidateIdOrderBySubmittedAtDesc(user.requireTenant(),
                user.userId(), PageRequest.of(page, size)).stream().map(CandidateView::of).toList();
    }

    @GetMapping("/{id}")
    CandidateView get(CurrentUser user, @PathVariable String id) {
        return CandidateView.of(own(user, id));
    }

    @PostMapping("/{id}/withdraw")
    CandidateView withdraw(CurrentUser user, @PathVariable String id) {
        JobApplication application = own(user, id);
        application.withdraw(clock);
        try {
            return CandidateView.of(applications.save(application));
        } catch (OptimisticLockingFailureException e) {
            throw new ResponseStatusException(CONFLICT, "the application was changed concurrently; reload and retry");
        }
    }

    private JobApplication own(CurrentUser user, String id) {
        return applications.findByIdAndCandidateInstitutionAndCandidateId(id, user.requireTenant(), user.userId())
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no such application"));
    }
}
