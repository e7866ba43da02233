package org.pathway.portfolio.export;

import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.pathway.kit.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The owner's CV snapshots: the med-ed CV (shareable fields only) frozen as a PDF, whose id a job application carries
 * ({@code cvSnapshotId} in job-posting's apply call). Only the owner takes or reads their snapshots.
 */
@RestController
@RequestMapping("/api/portfolio/exports/cv-snapshots")
@PreAuthorize("hasRole('faculty')")
class CvSnapshotController {

    /** Each is a few kilobytes; the cap keeps a runaway client from filling the store. */
    static final int MAX_SNAPSHOTS = 200;

    private final ExportDocuments documents;
    private final CvSnapshotRepository snapshots;
    private final Clock clock;

    CvSnapshotController(ExportDocuments documents, CvSnapshotRepository snapshots, Clock clock) {
        this.documents = documents;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<SnapshotView> take(CurrentUser user) {
        String tenant = user.requireTenant();
        if (snapshots.countByTenantAndOwnerId(tenant, user.userId()) >= MAX_SNAPSHOTS) {
            throw new ResponseStatusException(CONFLICT, "at most " + MAX_SNAPSHOTS + " CV snapshots per person");
        }
        byte[] pdf = documents.cvPdf(tenant, user.userId());
        CvSnapshot snapshot = snapshots.insert(CvSnapshot.of(UUID.randomUUID().toString(), tenant, user.userId(), pdf,
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS)));
        return ResponseEntity.created(URI.create("/api/portfolio/exports/cv-snapshots/" + snapshot.id() + "/cv.pdf"))
                .body(SnapshotView.of(snapshot));
    }

    /** The newest first, without their PDFs. */
    @GetMapping
    List<SnapshotView> list(CurrentUser user) {
        return snapshots.findByTenantAndOwnerIdOrderByCreatedAtDesc(user.requireTenant(), user.userId(),
                PageRequest.of(0, 50)).stream().map(SnapshotView::of).toList();
    }

    @GetMapping("/{id}/cv.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable String id) {
        CvSnapshot snapshot = snapshots.findByIdAndTenantAndOwnerId(id, user.requireTenant(), user.userId())
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no such CV snapshot"));
        return ExportDocuments.attachment(snapshot.pdf(), MediaType.APPLICATION_PDF, "med-ed-cv-" + id + ".pdf");
    }

    /** @param bytes the PDF's size */
    record SnapshotView(String id, Instant createdAt, int bytes) {
        static SnapshotView of(CvSnapshot snapshot) {
            return new SnapshotView(snapshot.id(), snapshot.createdAt(), snapshot.size());
        }
    }
}
