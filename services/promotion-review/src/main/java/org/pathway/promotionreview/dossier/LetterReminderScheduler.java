package org.pathway.promotionreview.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.pathway.kit.schedule.PeriodicTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Announces letter reminders and marks overdue letters. Keeps no state: each letter's next check time, its pending and
 * sent reminders live in the dossier, so a restarted replica carries on where any replica left off. Exactly once comes
 * from the dossier's versioned save: a replica that loses the race saves nothing and announces nothing.
 */
class LetterReminderScheduler extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(LetterReminderScheduler.class);

    private final Dossiers dossiers;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final DossierProperties properties;

    LetterReminderScheduler(Dossiers dossiers, MongoTemplate mongo, Clock clock, DossierProperties properties) {
        super("letter-reminders", properties.sweepInterval(), properties.sweepEnabled());
        this.dossiers = dossiers;
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
    }

    /** One pass; returns how many reminders it announced. */
    int sweep() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int announced = 0;
        for (Dossier dossier : dossiers.withLettersDue(now, properties.sweepBatchSize())) {
            int count = dossier.remind(now);
            try {
                mongo.save(dossier);
                announced += count;
            } catch (OptimisticLockingFailureException raced) {
                log.debug("Dossier {} changed during the sweep; left to the next one", dossier.id());
            }
        }
        return announced;
    }

    @Override
    protected String runOnce() {
        int announced = sweep();
        return announced > 0 ? "announced " + announced + " letter reminder(s)" : null;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DossierProperties.class)
    static class Config {

        @Bean
        LetterReminderScheduler letterReminderScheduler(Dossiers dossiers, MongoTemplate mongo, Clock clock,
                DossierProperties properties) {
            return new LetterReminderScheduler(dossiers, mongo, clock, properties);
        }
    }
}
