package org.pathway.promotionreview.dossier;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pathway.promotion-review.dossiers.*}.
 *
 * @param reminderDays     days before a letter's deadline on which its writer is reminded, unless the institution
 *                         overrides them under {@code institutions.<alias>.reminder-days}
 * @param maxLetterWindow  how far ahead a letter deadline may be set
 * @param sweepInterval    how often each replica looks for due reminders and overdue letters; days-scale dates, so a
 *                         short interval only matters for tests, and a replica that was down catches up at once
 */
@ConfigurationProperties("pathway.promotion-review.dossiers")
record DossierProperties(
        @DefaultValue({"7", "1"}) List<Integer> reminderDays,
        @DefaultValue Map<String, Institution> institutions,
        @DefaultValue("365d") Duration maxLetterWindow,
        @DefaultValue("true") boolean sweepEnabled,
        @DefaultValue("1m") Duration sweepInterval,
        @DefaultValue("100") int sweepBatchSize) {

    DossierProperties {
        reminderDays.forEach(DossierProperties::checkDays);
        institutions.values().forEach(i -> i.reminderDays().forEach(DossierProperties::checkDays));
    }

    /** @param reminderDays this institution's reminder days (empty list: no reminders) */
    record Institution(List<Integer> reminderDays) {
        Institution {
            reminderDays = reminderDays == null ? List.of() : List.copyOf(reminderDays);
        }
    }

    List<Integer> reminderDaysFor(String tenant) {
        Institution own = institutions.get(tenant);
        return own == null ? reminderDays : own.reminderDays();
    }

    private static void checkDays(Integer days) {
        if (days == null || days < 0) {
            throw new IllegalArgumentException("reminder days must be 0 or more, got " + days);
        }
    }
}
