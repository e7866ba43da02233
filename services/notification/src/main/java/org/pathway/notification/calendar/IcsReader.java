package org.pathway.notification.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Reads an invite another service wrote (RFC 5545, one VEVENT) into a {@link CalendarInvite}, keeping what a later
 * REQUEST or CANCEL of the same event must repeat: UID, SEQUENCE, summary, organizer and attendees with their addresses.
 * Times come from the caller (the event states them as instants), so time zones in the text need no interpretation.
 */
public final class IcsReader {

    private IcsReader() {
    }

    /** @throws IllegalArgumentException when the text is not a calendar with an event that has a UID and an organizer */
    public static CalendarInvite read(String ics, Instant start, Instant end) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics));
        } catch (ParserException e) {
            throw new IllegalArgumentException("Not an iCalendar object: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        VEvent event = calendar.<VEvent>getComponent("VEVENT")
                .orElseThrow(() -> new IllegalArgumentException("The invite has no VEVENT"));
        String uid = value(event, Property.UID);
        if (uid == null) {
            throw new IllegalArgumentException("The invite's event has no UID");
        }
        Property organizer = event.getProperty(Property.ORGANIZER)
                .orElseThrow(() -> new IllegalArgumentException("The invite's event has no ORGANIZER"));
        String sequence = value(event, Property.SEQUENCE);
        List<CalendarInvite.Party> attendees = event.getProperties(Property.ATTENDEE).stream().map(IcsReader::party).toList();
        return new CalendarInvite(CalendarInvite.Method.REQUEST, uid, sequence == null ? 0 : Integer.parseInt(sequence.trim()),
                value(event, Property.SUMMARY), value(event, Property.DESCRIPTION), value(event, Property.URL), start, end,
                party(organizer), attendees);
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static CalendarInvite.Party party(Property property) {
        String address = property.getValue();
        if (address.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
            address = address.substring("mailto:".length());
        }
        String name = property.getParameter(Parameter.CN).map(Parameter::getValue).orElse(null);
        return new CalendarInvite.Party(null, address, name);
    }
}
