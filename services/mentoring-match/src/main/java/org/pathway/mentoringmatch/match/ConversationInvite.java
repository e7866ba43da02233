package org.pathway.mentoringmatch.match;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.pathway.mentoringmatch.scoring.TimeWindow;

/**
 * The RFC 5545 invite of an advice conversation, in the iTIP REQUEST shape of RFC 5546 §4.2.1 (the mentor organizes
 * and has accepted, the mentee is asked to reply). Times are UTC; the UID is stable per match, so a re-sent invite
 * updates the same calendar entry. Built from the match alone: the same match and slot give the same text. The invite
 * has to name and address its two participants, so it is the one place an event carries names and emails.
 */
final class ConversationInvite {

    static final String PRODUCT = "-//Pathway//mentoring-match//EN";

    private ConversationInvite() {
    }

    static String of(String matchId, TimeWindow slot, Instant stamp, String mentorName, String mentorEmail,
            String menteeName, String menteeEmail, Prep prep) {
        VEvent event = new VEvent(false);
        event.add(new DtStamp(stamp));
        event.add(new Uid(matchId + "@mentoring-match.pathway"));
        event.add(new DtStart<>(slot.start()));
        event.add(new DtEnd<>(slot.end()));
        event.add(new Summary("Advice conversation: " + display(menteeName) + " and " + display(mentorName)));
        if (prep != null) {
            // Only the ask: the invite travels on Kafka to the notifier, the rest of the prep stays in the app.
            event.add(new Description("The ask: " + prep.ask()));
        }
        event.add(new Organizer(new ParameterList(java.util.List.of(new Cn(display(mentorName)))), mailto(mentorEmail)));
        event.add(new Attendee(new ParameterList(java.util.List.of(Role.CHAIR, PartStat.ACCEPTED,
                new Cn(display(mentorName)))), mailto(mentorEmail)));
        event.add(new Attendee(new ParameterList(java.util.List.of(Rsvp.TRUE, CuType.INDIVIDUAL,
                new Cn(display(menteeName)))), mailto(menteeEmail)));
        event.add(new Sequence(0));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.REQUEST);
        calendar.add(event);
        // The outputter folds long lines at 75 octets as RFC 5545 §3.1 requires (toString() does not).
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + (email == null || email.isBlank() ? "unknown@invalid" : email.strip()));
    }

    private static String display(String name) {
        return name == null || name.isBlank() ? "Pathway member" : name;
    }
}
