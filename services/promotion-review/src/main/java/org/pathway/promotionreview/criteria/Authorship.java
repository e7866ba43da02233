package org.pathway.promotionreview.criteria;

/** The candidate's position among the authors. Committees read first and senior (last) authorship as ownership. */
public enum Authorship {
    FIRST, SENIOR, MIDDLE,
    /** The only author: first and senior at once. */
    SOLE;

    public boolean isFirstOrSenior() {
        return this != MIDDLE;
    }
}
