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
    private static final PortalLinks LINKS = new PortalLinks(PROPERTIES);
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

    @Test
    void shouldSendTheDossierSubmittedExampleAsAReceiptThatCannotBeTurnedOff() {
        ObjectNode example = example("promotion-review", "DossierSubmitted");
        DossierSubmittedNotifications mapping = new DossierSubmittedNotifications(LINKS);

        Notice receipt = mapping.notices(ENVELOPE, read(example, DossierSubmittedNotifications.DossierSubmitted.class)).get(0);

        assertThat(receipt.to().userId()).isEqualTo("7d0f5a9c-2b1e-4f63-a8d4-6c3e9b12f5a7");
        assertThat(receipt.category()).isEqualTo(Category.RECEIPTS);
        assertThat(receipt.category().canTurnOff()).isFalse();
        var rendered = render(receipt);
        assertThat(rendered.subject()).isEqualTo("Receipt: your dossier for promotion to associate rank was submitted");
        assertThat(rendered.text()).contains("(clinician educator track) was submitted on Monday 14 September 2026, 15:02 UTC")
                .contains("42 items of evidence").contains("criteria version 3")
                .contains("http://127.0.0.1:8080/promotion/dossiers/d7a3c2e1-5b4f-4a8e-9c61-0f2b7d3e8a94")
                .doesNotContain("on your behalf");
        Notice byChair = mapping.notices(ENVELOPE, read(example.put("submittedBy", "chair-1"),
                DossierSubmittedNotifications.DossierSubmitted.class)).get(0);
        assertThat(render(byChair).text()).contains("on your behalf by your committee chair");
    }

    @Test
    void shouldAskTheCommitteeMemberOfTheReviewerAssignedExampleToReviewTheDossier() {
        var assignment = read(example("promotion-review", "ReviewerAssigned"), ReviewerAssignedNotifications.ReviewerAssigned.class);

        Notice notice = new ReviewerAssignedNotifications(LINKS).notices(ENVELOPE, assignment).get(0);

        assertThat(notice.to().userId()).isEqualTo("4c1e8b2a-9d3f-4e6a-b7c5-1a0f2d9e8b36");
        assertThat(notice.category()).isEqualTo(Category.REVIEWS);
        var rendered = render(notice);
        assertThat(rendered.subject()).isEqualTo("Please review the dossier of Dana Whitfield for promotion to associate rank");
        assertThat(rendered.html()).contains("href=\"http://127.0.0.1:8080/promotion/dossiers/d7a3c2e1-5b4f-4a8e-9c61-0f2b7d3e8a94\"");
    }

    @Test
    void shouldInviteTheExternalWriterOfTheLetterRequestedExampleWithTheUploadLinkOnly() {
        var letter = read(example("promotion-review", "LetterRequested"), LetterNotifications.Letter.class);

        Notice invitation = new LetterNotifications().letterRequestedNotifications(LINKS).notices(ENVELOPE, letter).get(0);

        assertThat(invitation.to().isUser()).as("the writer is not a user").isFalse();
        assertThat(invitation.to().email()).isEqualTo("ines.okafor@example.org");
        assertThat(invitation.category()).isEqualTo(Category.LETTERS);
        String upload = "http://127.0.0.1:8080/promotion/letters/upload?token=Qm9yZGVyc2lkZS1sZXR0ZXItdG9rZW4tZXhhbXBsZS0wMDE";
        assertThat(invitation.model().get("summary").toString()).doesNotContain("Qm9yZGVyc2lkZS1");
        var rendered = render(invitation);
        assertThat(rendered.subject())
                .isEqualTo("Request for a letter of evaluation for Dana Whitfield, due Saturday 31 October 2026, 23:59 UTC");
        assertThat(rendered.text()).startsWith("Dear Ada,").contains("promotion to associate rank (clinician educator track)")
                .contains(upload);
    }

    @Test
    void shouldRemindTheWriterWithTheLetterReminderDueExample() {
        ObjectNode example = example("promotion-review", "LetterReminderDue");
        NotificationMapping<LetterNotifications.Letter> mapping = new LetterNotifications().letterReminderNotifications(LINKS);

        var sevenDays = render(mapping.notices(ENVELOPE, read(example, LetterNotifications.Letter.class)).get(0));
        var lastDay = render(mapping.notices(ENVELOPE, read(example.put("daysBefore", 1), LetterNotifications.Letter.class)).get(0));

        assertThat(sevenDays.subject()).isEqualTo("Reminder: your letter for Dana Whitfield is due in 7 days");
        assertThat(sevenDays.text()).contains("we have not yet received your letter").contains("token=Qm9yZGVyc2lkZS1");
        assertThat(lastDay.subject()).isEqualTo("Reminder: your letter for Dana Whitfield is due in 1 day");
    }

    @Test
    void shouldTellTheCandidateTheOutcomeOfTheDossierDecidedExampleWithoutVotes() {
        ObjectNode example = example("promotion-review", "DossierDecided");
        DossierDecidedNotifications mapping = new DossierDecidedNotifications(LINKS);

        Notice promoted = mapping.notices(ENVELOPE, read(example, DossierDecidedNotifications.DossierDecided.class)).get(0);
        Notice declined = mapping.notices(ENVELOPE, read(example.deepCopy().put("outcome", "NOT_PROMOTED"),
                DossierDecidedNotifications.DossierDecided.class)).get(0);
        Notice unknown = mapping.notices(ENVELOPE, read(example.deepCopy().put("outcome", "WITHDRAWN"),
                DossierDecidedNotifications.DossierDecided.class)).get(0);

        assertThat(promoted.to().userId()).isEqualTo("7d0f5a9c-2b1e-4f63-a8d4-6c3e9b12f5a7");
        assertThat(promoted.category()).isEqualTo(Category.DECISIONS);
        assertThat(promoted.category().canTurnOff()).isFalse();
        assertThat(render(promoted).subject()).isEqualTo("Congratulations: you are promoted to associate rank");
        assertThat(render(declined).subject()).isEqualTo("The decision on your dossier for associate rank");
        assertThat(render(declined).text()).contains("was not approved this time").doesNotContainIgnoringCase("vote");
        assertThat(render(unknown).text()).contains("recorded a decision").doesNotContain("promoted to");
    }

    @Test
    void shouldFileTheApplicationReceiptConfidentiallyInTheCandidatesOwnInstitution() {
        var application = read(example("job-posting", "ApplicationSubmitted"),
                ApplicationSubmittedNotifications.ApplicationSubmitted.class);

        List<Notice> withoutMailbox = new ApplicationSubmittedNotifications(LINKS, PROPERTIES).notices(ENVELOPE, application);
        List<Notice> withMailbox = new ApplicationSubmittedNotifications(LINKS, withHiringContact("northbridge",
                "hiring@northbridge.example")).notices(ENVELOPE, application);

        assertThat(withoutMailbox).singleElement().satisfies(receipt -> {
            assertThat(receipt.to().userId()).isEqualTo("7d0f5a9c-2b1e-4f63-a8d4-6c3e9b12f5a7");
            assertThat(receipt.to().institution()).as("not the event's (posting) tenant").isEqualTo("lakeside");
            assertThat(receipt.confidential()).isTrue();
            assertThat(receipt.category()).isEqualTo(Category.RECEIPTS);
            var rendered = render(receipt);
            assertThat(rendered.subject())
                    .isEqualTo("Receipt: your application for Associate Program Director – Internal Medicine Residency");
            assertThat(rendered.text()).contains("(Associate program director) at northbridge")
                    .contains("http://127.0.0.1:8080/jobs/applications/9b2f4c61-7e0a-3d58-a1c2-4f6e8d0b2a13");
        });
        assertThat(withMailbox).hasSize(2);
        Notice toPostingInstitution = withMailbox.get(1);
        assertThat(toPostingInstitution.to().email()).isEqualTo("hiring@northbridge.example");
        assertThat(toPostingInstitution.to().institution()).as("the event's tenant, the posting institution").isNull();
        assertThat(toPostingInstitution.confidential()).isFalse();
        assertThat(render(toPostingInstitution).text())
                .contains("http://127.0.0.1:8080/jobs/admin/postings/3f6c1d2e-8a4b-4c9e-9d17-5b2a0e7f41c8/applications")
                .doesNotContain("lakeside");
    }

    @Test
    void shouldConfirmAWithdrawalToTheCandidateAndTellTheHiringMailboxWithoutTheCandidatesInstitution() {
        var withdrawal = read(example("job-posting", "ApplicationWithdrawn"),
                ApplicationWithdrawnNotifications.ApplicationWithdrawn.class);

        List<Notice> withoutMailbox = new ApplicationWithdrawnNotifications(LINKS, PROPERTIES).notices(ENVELOPE, withdrawal);
        List<Notice> withMailbox = new ApplicationWithdrawnNotifications(LINKS, withHiringContact("northbridge",
                "hiring@northbridge.example")).notices(ENVELOPE, withdrawal);

        assertThat(withoutMailbox).singleElement().satisfies(receipt -> {
            assertThat(receipt.to().institution()).as("not the event's (posting) tenant").isEqualTo("lakeside");
            assertThat(receipt.confidential()).isTrue();
            assertThat(receipt.category()).isEqualTo(Category.RECEIPTS);
            var rendered = render(receipt);
            assertThat(rendered.subject())
                    .isEqualTo("Your application for Associate Program Director – Internal Medicine Residency is withdrawn");
            assertThat(rendered.text()).contains("at northbridge on Tuesday 10 February 2026, 08:15 UTC")
                    .contains("http://127.0.0.1:8080/jobs/applications/9b2f4c61-7e0a-3d58-a1c2-4f6e8d0b2a13");
        });
        assertThat(withMailbox).hasSize(2);
        Notice toPostingInstitution = withMailbox.get(1);
        assertThat(toPostingInstitution.to().email()).isEqualTo("hiring@northbridge.example");
        assertThat(toPostingInstitution.category()).isEqualTo(Category.JOBS);
        assertThat(render(toPostingInstitution).text()).contains("it had reached the stage under review")
                .contains("http://127.0.0.1:8080/jobs/admin/postings/3f6c1d2e-8a4b-4c9e-9d17-5b2a0e7f41c8/applications")
                .doesNotContain("lakeside").doesNotContain("7d0f5a9c");
    }

    @Test
    void shouldRemindTheFacultyMemberOfTheMilestoneDueExample() {
        var milestone = read(example("portfolio", "MilestoneDue"), MilestoneDueNotifications.MilestoneDue.class);

        Notice notice = new MilestoneDueNotifications(LINKS).notices(ENVELOPE, milestone).get(0);

        assertThat(notice.to().userId()).isEqualTo("9b2e7a40-3c51-4a8e-8a37-0d6c1f5e2a90");
        assertThat(notice.category()).isEqualTo(Category.MILESTONES);
        var rendered = render(notice);
        assertThat(rendered.subject()).isEqualTo("Milestone due: Complete a faculty-development course");
        assertThat(rendered.text()).contains("is due (Wednesday 1 July 2026)").contains("runs until Thursday 1 July 2027")
                .contains("http://127.0.0.1:8080/portfolio/plan");
    }

    @Test
    void shouldTellTheMenteeOfAnAcceptedMatchUnlessAConversationInviteFollows() {
        ObjectNode example = example("mentoring-match", "MatchAccepted");
        MatchAcceptedNotifications mapping = new MatchAcceptedNotifications(new MatchLinks(PROPERTIES));

        assertThat(mapping.notices(ENVELOPE, read(example, MatchAcceptedNotifications.MatchAccepted.class)))
                .as("the example is an advice conversation: ConversationScheduled brings the invite").isEmpty();
        List<Notice> longTerm = mapping.notices(ENVELOPE, read(example.put("kind", "LONG_TERM"),
                MatchAcceptedNotifications.MatchAccepted.class));

        assertThat(longTerm).singleElement().satisfies(notice -> {
            assertThat(notice.to().userId()).isEqualTo("5b1f2d7c-0a43-4d6e-8f3a-2c9b7e1d4a60");
            assertThat(notice.category()).isEqualTo(Category.MATCHES);
            var rendered = render(notice);
            assertThat(rendered.subject()).isEqualTo("Your mentor accepted your request for long-term mentoring");
            assertThat(rendered.text()).contains("http://127.0.0.1:8080/mentoring/matches/3f0c6a8e-5d1b-4c9e-9a57-0b8f1d2e6c41.1");
        });
    }

    private static ObjectNode example(String producer, String type) {
        return (ObjectNode) InboundEvents.PAYLOADS.readTree(EventContracts.example(producer, type, 1));
    }

    private static <T> T read(ObjectNode json, Class<T> type) {
        return InboundEvents.PAYLOADS.treeToValue(json, type);
    }

    private Templates.Rendered render(Notice notice) {
        return templates.render(notice.template(), withRecipient(notice));
    }

    private static NotificationProperties withHiringContact(String institution, String mailbox) {
        return new NotificationProperties(PROPERTIES.portalBaseUrl(), PROPERTIES.mailFrom(), PROPERTIES.retry(),
                PROPERTIES.digest(), PROPERTIES.sseHeartbeat(), PROPERTIES.ssePoll(), java.util.Map.of(institution, mailbox));
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
