package org.pathway.portfolio.activity;

/** SOLE counts as both first and senior for criteria such as "two first or senior author". */
public enum AuthorshipPosition {
    FIRST,
    SENIOR,
    MIDDLE,
    SOLE
}
