package org.pathway.mentoringmatch.match;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.pathway.mentoringmatch.scoring.TimeWindow;

/** Finds the first free conversation slot in a mentor's availability (pure). */
final class ConversationSlots {

    /** Slots start on a quarter hour, as people book them. */
    private static final Duration GRID = Duration.ofMinutes(15);

    private ConversationSlots() {
    }

    /**
     * The earliest slot of {@code length} inside one of {@code windows}, starting no earlier than {@code notBefore},
     * on the quarter-hour grid, overlapping none of the mentor's {@code booked} conversations.
     */
    static Optional<TimeWindow> first(List<TimeWindow> windows, Instant notBefore, Duration length,
            List<TimeWindow> booked) {
        return windows.stream()
                .sorted((a, b) -> a.start().compareTo(b.start()))
                .map(window -> firstIn(window, notBefore, length, booked))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<TimeWindow> firstIn(TimeWindow window, Instant notBefore, Duration length,
            List<TimeWindow> booked) {
        Instant start = ceil(window.start().isBefore(notBefore) ? notBefore : window.start());
        while (!start.plus(length).isAfter(window.end())) {
            TimeWindow slot = new TimeWindow(start, start.plus(length));
            Optional<TimeWindow> clash = booked.stream().filter(other -> overlaps(slot, other)).findFirst();
            if (clash.isEmpty()) {
                return Optional.of(slot);
            }
            start = ceil(clash.get().end());
        }
        return Optional.empty();
    }

    private static boolean overlaps(TimeWindow a, TimeWindow b) {
        return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }

    private static Instant ceil(Instant instant) {
        long grid = GRID.toMillis();
        long millis = instant.truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
        long rounded = Math.floorDiv(millis + grid - 1, grid) * grid;
        return Instant.ofEpochMilli(rounded);
    }
}
