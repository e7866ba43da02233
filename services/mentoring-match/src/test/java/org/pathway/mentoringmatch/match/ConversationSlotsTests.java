package org.pathway.mentoringmatch.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pathway.mentoringmatch.scoring.TimeWindow;

class ConversationSlotsTests {

    private static final Duration TWENTY = Duration.ofMinutes(20);

    private static TimeWindow window(String start, String end) {
        return new TimeWindow(Instant.parse(start), Instant.parse(end));
    }

    @Test
    void shouldTakeTheFirstQuarterHourAfterTheLeadTimeInsideAWindow() {
        List<TimeWindow> windows = List.of(window("2026-03-10T15:00:00Z", "2026-03-10T16:00:00Z"),
                window("2026-03-09T08:00:00Z", "2026-03-09T09:00:00Z"));

        assertThat(ConversationSlots.first(windows, Instant.parse("2026-03-09T08:20:01Z"), TWENTY, List.of()))
                .contains(window("2026-03-09T08:30:00Z", "2026-03-09T08:50:00Z"));
    }

    @Test
    void shouldSkipAWindowTooShortAfterTheLeadTimeAndAvoidBookedConversations() {
        List<TimeWindow> windows = List.of(window("2026-03-09T08:00:00Z", "2026-03-09T09:00:00Z"),
                window("2026-03-10T15:00:00Z", "2026-03-10T16:00:00Z"));
        List<TimeWindow> booked = List.of(window("2026-03-10T15:00:00Z", "2026-03-10T15:20:00Z"));

        assertThat(ConversationSlots.first(windows, Instant.parse("2026-03-09T08:31:10Z"), TWENTY, booked))
                .contains(window("2026-03-10T15:30:00Z", "2026-03-10T15:50:00Z"));
        assertThat(ConversationSlots.first(windows, Instant.parse("2026-03-09T07:00:00Z"), TWENTY, booked))
                .contains(window("2026-03-09T08:00:00Z", "2026-03-09T08:20:00Z"));
    }

    @Test
    void shouldFindNothingWhenEveryWindowHasPassedOrIsFull() {
        List<TimeWindow> windows = List.of(window("2026-03-09T08:00:00Z", "2026-03-09T08:30:00Z"));

        assertThat(ConversationSlots.first(windows, Instant.parse("2026-03-10T00:00:00Z"), TWENTY, List.of())).isEmpty();
        assertThat(ConversationSlots.first(windows, Instant.parse("2026-03-09T07:00:00Z"), TWENTY,
                List.of(window("2026-03-09T08:10:00Z", "2026-03-09T08:20:00Z")))).isEmpty();
    }
}
