package org.pathway.portfolio.activity;

public enum MentoringDirection {
    GIVEN,
    RECEIVED
}
