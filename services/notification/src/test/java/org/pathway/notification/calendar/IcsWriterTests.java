package org.pathway.notification.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;

class IcsWriterTests {

    private static final Path RFC5546_REQUEST =
            Path.of("/work/shared/reference/apis/icalendar/rfc5546_4.2.1_group-event-request_dtend-corrected.ics");

    private final CalendarInvite request = new CalendarInvite(CalendarInvite.Method.REQUEST, "match-42@pathway", 0,
            "Mentoring conversation", "First conversation", "https://portal.example/mentoring/matches/42",
            Instant.parse("2026-03-02T15:00:00Z"), Instant.parse("2026-03-02T15:30:00Z"),
            new CalendarInvite.Party(null, "mentor@northbridge.edu", "Dr Mentor"),
            List.of(new CalendarInvite.Party(null, "mentee@northbridge.edu", "Dr Mentee")));

    @Test
    void shouldWriteARequestWithEveryPropertyOfTheRfc5546GroupRequestExample() throws Exception {
        Calendar written = parse(IcsWriter.write(request, Instant.parse("2026-02-01T10:00:00Z")));

        assertThat(written.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = written.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertThat(propertyNames(event)).containsAll(propertyNames(referenceEvent()));
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20260302T150000Z");
        assertThat(event.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20260302T153000Z");
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("match-42@pathway");
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue()).isEqualTo("mailto:mentor@northbridge.edu");
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().toString()).contains("RSVP=TRUE")
                .contains("mailto:mentee@northbridge.edu").contains("CN=Dr Mentee");
        assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
    }

    @Test
    void shouldCancelTheSameEventWithAHigherSequence() throws Exception {
        CalendarInvite cancel = new CalendarInvite(CalendarInvite.Method.CANCEL, request.uid(), 1, request.summary(), null,
                null, request.start(), request.end(), request.organizer(), request.attendees());

        Calendar written = parse(IcsWriter.write(cancel, Instant.parse("2026-02-03T10:00:00Z")));

        assertThat(written.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent event = written.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("match-42@pathway");
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
    }

    private static VEvent referenceEvent() throws Exception {
        return parse(Files.readString(RFC5546_REQUEST)).getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    }

    private static Set<String> propertyNames(VEvent event) {
        Set<String> names = new TreeSet<>();
        event.getPropertyList().getAll().forEach(property -> names.add(property.getName()));
        return names;
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }
}
