package org.pathway.mentoringmatch.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;
import org.pathway.mentoringmatch.scoring.TimeWindow;

class ConversationInviteTests {

    private static final TimeWindow SLOT = new TimeWindow(Instant.parse("2026-03-10T15:00:00Z"),
            Instant.parse("2026-03-10T15:20:00Z"));
    private static final Prep PREP = new Prep("Ran the clerkship's feedback workshop twice; wrote an OSCE station",
            List.of("Clerkship leadership", "Assessment scholarship"),
            "What is the next concrete step you would take in the next 6-12 months?");

    private static String invite() {
        return ConversationInvite.of("req-1.1", SLOT, Instant.parse("2026-03-03T14:12:40Z"), "Sam Reyes",
                "sam.reyes@northbridge.edu", "Ada Okafor", "ada@northbridge.edu", PREP);
    }

    @Test
    void shouldWriteAnRfc5545RequestInTheShapeOfRfc5546GroupEventRequest() throws Exception {
        String ics = invite();
        String unfolded = ics.replace("\r\n ", "");

        assertThat(unfolded).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("\r\nMETHOD:REQUEST\r\n", "\r\nVERSION:2.0\r\n", "\r\nPRODID:-//Pathway//mentoring-match//EN\r\n",
                        "\r\nDTSTART:20260310T150000Z\r\n", "\r\nDTEND:20260310T152000Z\r\n",
                        "\r\nDTSTAMP:20260303T141240Z\r\n", "\r\nUID:req-1.1@mentoring-match.pathway\r\n",
                        "\r\nSTATUS:CONFIRMED\r\n", "\r\nSEQUENCE:0\r\n")
                .containsPattern("ORGANIZER;CN=Sam Reyes:mailto:sam\\.reyes@northbridge\\.edu")
                .containsPattern("ATTENDEE;[^\\r]*PARTSTAT=ACCEPTED[^\\r]*:mailto:sam\\.reyes@northbridge\\.edu")
                .containsPattern("ATTENDEE;[^\\r]*RSVP=TRUE[^\\r]*:mailto:ada@northbridge\\.edu");
        assertThat(ics.split("\r\n")).as("lines are folded at 75 octets (RFC 5545 §3.1)")
                .allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(75));
    }

    @Test
    void shouldParseBackIntoAValidCalendarWithTheSlotAndTheAsk() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(invite()));

        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.getStartDate().orElseThrow().getValue()).isEqualTo("20260310T150000Z");
        assertThat(event.getEndDate().orElseThrow().getValue()).isEqualTo("20260310T152000Z");
        assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("next concrete step")
                .as("the rest of the prep stays in the app").doesNotContain("feedback workshop");
    }

    @Test
    void shouldGiveTheSameTextForTheSameMatchAndSlot() {
        assertThat(invite()).isEqualTo(invite());
    }
}
