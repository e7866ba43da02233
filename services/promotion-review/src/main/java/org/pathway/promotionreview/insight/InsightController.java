package org.pathway.promotionreview.insight;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.pathway.kit.security.CurrentUser;
import org.pathway.promotionreview.dossier.PromotedDossiers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Institution insight for the caller's own institution: faculty (what the track really asks) and institution admins
 * (whether their track is real). Role rules in application.yml admit both; the tenant comes from the token only.
 */
@RestController
@RequestMapping("/api/promotion-review/insight")
class InsightController {

    static final int YEARS = 5;

    private final PromotedDossiers promoted;
    private final Clock clock;

    InsightController(PromotedDossiers promoted, Clock clock) {
        this.promoted = promoted;
        this.clock = clock;
    }

    @GetMapping("/track-reality")
    List<TrackReality.TrackReport> trackReality(CurrentUser user) {
        return TrackReality.byTrack(recent(user), YEARS);
    }

    @GetMapping("/exemplars")
    List<TrackReality.Exemplar> exemplars(CurrentUser user) {
        return TrackReality.exemplars(recent(user));
    }

    private List<PromotedDossiers.Promoted> recent(CurrentUser user) {
        Instant since = clock.instant().atOffset(ZoneOffset.UTC).minusYears(YEARS).toInstant();
        return promoted.of(user.requireTenant(), since);
    }
}
