package org.pathway.mentoringmatch.match;

import java.time.Instant;

import org.pathway.mentoringmatch.scoring.RequestKind;

record RequestView(String id, RequestKind kind, Prep prep, String note, boolean openToExternal, RequestStatus status,
        String currentMatchId, Instant createdAt, Instant updatedAt) {

    static RequestView of(MentoringRequest request) {
        return new RequestView(request.id(), request.kind(), request.prep(), request.note(), request.openToExternal(),
                request.status(), request.currentMatchId(), request.createdAt(), request.updatedAt());
    }
}
