package org.pathway.notification.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Writes an invite as an RFC 5545 calendar object with the iTIP METHOD of RFC 5546 (shaped like its §4.2.1 example). */
public final class IcsWriter {

    static final String PRODUCT_ID = "-//Pathway//Notification//EN";

    private IcsWriter() {
    }

    /** Every party must carry an email address by now. Times are written in UTC. */
    public static String write(CalendarInvite invite, Instant stamp) {
        boolean cancel = invite.method() == CalendarInvite.Method.CANCEL;
        VEvent event = new VEvent(invite.start(), invite.end(), invite.summary());
        event.add(new DtStamp(stamp));
        event.add(new Uid(invite.uid()));
        event.add(new Sequence(invite.sequence()));
        event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        Organizer organizer = new Organizer(mailto(invite.organizer().email()));
        if (invite.organizer().name() != null) {
            organizer.add(new Cn(invite.organizer().name()));
        }
        event.add(organizer);
        for (CalendarInvite.Party party : invite.attendees()) {
            Attendee attendee = new Attendee(mailto(party.email()));
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.NEEDS_ACTION);
            attendee.add(cancel ? Rsvp.FALSE : Rsvp.TRUE);
            if (party.name() != null) {
                attendee.add(new Cn(party.name()));
            }
            event.add(attendee);
        }
        if (invite.description() != null) {
            event.add(new Description(invite.description()));
        }
        if (invite.url() != null) {
            event.add(new Url(URI.create(invite.url())));
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email);
    }
}
