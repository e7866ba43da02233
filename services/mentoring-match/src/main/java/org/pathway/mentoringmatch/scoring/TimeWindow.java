package org.pathway.mentoringmatch.scoring;

import java.time.Duration;
import java.time.Instant;

/** A span of time a mentor offers for conversations, half-open [start, end). */
public record TimeWindow(Instant start, Instant end) {

    public boolean fits(Duration length) {
        return start != null && end != null && !start.plus(length).isAfter(end);
    }
}
