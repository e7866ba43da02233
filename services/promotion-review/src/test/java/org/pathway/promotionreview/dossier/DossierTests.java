package org.pathway.promotionreview.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathway.promotionreview.dossier.DossierFixtures.CHAIR;
import static org.pathway.promotionreview.dossier.DossierFixtures.CO_AUTHOR;
import static org.pathway.promotionreview.dossier.DossierFixtures.REVIEWER;
import static org.pathway.promotionreview.dossier.DossierFixtures.T0;
import static org.pathway.promotionreview.dossier.DossierFixtures.token;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pathway.kit.events.OutboxEvent;

/** The dossier's rules, on the aggregate alone. */
class DossierTests {

    private static final Instant DEADLINE = T0.plus(Duration.ofDays(30));

    @Test
    void shouldRecuseACoAuthorInsteadOfAssigningThem() {
        Dossier dossier = DossierFixtures.submitted();

        assertThat(dossier.assign(CO_AUTHOR, CHAIR.userId(), T0)).isEqualTo(Dossier.Assignment.RECUSED);
        assertThat(dossier.assign(REVIEWER, CHAIR.userId(), T0)).isEqualTo(Dossier.Assignment.ASSIGNED);
        assertThat(dossier.assign(CO_AUTHOR, CHAIR.userId(), T0)).as("recused for good")
                .isEqualTo(Dossier.Assignment.RECUSED);

        assertThat(dossier.isReviewer(CO_AUTHOR.userId())).isFalse();
        assertThat(dossier.recusals()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RecusalReason.CO_AUTHORSHIP);
            assertThat(r.detail()).contains("Clinical reasoning rubric study");
        });
        assertThat(types(dossier)).containsExactly("DossierSubmitted", "ReviewerAssigned");
        assertThatThrownBy(() -> dossier.vote(CO_AUTHOR.userId(), VoteChoice.FOR, T0))
                .isInstanceOf(DossierConflict.class);
    }

    @Test
    void shouldMatchCitationStylesOfTheSamePersonButNotAnotherInitial() {
        Snapshot snapshot = DossierFixtures.snapshot();

        assertThat(CoAuthorship.publicationWith("Dr. Jordan Lee", snapshot)).isPresent();
        assertThat(CoAuthorship.publicationWith("Ada Okafor", snapshot)).isPresent();
        assertThat(CoAuthorship.publicationWith("Ádá Okafor, MD", snapshot)).as("accents and titles").isPresent();
        assertThat(CoAuthorship.publicationWith("Bo Lee", snapshot)).isEmpty();
        assertThat(CoAuthorship.publicationWith("Lee", snapshot)).as("one word identifies nobody").isEmpty();
    }

    @Test
    void shouldKeepVotesOncePerReviewerAndFinalAfterTheClose() {
        Dossier dossier = DossierFixtures.underReview();

        dossier.vote(REVIEWER.userId(), VoteChoice.FOR, T0);
        assertThatThrownBy(() -> dossier.vote(REVIEWER.userId(), VoteChoice.AGAINST, T0))
                .isInstanceOf(DossierConflict.class).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> dossier.vote(CHAIR.userId(), VoteChoice.FOR, T0)).as("not assigned")
                .isInstanceOf(DossierConflict.class);
        assertThatThrownBy(() -> dossier.decide(Outcome.PROMOTED, CHAIR.userId(), T0)).as("vote still open")
                .isInstanceOf(DossierConflict.class);

        dossier.closeVote(CHAIR.userId(), T0);
        assertThatThrownBy(() -> dossier.vote(REVIEWER.userId(), VoteChoice.AGAINST, T0))
                .isInstanceOf(DossierConflict.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> dossier.declareConflict(REVIEWER, "late", CHAIR.userId(), T0))
                .as("a cast vote stays").isInstanceOf(DossierConflict.class);
        assertThat(dossier.tally()).containsEntry(VoteChoice.FOR, 1).containsEntry(VoteChoice.AGAINST, 0);

        dossier.decide(Outcome.PROMOTED, CHAIR.userId(), T0);
        assertThat(dossier.status()).isEqualTo(DossierStatus.DECIDED);
        assertThatThrownBy(() -> dossier.decide(Outcome.NOT_PROMOTED, CHAIR.userId(), T0))
                .isInstanceOf(DossierConflict.class);
        assertThat(types(dossier)).endsWith("DossierDecided");
    }

    @Test
    void shouldRemindExactlyOnceSevenAndOneDayBeforeThenMarkOverdue() {
        Dossier dossier = DossierFixtures.submitted();
        Dossier.Letter letter = dossier.requestLetter("let-1", "Ines Okafor-Smith", "ines@example.org", DEADLINE,
                token('a'), List.of(7, 1), CHAIR.userId(), T0);
        assertThat(letter.nextCheckAt()).isEqualTo(DEADLINE.minus(Duration.ofDays(7)));

        assertThat(dossier.remind(DEADLINE.minus(Duration.ofDays(8)))).isZero();
        assertThat(dossier.remind(DEADLINE.minus(Duration.ofDays(7)))).isEqualTo(1);
        assertThat(dossier.remind(DEADLINE.minus(Duration.ofDays(6)))).as("never twice").isZero();
        assertThat(dossier.remind(DEADLINE.minus(Duration.ofHours(20)))).isEqualTo(1);
        assertThat(dossier.remind(DEADLINE.minus(Duration.ofHours(1)))).isZero();
        assertThat(dossier.letter("let-1").orElseThrow().remindersSent()).containsExactly(7, 1);

        dossier.remind(DEADLINE);
        assertThat(dossier.letter("let-1").orElseThrow().status()).isEqualTo(LetterStatus.OVERDUE);
        assertThatThrownBy(() -> dossier.receiveLetter(token('a'), "Too late", DEADLINE.plusSeconds(1)))
                .isInstanceOf(DossierConflict.class).hasMessageContaining("deadline");
        assertThat(dossier.pendingEvents()).extracting(e -> e.payload().get("daysBefore")).containsOnly(null, 7, 1);
    }

    @Test
    void shouldSendOnlyTheLatestReminderAfterDowntimeAndNoneAlreadyPastWhenRequested() {
        Dossier dossier = DossierFixtures.submitted();
        dossier.requestLetter("let-1", "Writer One", "one@example.org", DEADLINE, token('a'), List.of(7, 1),
                CHAIR.userId(), T0);
        dossier.requestLetter("let-2", "Writer Two", "two@example.org", T0.plus(Duration.ofDays(3)), token('b'),
                List.of(7, 1), CHAIR.userId(), T0);

        assertThat(dossier.letter("let-2").orElseThrow().pendingReminders()).as("7 days before was past already")
                .containsExactly(1);
        assertThat(dossier.remind(T0.plus(Duration.ofDays(3)).minus(Duration.ofHours(12)))).isEqualTo(1);
        assertThat(dossier.letter("let-2").orElseThrow().remindersSent()).containsExactly(1);

        assertThat(dossier.remind(DEADLINE.minus(Duration.ofHours(12)))).as("down for weeks: the latest one only")
                .isEqualTo(1);
        assertThat(dossier.letter("let-1").orElseThrow().remindersSent()).containsExactly(1);
        assertThat(dossier.letter("let-2").orElseThrow().status()).isEqualTo(LetterStatus.OVERDUE);
    }

    @Test
    void shouldAcceptALetterOnceAndFlagACoAuthoringWriter() {
        Dossier dossier = DossierFixtures.submitted();
        Dossier.Letter conflicted = dossier.requestLetter("let-1", "Jordan Lee", "jl@example.org", DEADLINE,
                token('a'), List.of(7, 1), CHAIR.userId(), T0);
        assertThat(conflicted.conflict()).contains("Clinical reasoning rubric study");

        dossier.receiveLetter(token('a'), "A cohesive line of peer-reviewed scholarship.", T0.plusSeconds(5));
        assertThatThrownBy(() -> dossier.receiveLetter(token('a'), "Second thoughts", T0.plusSeconds(6)))
                .isInstanceOf(DossierConflict.class).hasMessageContaining("already");
        assertThat(dossier.letter("let-1").orElseThrow().status()).isEqualTo(LetterStatus.RECEIVED);
        assertThat(dossier.remind(DEADLINE.minus(Duration.ofDays(1)))).as("no reminder after receipt").isZero();
    }

    @Test
    void shouldAppendEveryStepToTheAuditTrailWithoutRevealingVoteChoices() {
        Dossier dossier = DossierFixtures.underReview();
        List<Dossier.AuditEntry> before = dossier.audit();

        dossier.vote(REVIEWER.userId(), VoteChoice.AGAINST, T0);
        dossier.closeVote(CHAIR.userId(), T0);

        List<Dossier.AuditEntry> after = dossier.audit();
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        assertThat(after).extracting(Dossier.AuditEntry::action).containsExactly("OPENED", "SUBMITTED",
                "REVIEWER_ASSIGNED", "VOTE_CAST", "VOTE_CLOSED");
        assertThat(after).extracting(Dossier.AuditEntry::seq).containsExactly(1, 2, 3, 4, 5);
        assertThat(after.get(3).detail()).isNull();
    }

    @Test
    void shouldRefuseToSubmitTwiceOrToLetTheCandidateReview() {
        Dossier dossier = DossierFixtures.submitted();

        assertThatThrownBy(() -> dossier.submit(DossierFixtures.snapshot(), null, "cand-1", T0))
                .isInstanceOf(DossierConflict.class);
        assertThatThrownBy(() -> dossier.assign(new Dossier.Member("cand-1", "Ada Okafor"), CHAIR.userId(), T0))
                .isInstanceOf(DossierConflict.class);
    }

    private static List<String> types(Dossier dossier) {
        return dossier.pendingEvents().stream().map(OutboxEvent::type).map(t -> t.split("\\.")[3]).toList();
    }
}
