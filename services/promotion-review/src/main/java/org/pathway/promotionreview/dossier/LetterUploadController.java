package org.pathway.promotionreview.dossier;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The external writer's upload: no account, no token of ours, only the secret upload token from the invitation e-mail.
 * The token travels in the body (not the path) so it never lands in access logs. Once, before the hard deadline.
 */
@RestController
class LetterUploadController {

    private final Dossiers dossiers;
    private final Clock clock;

    LetterUploadController(Dossiers dossiers, Clock clock) {
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @PostMapping("/api/promotion-review/letters/upload")
    ResponseEntity<Void> upload(@Valid @RequestBody DossierRequests.UploadLetter request) {
        Dossier dossier = dossiers.byUploadToken(request.token());
        dossiers.change(dossier.tenant(), dossier.id(), d -> {
            d.receiveLetter(request.token(), request.text(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
            return d;
        });
        return ResponseEntity.noContent().build();
    }
}
