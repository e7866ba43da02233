package org.pathway.promotionreview.criteria;

/** Reach of the venue, ordered from the candidate's own institution outwards. */
public enum VenueLevel {
    LOCAL, REGIONAL, NATIONAL, INTERNATIONAL;

    public boolean isAtLeast(VenueLevel minimum) {
        return compareTo(minimum) >= 0;
    }
}
