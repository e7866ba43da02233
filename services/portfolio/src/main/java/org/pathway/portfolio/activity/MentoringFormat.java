package org.pathway.portfolio.activity;

/** The kinds of mentoring a mentee can ask for (DOMAIN.md, "Mentoring match"). */
public enum MentoringFormat {
    ADVICE_CONVERSATION("advice conversation"),
    LONG_TERM("long-term mentoring"),
    PROMOTION_COACHING("promotion coaching"),
    SPONSORSHIP("sponsorship");

    private final String label;

    MentoringFormat(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
