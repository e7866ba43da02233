package org.pathway.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.config.NotificationProperties;
import org.pathway.notification.delivery.Notice;
import org.pathway.notification.preference.Category;
import org.pathway.notification.template.Templates;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

import tools.jackson.databind.node.ObjectNode;

/** Each tolerant record reads its contract's example, and each message type renders from it. */
class ConsumerContractTests {

    private static final NotificationProperties PROPERTIES = Binder.get(new StandardEnvironment())
            .bindOrCreate("pathway.notification", NotificationProperties.class);
    private static final EventEnvelope ENVELOPE = new EventEnvelope("e-1", "t", "/pathway/x", "s", "northbridge",
            Instant.now(), "1.0");
    private final Templates templates = new Templates();

    @Test
    void shouldReadProfileUpdatedExampleIntoARecipient() {
        var profile = InboundEvents.PAYLOADS.readValue(EventContracts.example("portfolio", "ProfileUpdated", 1),
                PortfolioProfileEvents.ProfileUpdated.class);

        var recipient = profile.toRecipient("northbridge");
        assertThat(recipient.email()).isEqualTo("ada.okafor@northbridge.edu");
        assertThat(recipient.name()).isEqualTo("Ada Okafor");
        assertThat(recipient.revision()).isEqualTo(4);
        assertThat(recipient.id()).isEqualTo("northbridge/9b2e7a40-3c51-4a8e-8a37-0d6c1f5e2a90");
    }

    @Test
    void shouldTurnTheAlertMatchedExampleIntoAJobAlertForTheCandidate() {
        var alert = InboundEvents.PAYLOADS.readValue(EventContracts.example("job-posting", "AlertMatched", 1),
                JobAlertNotifications.AlertMatched.class);

        List<Notice> notices = new JobAlertNotifications(PROPERTIES).notices(ENVELOPE, alert);

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.to().userId()).isEqualTo("7d0f5a9c-2b1e-4f63-a8d4-6c3e9b12f5a7");
            assertThat(notice.category()).isEqualTo(Category.JOBS);
            var rendered = templates.render(notice.template(), withRecipient(notice));
            assertThat(rendered.subject())
                    .isEqualTo("New Associate program director posting for you: Associate Program Director – Internal Medicine Residency");
            assertThat(rendered.text()).contains("\"APD, no nights, at most 50% clinical\"")
                    .contains("http://127.0.0.1:8080/jobs/postings/3f6c1d2e-8a4b-4c9e-9d17-5b2a0e7f41c8");
            assertThat(rendered.html()).contains("href=\"http://127.0.0.1:8080/jobs/postings/3f6c1d2e");
        });
    }

    @Test
    void shouldTellTheCandidateOnlyWhenReadinessCrossesReady() {
        ObjectNode example = (ObjectNode) InboundEvents.PAYLOADS.readTree(
                EventContracts.example("promotion-review", "ReadinessAssessed", 1));
        ReadinessNotifications mapping = new ReadinessNotifications(PROPERTIES);

        assertThat(mapping.notices(ENVELOPE, read(example))).as("NOT_READY → BORDERLINE stays on one side").isEmpty();
        assertThat(mapping.notices(ENVELOPE, read(example.deepCopy().put("status", "READY").putNull("previousStatus"))))
                .as("a first assessment that is ready").hasSize(1);
        List<Notice> lost = mapping.notices(ENVELOPE, read(example.deepCopy().put("previousStatus", "READY")));

        assertThat(lost).singleElement().satisfies(notice -> {
            var rendered = templates.render(notice.template(), withRecipient(notice));
            assertThat(rendered.subject()).isEqualTo("Your readiness for associate rank changed");
            assertThat(rendered.text()).contains("no longer meets every criterion")
                    .contains("1 more peer-reviewed education product on your niche as first or senior author");
        });
        Notice ready = mapping.notices(ENVELOPE, read(example.deepCopy().put("status", "READY").put("score", 82))).get(0);
        assertThat(templates.render(ready.template(), withRecipient(ready)).subject())
                .isEqualTo("You are ready for promotion to associate rank");
    }

    private static ReadinessNotifications.ReadinessAssessed read(ObjectNode json) {
        return InboundEvents.PAYLOADS.treeToValue(json, ReadinessNotifications.ReadinessAssessed.class);
    }

    private static java.util.Map<String, Object> withRecipient(Notice notice) {
        var model = new java.util.HashMap<>(notice.model());
        model.put("recipientName", "Ada");
        model.put("portalUrl", PROPERTIES.portalBaseUrl());
        return model;
    }
}
