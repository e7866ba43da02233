package org.pathway.mentoringmatch.match;

import static org.springframework.http.HttpStatus.CONFLICT;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.pathway.kit.security.CurrentUser;
import org.pathway.mentoringmatch.scoring.Factor;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An institution admin's bulk round for their own institution (role {@code institution-admin}, tenant from the
 * token): preview the optimal, certified assignment (or, with {@code method=STABLE}, a stable matching), then commit
 * it as proposals.
 */
@RestController
@RequestMapping("/api/mentoring-match/admin/rounds")
class RoundController {

    private final BulkRound rounds;
    private final Proposals proposals;

    RoundController(BulkRound rounds, Proposals proposals) {
        this.rounds = rounds;
        this.proposals = proposals;
    }

    record Commit(@NotBlank @Size(max = 100) String fingerprint) {
    }

    record Assigned(String requestId, String menteeName, String mentorId, String mentorName, String mentorInstitution,
            int score, List<Factor> reasons) {
    }

    record CertificateSummary(boolean optimal, String verdict, int rounds, long candidatePairs, long pairsScanned,
            long dualObjective, long negativeReducedCosts) {
    }

    record RoundView(String fingerprint, BulkRound.Method method, int requests, int mentors, long places, int matched,
            List<String> unmatchedRequests, long totalScore, CertificateSummary certificate, long solveMillis,
            List<Assigned> assignments) {
    }

    record Committed(String fingerprint, List<String> proposed, List<String> skippedRequests) {
    }

    @PostMapping("/preview")
    RoundView preview(CurrentUser admin, @RequestParam(defaultValue = "OPTIMAL") BulkRound.Method method) {
        return view(rounds.plan(admin.requireTenant(), method));
    }

    /** Re-plans and creates the proposals, if the cohort is still the one previewed (409 otherwise). */
    @PostMapping
    Committed commit(CurrentUser admin, @RequestParam(defaultValue = "OPTIMAL") BulkRound.Method method,
            @Valid @RequestBody Commit commit) {
        BulkRound.Plan plan = rounds.plan(admin.requireTenant(), method);
        if (!plan.fingerprint().equals(commit.fingerprint())) {
            throw new ResponseStatusException(CONFLICT,
                    "requests or mentors changed since the preview; preview the round again");
        }
        List<String> proposed = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (BulkRound.Pair pair : plan.pairs()) {
            proposals.propose(pair.request(), pair.mentor(), pair.compatibility(), Proposals.BY_ROUND)
                    .ifPresentOrElse(match -> proposed.add(match.id()), () -> skipped.add(pair.request().id()));
        }
        return new Committed(plan.fingerprint(), proposed, skipped);
    }

    private static RoundView view(BulkRound.Plan plan) {
        var certificate = plan.certificate();
        var verdict = plan.verdict();
        return new RoundView(plan.fingerprint(), plan.method(), plan.requests(), plan.mentors(), plan.places(),
                plan.pairs().size(), plan.unmatchedRequests(), plan.totalScore(),
                certificate == null ? null : new CertificateSummary(verdict.optimal(), verdict.reason(),
                        certificate.rounds(), certificate.candidatePairs(), certificate.pairsScanned(),
                        plan.dualObjective(), verdict.negativeReducedCosts()),
                plan.solveMillis(),
                plan.pairs().stream().map(pair -> new Assigned(pair.request().id(), pair.request().menteeName(),
                        pair.mentor().id(), pair.mentor().name(), pair.mentor().tenant(), pair.compatibility().score(),
                        pair.compatibility().factors())).toList());
    }
}
