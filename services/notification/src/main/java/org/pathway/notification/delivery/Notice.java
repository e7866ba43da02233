package org.pathway.notification.delivery;

import java.util.Map;

import org.pathway.notification.calendar.CalendarInvite;
import org.pathway.notification.preference.Category;

/**
 * What one event means for one person: the template to render and its model (which must hold {@code link}, the
 * portal page the notice points to, and may hold {@code summary}, the feed's one-liner), optionally with a calendar
 * invite attached to the email.
 */
public record Notice(Addressee to, Category category, String template, Map<String, Object> model, CalendarInvite invite) {

    public Notice {
        model = Map.copyOf(model);
        if (!model.containsKey("link")) {
            throw new IllegalArgumentException("A notice's model needs a link into the portal");
        }
    }

    public static Notice of(Addressee to, Category category, String template, Map<String, Object> model) {
        return new Notice(to, category, template, model, null);
    }

    public Notice withInvite(CalendarInvite calendarInvite) {
        return new Notice(to, category, template, model, calendarInvite);
    }
}
