package org.pathway.notification.messaging;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.delivery.Addressee;
import org.pathway.notification.delivery.Notice;
import org.pathway.notification.preference.Category;
import org.springframework.stereotype.Component;

/** {@code portfolio.milestones} MilestoneDue v1 → the faculty member is reminded of the pivot-plan milestone now due. */
@Component
class MilestoneDueNotifications extends TypedMapping<MilestoneDueNotifications.MilestoneDue> {

    static final String TYPE = "org.pathway.portfolio.MilestoneDue.v1";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    /** Tolerant record: whose milestone, what it is and when it was due. */
    record MilestoneDue(String userId, String milestoneId, String title, LocalDate dueOn, LocalDate planEndsOn) {
    }

    private final PortalLinks links;

    MilestoneDueNotifications(PortalLinks links) {
        super(TYPE, MilestoneDue.class);
        this.links = links;
    }

    @Override
    public List<Notice> notices(EventEnvelope event, MilestoneDue milestone) {
        String dueOn = milestone.dueOn() == null ? "" : DAY.format(milestone.dueOn());
        return List.of(Notice.of(Addressee.user(milestone.userId()), Category.MILESTONES, "milestone-due", Map.of(
                "title", milestone.title(),
                "dueOn", dueOn,
                "planEndsOn", milestone.planEndsOn() == null ? "" : DAY.format(milestone.planEndsOn()),
                "link", links.pivotPlan(),
                "summary", "Due " + dueOn + ": " + milestone.title())));
    }
}
