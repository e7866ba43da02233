package org.pathway.jobposting.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands. The posting institution's admins move it SUBMITTED → UNDER_REVIEW → INTERVIEW → OFFER,
 * or to REJECTED from any stage before a decision; only the candidate withdraws. OFFER, REJECTED and WITHDRAWN end
 * the admins' part; a candidate may still withdraw after an offer (declining it).
 */
public enum ApplicationStage {
    SUBMITTED, UNDER_REVIEW, INTERVIEW, OFFER, REJECTED, WITHDRAWN;

    /** The stages an admin may move an application in this stage to. */
    Set<ApplicationStage> adminMoves() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, REJECTED);
            case UNDER_REVIEW -> EnumSet.of(INTERVIEW, REJECTED);
            case INTERVIEW -> EnumSet.of(OFFER, REJECTED);
            case OFFER, REJECTED, WITHDRAWN -> EnumSet.noneOf(ApplicationStage.class);
        };
    }

    /** Open: the candidate may withdraw, and may not apply to the same posting again. */
    boolean open() {
        return this != REJECTED && this != WITHDRAWN;
    }
}
