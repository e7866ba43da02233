package org.pathway.jobposting.application;

import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.pathway.jobposting.application.ApplicationViews.AdminView;
import org.pathway.jobposting.posting.InstitutionPostings;
import org.pathway.kit.security.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The posting institution's admins (role checked by the kit's role rules) see the applicants of their own postings
 * and move them through the stages. Every lookup names the caller's institution: another institution's posting or
 * application is a 404, whoever the candidate is.
 */
@RestController
@RequestMapping("/api/job-posting/admin")
class AdminApplicationController {

    private final JobApplicationRepository applications;
    private final InstitutionPostings postings;
    private final Clock clock;

    AdminApplicationController(JobApplicationRepository applications, InstitutionPostings postings, Clock clock) {
        this.applications = applications;
        this.postings = postings;
        this.clock = clock;
    }

    @GetMapping("/postings/{postingId}/applications")
    List<AdminView> applicants(CurrentUser admin, @PathVariable String postingId,
            @RequestParam(required = false) ApplicationStage stage,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        String institution = admin.requireTenant();
        if (!postings.owns(institution, postingId)) {
            throw new ResponseStatusException(NOT_FOUND, "no such posting");
        }
        PageRequest request = PageRequest.of(page, size);
        List<JobApplication> found = stage == null
                ? applications.findByTenantAndPostingIdOrderBySubmittedAtAsc(institution, postingId, request)
                : applications.findByTenantAndPostingIdAndStageOrderBySubmittedAtAsc(institution, postingId, stage,
                        request);
        return found.stream().map(AdminView::of).toList();
    }

    @GetMapping("/applications/{id}")
    AdminView get(CurrentUser admin, @PathVariable String id) {
        return AdminView.of(ofInstitution(admin, id));
    }

    @PostMapping("/applications/{id}/stage")
    AdminView move(CurrentUser admin, @PathVariable String id, @Valid @RequestBody StageRequest request) {
        JobApplication application = ofInstitution(admin, id);
        application.moveTo(request.stage(), admin.userId(), clock);
        try {
            return AdminView.of(applications.save(application));
        } catch (OptimisticLockingFailureException e) {
            throw new ResponseStatusException(CONFLICT, "the application was changed concurrently; reload and retry");
        }
    }

    private JobApplication ofInstitution(CurrentUser admin, String id) {
        return applications.findByIdAndTenant(id, admin.requireTenant())
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no such application"));
    }
}
