package org.pathway.portfolio.export;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.pathway.kit.security.CurrentUser;
import org.pathway.portfolio.activity.ActivityLookup;
import org.pathway.portfolio.plan.PivotPlanLookup;
import org.pathway.portfolio.profile.ProfileSnapshots;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The owner's exports: the med-ed CV and the five-domain educator portfolio as PDF, and the whole portfolio (private
 * fields, revisions and pivot plan included) as JSON and CSV. Each reads only the caller's own data.
 */
@RestController
@RequestMapping("/api/portfolio/exports")
@PreAuthorize("hasRole('faculty')")
class ExportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ExportDocuments documents;
    private final ProfileSnapshots profiles;
    private final ActivityLookup activities;
    private final PivotPlanLookup plans;
    private final JsonMapper json;
    private final Clock clock;

    ExportController(ExportDocuments documents, ProfileSnapshots profiles, ActivityLookup activities,
            PivotPlanLookup plans, JsonMapper json, Clock clock) {
        this.documents = documents;
        this.profiles = profiles;
        this.activities = activities;
        this.plans = plans;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/cv.pdf")
    ResponseEntity<byte[]> cv(CurrentUser user) {
        return documents.cv(user.requireTenant(), user.userId());
    }

    @GetMapping("/educator-portfolio.pdf")
    ResponseEntity<byte[]> educatorPortfolio(CurrentUser user) {
        return documents.educatorPortfolio(user.requireTenant(), user.userId());
    }

    @GetMapping("/portfolio.json")
    ResponseEntity<PortfolioArchive> archive(CurrentUser user) {
        return ExportDocuments.attachment(archiveOf(user), MediaType.APPLICATION_JSON, "portfolio.json");
    }

    @GetMapping("/portfolio.csv")
    ResponseEntity<byte[]> csv(CurrentUser user) {
        String table = PortfolioCsv.of(json.valueToTree(archiveOf(user)));
        return ExportDocuments.attachment(table.getBytes(StandardCharsets.UTF_8), CSV, "portfolio.csv");
    }

    private PortfolioArchive archiveOf(CurrentUser user) {
        String tenant = user.requireTenant();
        return new PortfolioArchive(PortfolioArchive.FORMAT, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
                profiles.owners(tenant, user.userId())
                        .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no profile yet")),
                activities.withRevisions(tenant, user.userId()), plans.of(tenant, user.userId()).orElse(null));
    }
}
