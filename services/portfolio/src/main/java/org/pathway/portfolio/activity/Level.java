package org.pathway.portfolio.activity;

/** How far a piece of work reaches: committees weigh national and international reach most (DOMAIN.md). */
public enum Level {
    LOCAL,
    REGIONAL,
    NATIONAL,
    INTERNATIONAL
}
