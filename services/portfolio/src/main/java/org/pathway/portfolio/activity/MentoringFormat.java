package org.pathway.portfolio.activity;

/** The kinds of mentoring a mentee can ask for (DOMAIN.md, "Mentoring match"). */
public enum MentoringFormat {
    ADVICE_CONVERSATION,
    LONG_TERM,
    PROMOTION_COACHING,
    SPONSORSHIP
}
