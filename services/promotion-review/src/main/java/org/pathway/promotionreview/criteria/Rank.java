package org.pathway.promotionreview.criteria;

/** Academic ranks, lowest first. */
public enum Rank {
    INSTRUCTOR, ASSISTANT, ASSOCIATE, FULL;

    /** The rank a candidate is promoted from when this is the target; INSTRUCTOR is never a target. */
    public Rank previous() {
        if (this == INSTRUCTOR) {
            throw new IllegalStateException("INSTRUCTOR is the entry rank");
        }
        return values()[ordinal() - 1];
    }
}
