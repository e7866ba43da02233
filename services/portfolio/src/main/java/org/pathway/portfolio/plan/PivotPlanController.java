package org.pathway.portfolio.plan;

import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;

import jakarta.validation.Valid;

import org.pathway.kit.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The caller's own pivot plan. It is private to its owner: there is no admin view of it, and another person's plan,
 * in any institution, cannot be named.
 */
@RestController
@RequestMapping(PivotPlanController.PATH)
@PreAuthorize("hasRole('faculty')")
class PivotPlanController {

    static final String PATH = "/api/portfolio/pivot-plan/me";

    private final PivotPlanRepository plans;
    private final Clock clock;

    PivotPlanController(PivotPlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping
    PivotPlanView mine(CurrentUser user) {
        return PivotPlanView.of(own(user).orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no pivot plan yet")));
    }

    /** Starts the plan from the typical template; a plan that exists already is redrawn with PUT instead. */
    @PostMapping("/template")
    ResponseEntity<PivotPlanView> fromTemplate(CurrentUser user, @Valid @RequestBody TemplateRequest request) {
        PivotPlan plan = create(PivotPlan.fromTemplate(user.requireTenant(), user.userId(), request, clock));
        return ResponseEntity.created(URI.create(PATH)).body(PivotPlanView.of(plan));
    }

    /** Draws the plan from scratch (201) or redraws the existing one (200). */
    @PutMapping
    ResponseEntity<PivotPlanView> draw(CurrentUser user, @Valid @RequestBody PivotPlanRequest request) {
        Optional<PivotPlan> existing = own(user);
        if (existing.isEmpty()) {
            PivotPlan plan = create(PivotPlan.draw(user.requireTenant(), user.userId(), request, clock));
            return ResponseEntity.created(URI.create(PATH)).body(PivotPlanView.of(plan));
        }
        PivotPlan plan = existing.get();
        plan.replace(request, clock);
        return ResponseEntity.ok(PivotPlanView.of(saveChecked(plan)));
    }

    @PutMapping("/milestones/{milestoneId}/status")
    PivotPlanView mark(CurrentUser user, @PathVariable String milestoneId,
            @Valid @RequestBody MilestoneStatusRequest request) {
        PivotPlan plan = own(user).orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no pivot plan yet"));
        if (!plan.mark(milestoneId, request.status(), clock)) {
            throw new ResponseStatusException(NOT_FOUND, "no milestone " + milestoneId);
        }
        return PivotPlanView.of(saveChecked(plan));
    }

    private Optional<PivotPlan> own(CurrentUser user) {
        String tenant = user.requireTenant();
        return plans.findByIdAndTenantAndOwnerId(PivotPlan.idOf(tenant, user.userId()), tenant, user.userId());
    }

    private PivotPlan create(PivotPlan plan) {
        try {
            return plans.insert(plan);
        } catch (DuplicateKeyException e) {
            throw new ResponseStatusException(CONFLICT, "a pivot plan exists already; redraw it with PUT " + PATH);
        }
    }

    /**
     * A concurrent change won (the owner in another tab, or the scheduler announcing a milestone): the client reloads
     * rather than overwriting it, which would also undo the announcement.
     */
    private PivotPlan saveChecked(PivotPlan plan) {
        try {
            return plans.save(plan);
        } catch (OptimisticLockingFailureException e) {
            throw new ResponseStatusException(CONFLICT, "the pivot plan was changed concurrently; reload and retry");
        }
    }
}
