package org.pathway.promotionreview.criteria.versions;

import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.pathway.kit.security.CurrentUser;
import org.pathway.promotionreview.criteria.Criteria;
import org.pathway.promotionreview.criteria.InvalidCriteriaException;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An institution admin's criteria, per track and target rank, for their own institution only (the tenant is the
 * token's). Every change is a new immutable version; nothing is ever edited in place.
 */
@RestController
@RequestMapping("/api/promotion-review/admin/criteria")
@PreAuthorize("hasRole('institution-admin')")
class CriteriaAdminController {

    private final CriteriaStore store;

    CriteriaAdminController(CriteriaStore store) {
        this.store = store;
    }

    @GetMapping
    List<CriteriaView> lines(CurrentUser admin) {
        return store.lines(admin.requireTenant()).stream().map(CriteriaView::of).toList();
    }

    @GetMapping("/{track}/{targetRank}")
    CriteriaView current(CurrentUser admin, @PathVariable Track track, @PathVariable Rank targetRank) {
        return store.currentVersion(admin.requireTenant(), track, targetRank).map(CriteriaView::of)
                .orElseThrow(() -> noCriteria(track, targetRank));
    }

    @GetMapping("/{track}/{targetRank}/versions")
    List<CriteriaView> versions(CurrentUser admin, @PathVariable Track track, @PathVariable Rank targetRank) {
        return store.versions(admin.requireTenant(), track, targetRank).stream().map(CriteriaView::of).toList();
    }

    @GetMapping("/{track}/{targetRank}/versions/{version}")
    CriteriaView version(CurrentUser admin, @PathVariable Track track, @PathVariable Rank targetRank,
            @PathVariable int version) {
        return store.version(admin.requireTenant(), track, targetRank, version).map(CriteriaView::of)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND,
                        "no version " + version + " of the " + track + " criteria for " + targetRank));
    }

    @PostMapping("/{track}/{targetRank}/versions")
    ResponseEntity<CriteriaView> publish(CurrentUser admin, @PathVariable Track track, @PathVariable Rank targetRank,
            @RequestBody CriteriaBody body) {
        String tenant = admin.requireTenant();
        CriteriaVersion published;
        try {
            published = store.publish(tenant, track, targetRank, body.toDraft(tenant, track, targetRank),
                    admin.userId());
        } catch (InvalidCriteriaException e) {
            throw CriteriaProblems.invalid(e);
        } catch (CriteriaStore.ConcurrentPublicationException e) {
            throw new ResponseStatusException(CONFLICT, e.getMessage());
        }
        return ResponseEntity.created(URI.create("/api/promotion-review/admin/criteria/" + track + "/" + targetRank
                + "/versions/" + published.criteria().version())).body(CriteriaView.of(published));
    }

    private static ResponseStatusException noCriteria(Track track, Rank targetRank) {
        return new ResponseStatusException(NOT_FOUND, "no " + track + " criteria for " + targetRank
                + " yet: publish a first version");
    }

    /** A version in the shape an admin edits (defaults filled in), ready to be changed and posted as the next one. */
    record CriteriaView(Track track, Rank targetRank, int version, String source, Instant publishedAt,
            String publishedBy, CriteriaBody criteria) {

        static CriteriaView of(CriteriaVersion version) {
            Criteria criteria = version.criteria();
            return new CriteriaView(criteria.track(), criteria.targetRank(), criteria.version(), version.source(),
                    version.publishedAt(), version.publishedBy(), CriteriaBody.of(criteria.toDraft()));
        }
    }
}
