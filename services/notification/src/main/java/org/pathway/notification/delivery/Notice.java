package org.pathway.notification.delivery;

import java.util.Map;

import org.pathway.notification.calendar.CalendarInvite;
import org.pathway.notification.preference.Category;

/**
 * What one event means for one person: the template to render and its model (which must hold {@code link}, the
 * portal page the notice points to, and may hold {@code summary}, the feed's one-liner), optionally with a calendar
 * invite attached to the email.
 *
 * @param confidential the notice reveals something its recipient's institution must not learn (an application to
 *                     another institution's posting): its deliveries are hidden from that institution's admins
 */
public record Notice(Addressee to, Category category, String template, Map<String, Object> model, CalendarInvite invite,
        boolean confidential) {

    public Notice {
        model = Map.copyOf(model);
        if (!model.containsKey("link")) {
            throw new IllegalArgumentException("A notice's model needs a link into the portal");
        }
    }

    public Notice(Addressee to, Category category, String template, Map<String, Object> model, CalendarInvite invite) {
        this(to, category, template, model, invite, false);
    }

    public static Notice of(Addressee to, Category category, String template, Map<String, Object> model) {
        return new Notice(to, category, template, model, null);
    }

    public Notice withInvite(CalendarInvite calendarInvite) {
        return new Notice(to, category, template, model, calendarInvite, confidential);
    }

    /** Seen by its recipient only: no admin of their institution lists its deliveries. */
    public Notice confidentially() {
        return new Notice(to, category, template, model, invite, true);
    }
}
