package org.pathway.jobposting.messaging;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import static org.pathway.jobposting.messaging.TolerantEnums.known;

import org.pathway.jobposting.alert.AlertMatcher;
import org.pathway.jobposting.alert.PublishedPosting;
import org.pathway.jobposting.posting.MissionTag;
import org.pathway.jobposting.posting.PostingFacts;
import org.pathway.jobposting.posting.RoleType;
import org.pathway.jobposting.posting.TrainingKind;
import org.pathway.kit.consumer.IdempotentConsumer;
import org.pathway.kit.events.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Inbound {@code jobs.postings}, this service's own topic (binding {@code jobPostings-in-0}): every PostingPublished
 * is matched against the saved searches. Consuming the topic rather than matching inside the publish request means
 * the match rides on the outbox's guarantee: a posting whose PostingPublished reached Kafka is matched even if this
 * replica died right after the publish, a slow match never slows the admin's request, and a failing one is retried
 * and dead-lettered like any consumer. Exactly one alert per candidate and posting comes from the alerts' primary
 * key, not from delivery: redeliveries and repeated events find it taken.
 */
@Configuration
class JobPostingEvents {

    static final String POSTING_PUBLISHED = "org.pathway.job-posting.PostingPublished.v1";
    private static final Logger log = LoggerFactory.getLogger(JobPostingEvents.class);

    /** The matcher's tolerant view of PostingPublished v1: the facts filters test. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PostingPublished(String postingId, String institution, String title, String roleType, Location location,
            Range clinicalShare, Pay compensation, Boolean nightsWeekends, Training training, List<String> missionTags,
            Double protectedHoursPerWeek, List<String> answeredQuestions) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Location(String text) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Range(Double min, Double max) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Pay(Long min, Long max) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Training(List<String> required) {
        }

        PublishedPosting toPublished() {
            List<MissionTag> missions = missionTags == null ? List.of()
                    : missionTags.stream().map(tag -> known(MissionTag.class, tag)).filter(Objects::nonNull).toList();
            // This service produces the event, so every kind is known here; an unknown one would simply be skipped.
            List<TrainingKind> required = training == null || training.required() == null ? List.of()
                    : training.required().stream().map(kind -> known(TrainingKind.class, kind))
                            .filter(Objects::nonNull).toList();
            PostingFacts facts = new PostingFacts(RoleType.valueOf(roleType), clinicalShare.max(), compensation.max(),
                    Boolean.TRUE.equals(nightsWeekends), missions, location == null ? null : location.text(), required,
                    protectedHoursPerWeek, answeredQuestions);
            return new PublishedPosting(postingId, institution, title, facts);
        }
    }

    @Bean
    Consumer<Message<PostingPublished>> jobPostings(IdempotentConsumer guard, AlertMatcher matcher) {
        return message -> {
            EventEnvelope envelope = EventEnvelope.of(message);
            if (!POSTING_PUBLISHED.equals(envelope.type())) {
                log.debug("Ignoring {} {}", envelope.type(), envelope.id());
                return;
            }
            PublishedPosting posting = message.getPayload().toPublished();
            guard.process(message, () -> {
                int alerts = matcher.onPublished(posting);
                log.info("Posting {} matched saved searches: {} new alert(s)", posting.postingId(), alerts);
            });
        };
    }
}
