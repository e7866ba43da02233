package org.pathway.notification.preference;

/** What a notification is about; people choose per category how (and whether) they hear about it by email. */
public enum Category {
    MATCHES(true),
    READINESS(true),
    JOBS(true),
    REVIEWS(true),
    LETTERS(true),
    MILESTONES(true),
    /** Receipts (dossier submitted, application received) are the record of an act; they cannot be turned off. */
    RECEIPTS(false),
    /** The decision on one's own promotion dossier: the formal notice of an outcome, so it cannot be turned off either. */
    DECISIONS(false);

    private final boolean canTurnOff;

    Category(boolean canTurnOff) {
        this.canTurnOff = canTurnOff;
    }

    public boolean canTurnOff() {
        return canTurnOff;
    }
}
