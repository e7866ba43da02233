package org.pathway.portfolio.activity;

import java.time.Instant;
import java.time.LocalDate;

/** An activity's content as it stood in one revision, kept when a later revision replaced it. */
record ActivityRevision(int revision, String title, LocalDate occurredOn, LocalDate endedOn, ActivityDetails details,
        Instant since, Instant until) {
}
