package org.pathway.portfolio.activity;

/** The kinds of education evidence a portfolio records (DOMAIN.md, "Portfolio"). */
public enum ActivityKind {
    TEACHING,
    CURRICULUM,
    SCHOLARSHIP,
    LEADERSHIP,
    AWARD,
    MENTORING
}
