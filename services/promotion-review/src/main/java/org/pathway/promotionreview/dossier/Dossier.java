package org.pathway.promotionreview.dossier;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pathway.kit.events.OutboxEvent;
import org.pathway.kit.outbox.OutboxAggregate;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A candidate's promotion dossier and the committee's work on it. Every step is a method that checks the dossier's
 * state, appends to the audit trail and records its integration event, all in the one versioned document, so a step,
 * its audit entry and its event are written together or not at all (no transaction needed) and concurrent steps never
 * overwrite each other. The audit trail is only ever appended to; nothing about the candidate's evidence changes after
 * {@link #submit}.
 *
 * <p>Who may do what is decided here from ids (candidate, chair, reviewers, recusals); the controller only maps the
 * caller to those ids and the answer to HTTP.
 */
@Document("dossiers")
@CompoundIndexes({
        @CompoundIndex(name = "tenant_candidate", def = "{'tenant': 1, 'candidateId': 1}"),
        @CompoundIndex(name = "letter_token", def = "{'letters.uploadToken': 1}"),
        @CompoundIndex(name = "letters_due", def = "{'letters.status': 1, 'letters.nextCheckAt': 1}")
})
class Dossier extends OutboxAggregate {

    @Id
    private String id;
    private String tenant;
    private String candidateId;
    private String candidateName;
    private Track track;
    private Rank targetRank;
    private DossierStatus status;
    private String chairId;
    private String chairName;
    private Instant openedAt;
    private String openedBy;
    private Instant submittedAt;
    private String submittedBy;
    private Snapshot snapshot;
    private List<Reviewer> reviewers = new ArrayList<>();
    private List<Recusal> recusals = new ArrayList<>();
    private List<Letter> letters = new ArrayList<>();
    private List<Vote> votes = new ArrayList<>();
    private Instant voteClosedAt;
    private Decision decision;
    private List<AuditEntry> audit = new ArrayList<>();
    @Version
    private Long version;

    private Dossier() {
    }

    record Reviewer(String memberId, String name, String assignedBy, Instant assignedAt) {
    }

    /** @param detail why, in words (the publication for a co-authorship; the member's reason for a declaration) */
    record Recusal(String memberId, String name, RecusalReason reason, String detail, String recordedBy, Instant at) {
    }

    record Vote(String memberId, VoteChoice choice, Instant castAt) {
    }

    record Decision(Outcome outcome, String decidedBy, Instant decidedAt) {
    }

    /** One step, never changed or removed. Votes appear as "cast", never with their choice: the ballot is secret. */
    record AuditEntry(int seq, Instant at, String actorId, String action, String detail) {
    }

    /**
     * An external letter request. The upload token is the writer's only credential: it travels in the request and
     * reminder events (to reach the writer's mailbox) and is never shown by any view.
     *
     * @param conflict         why the writer looks conflicted (co-author of a frozen publication), or null
     * @param pendingReminders days before the deadline still to announce, largest first
     * @param nextCheckAt      when the reminder sweep must look at this letter next; null once nothing is left to do
     */
    record Letter(String id, String writerName, String writerEmail, Instant deadline, String uploadToken,
            LetterStatus status, String requestedBy, Instant requestedAt, Instant receivedAt, String text,
            String conflict, List<Integer> pendingReminders, List<Integer> remindersSent, Instant nextCheckAt) {

        Letter {
            pendingReminders = List.copyOf(pendingReminders);
            remindersSent = List.copyOf(remindersSent);
        }

        private Letter with(LetterStatus newStatus, Instant newReceivedAt, String newText, List<Integer> pending,
                List<Integer> sent, Instant newNextCheckAt) {
            return new Letter(id, writerName, writerEmail, deadline, uploadToken, newStatus, requestedBy, requestedAt,
                    newReceivedAt, newText, conflict, pending, sent, newNextCheckAt);
        }

        private static Instant nextCheck(Instant deadline, List<Integer> pending) {
            return pending.isEmpty() ? deadline : deadline.minus(Duration.ofDays(pending.get(0)));
        }
    }

    /** A member of the institution's committee as the roster knows them (id and display name). */
    record Member(String userId, String name) {
    }

    enum Assignment {
        ASSIGNED, ALREADY_ASSIGNED, RECUSED
    }

    // ---- opening -------------------------------------------------------------------------------------------------

    /** @param chair the committee member opening it for a candidate (who then chairs it), or null for the candidate */
    static Dossier open(String id, String tenant, String candidateId, String candidateName, Track track,
            Rank targetRank, Member chair, Instant now) {
        Dossier dossier = new Dossier();
        dossier.id = id;
        dossier.tenant = tenant;
        dossier.candidateId = candidateId;
        dossier.candidateName = candidateName;
        dossier.track = track;
        dossier.targetRank = targetRank;
        dossier.status = DossierStatus.OPEN;
        dossier.openedAt = now;
        dossier.openedBy = chair == null ? candidateId : chair.userId();
        if (chair != null) {
            dossier.chairId = chair.userId();
            dossier.chairName = chair.name();
        }
        dossier.note(dossier.openedBy, "OPENED", track + " to " + targetRank
                + (chair == null ? ", by the candidate" : ", by the chair " + chair.name()), now);
        return dossier;
    }

    /** The institution admin appoints (or replaces) the chair; never the candidate, never a recused member. */
    void appointChair(Member chair, String by, Instant now) {
        requireNot(DossierStatus.DECIDED, "the dossier is decided");
        if (chair.userId().equals(candidateId)) {
            throw new DossierConflict("the candidate cannot chair their own dossier");
        }
        if (isRecused(chair.userId())) {
            throw new DossierConflict(chair.name() + " is recused from this dossier");
        }
        chairId = chair.userId();
        chairName = chair.name();
        note(by, "CHAIR_APPOINTED", chair.name() + " (" + chair.userId() + ")", now);
    }

    // ---- submission ----------------------------------------------------------------------------------------------

    /** Freezes {@code frozen} (evidence, criteria version, readiness) and announces DossierSubmitted. */
    void submit(Snapshot frozen, String candidateNameNow, String by, Instant now) {
        require(DossierStatus.OPEN, "the dossier was already submitted");
        snapshot = frozen;
        if (candidateNameNow != null && !candidateNameNow.isBlank()) {
            candidateName = candidateNameNow;
        }
        status = DossierStatus.SUBMITTED;
        submittedAt = now;
        submittedBy = by;
        note(by, "SUBMITTED", frozen.evidence().size() + " items of evidence frozen, criteria v"
                + frozen.criteriaVersion() + ", readiness " + frozen.readiness().status(), now);
        record(OutboxEvent.of(DossierEvents.TOPIC, DossierEvents.type("DossierSubmitted"), id, tenant,
                new DossierEvents.DossierSubmitted(id, candidateId, candidateName, track, targetRank,
                        frozen.criteriaVersion(), frozen.evidence().size(), by, now)));
    }

    // ---- reviewers and conflicts ---------------------------------------------------------------------------------

    /**
     * Assigns a committee member, unless they are recused or turn out to co-author one of the frozen publications,
     * in which case they are recused now and never assigned.
     */
    Assignment assign(Member member, String by, Instant now) {
        require(DossierStatus.SUBMITTED, "reviewers are assigned while the vote is open");
        if (member.userId().equals(candidateId)) {
            throw new DossierConflict("the candidate cannot review their own dossier");
        }
        if (isRecused(member.userId())) {
            return Assignment.RECUSED;
        }
        if (isReviewer(member.userId())) {
            return Assignment.ALREADY_ASSIGNED;
        }
        Optional<Snapshot.Item> coAuthored = CoAuthorship.publicationWith(member.name(), snapshot);
        if (coAuthored.isPresent()) {
            recuse(member, RecusalReason.CO_AUTHORSHIP, "co-author of '" + coAuthored.get().title() + "'", by, now);
            return Assignment.RECUSED;
        }
        reviewers.add(new Reviewer(member.userId(), member.name(), by, now));
        note(by, "REVIEWER_ASSIGNED", member.name() + " (" + member.userId() + ")", now);
        record(OutboxEvent.of(DossierEvents.TOPIC, DossierEvents.type("ReviewerAssigned"), id, tenant,
                new DossierEvents.ReviewerAssigned(id, member.userId(), candidateName, track, targetRank, by, now)));
        return Assignment.ASSIGNED;
    }

    /** A declared conflict: by the member themself or recorded by the chair. A member who already voted stays. */
    void declareConflict(Member member, String reason, String by, Instant now) {
        requireNot(DossierStatus.DECIDED, "the dossier is decided");
        if (member.userId().equals(chairId)) {
            throw new DossierConflict("the chair cannot be recused: the institution admin appoints another chair first");
        }
        if (isRecused(member.userId())) {
            throw new DossierConflict(member.name() + " is already recused");
        }
        if (voteOf(member.userId()).isPresent()) {
            throw new DossierConflict(member.name() + " already voted; votes are final");
        }
        recuse(member, RecusalReason.DECLARED, reason, by, now);
    }

    private void recuse(Member member, RecusalReason reason, String detail, String by, Instant now) {
        reviewers.removeIf(r -> r.memberId().equals(member.userId()));
        recusals.add(new Recusal(member.userId(), member.name(), reason, detail, by, now));
        note(by, "RECUSED", member.name() + " (" + member.userId() + "): " + reason + ", " + detail, now);
    }

    // ---- external letters ----------------------------------------------------------------------------------------

    /**
     * Invites an external writer. Reminders are due {@code reminderDays} before the deadline; those already in the
     * past when the letter is requested are never sent. A writer who co-authored a frozen publication is flagged.
     */
    Letter requestLetter(String letterId, String writerName, String writerEmail, Instant deadline, String uploadToken,
            List<Integer> reminderDays, String by, Instant now) {
        require(DossierStatus.SUBMITTED, "letters are requested while the vote is open");
        if (!deadline.isAfter(now)) {
            throw new DossierConflict("the deadline has passed already");
        }
        List<Integer> pending = reminderDays.stream().distinct()
                .filter(days -> deadline.minus(Duration.ofDays(days)).isAfter(now))
                .sorted(Comparator.reverseOrder()).toList();
        String conflict = CoAuthorship.publicationWith(writerName, snapshot)
                .map(item -> "co-author of '" + item.title() + "'").orElse(null);
        Letter letter = new Letter(letterId, writerName, writerEmail, deadline, uploadToken, LetterStatus.REQUESTED,
                by, now, null, null, conflict, pending, List.of(), Letter.nextCheck(deadline, pending));
        letters.add(letter);
        note(by, "LETTER_REQUESTED", writerName + " <" + writerEmail + ">, deadline " + deadline
                + (conflict == null ? "" : "; flagged: " + conflict), now);
        record(OutboxEvent.of(DossierEvents.TOPIC, DossierEvents.type("LetterRequested"), id, tenant,
                new DossierEvents.LetterRequested(id, letterId, writerName, writerEmail, candidateName, track,
                        targetRank, deadline, uploadToken, now)));
        return letter;
    }

    void withdrawLetter(String letterId, String by, Instant now) {
        Letter letter = letter(letterId).orElseThrow(() -> new DossierConflict("no letter " + letterId));
        if (letter.status() == LetterStatus.RECEIVED || letter.status() == LetterStatus.WITHDRAWN) {
            throw new DossierConflict("the letter is " + letter.status() + " already");
        }
        replace(letter.with(LetterStatus.WITHDRAWN, null, null, List.of(), letter.remindersSent(), null));
        note(by, "LETTER_WITHDRAWN", letter.writerName(), now);
    }

    /** The writer's upload: once, before the hard deadline, while the letter is still wanted. */
    void receiveLetter(String uploadToken, String text, Instant now) {
        Letter letter = letters.stream().filter(l -> l.uploadToken().equals(uploadToken)).findFirst()
                .orElseThrow(() -> new DossierConflict("unknown letter"));
        requireNot(DossierStatus.DECIDED, "the dossier was decided; letters are closed");
        if (letter.status() == LetterStatus.RECEIVED) {
            throw new DossierConflict("this letter was received already; it cannot be replaced");
        }
        if (letter.status() == LetterStatus.WITHDRAWN) {
            throw new DossierConflict("this letter request was withdrawn");
        }
        if (letter.status() == LetterStatus.OVERDUE || now.isAfter(letter.deadline())) {
            throw new DossierConflict("the deadline " + letter.deadline() + " has passed");
        }
        replace(letter.with(LetterStatus.RECEIVED, now, text, List.of(), letter.remindersSent(), null));
        note("letter-writer:" + letter.id(), "LETTER_RECEIVED", letter.writerName(), now);
    }

    /**
     * The reminder sweep's step: every requested letter whose check time came announces its latest due reminder once
     * (a sweep that was down for days sends the most recent one, not a stale "7 days left"), or turns OVERDUE at the
     * deadline. Returns how many reminders were recorded.
     */
    int remind(Instant now) {
        int announced = 0;
        for (Letter letter : List.copyOf(letters)) {
            if (letter.status() != LetterStatus.REQUESTED || letter.nextCheckAt() == null
                    || now.isBefore(letter.nextCheckAt())) {
                continue;
            }
            if (!now.isBefore(letter.deadline())) {
                replace(letter.with(LetterStatus.OVERDUE, null, null, List.of(), letter.remindersSent(), null));
                note("scheduler", "LETTER_OVERDUE", letter.writerName(), now);
                continue;
            }
            List<Integer> due = letter.pendingReminders().stream()
                    .filter(days -> !now.isBefore(letter.deadline().minus(Duration.ofDays(days)))).toList();
            List<Integer> pending = letter.pendingReminders().stream().filter(days -> !due.contains(days)).toList();
            List<Integer> sent = new ArrayList<>(letter.remindersSent());
            if (!due.isEmpty()) {
                int daysBefore = due.get(due.size() - 1);
                sent.add(daysBefore);
                note("scheduler", "LETTER_REMINDER", letter.writerName() + ", " + daysBefore + " days before", now);
                record(OutboxEvent.of(DossierEvents.TOPIC, DossierEvents.type("LetterReminderDue"), id, tenant,
                        new DossierEvents.LetterReminderDue(id, letter.id(), letter.writerName(), letter.writerEmail(),
                                candidateName, track, targetRank, letter.deadline(), letter.uploadToken(), daysBefore,
                                now)));
                announced++;
            }
            replace(letter.with(LetterStatus.REQUESTED, null, null, pending, sent,
                    Letter.nextCheck(letter.deadline(), pending)));
        }
        return announced;
    }

    // ---- votes and decision --------------------------------------------------------------------------------------

    void vote(String memberId, VoteChoice choice, Instant now) {
        require(DossierStatus.SUBMITTED, "the vote is closed");
        if (!isReviewer(memberId)) {
            throw new DossierConflict("only assigned, non-recused reviewers vote");
        }
        if (voteOf(memberId).isPresent()) {
            throw new DossierConflict("you voted already; a vote cannot be changed");
        }
        votes.add(new Vote(memberId, choice, now));
        note(memberId, "VOTE_CAST", null, now);
    }

    void closeVote(String by, Instant now) {
        require(DossierStatus.SUBMITTED, "the vote is not open");
        if (votes.isEmpty()) {
            throw new DossierConflict("no vote was cast yet");
        }
        status = DossierStatus.VOTE_CLOSED;
        voteClosedAt = now;
        note(by, "VOTE_CLOSED", tallyText(), now);
    }

    void decide(Outcome outcome, String by, Instant now) {
        require(DossierStatus.VOTE_CLOSED, "the decision follows the close of the vote");
        status = DossierStatus.DECIDED;
        decision = new Decision(outcome, by, now);
        note(by, "DECIDED", outcome.name(), now);
        record(OutboxEvent.of(DossierEvents.TOPIC, DossierEvents.type("DossierDecided"), id, tenant,
                new DossierEvents.DossierDecided(id, candidateId, track, targetRank, outcome,
                        snapshot.criteriaVersion(), by, now)));
    }

    /** FOR / AGAINST / ABSTAIN counts; callers show it only after the vote closed. */
    Map<VoteChoice, Integer> tally() {
        Map<VoteChoice, Integer> tally = new EnumMap<>(VoteChoice.class);
        for (VoteChoice choice : VoteChoice.values()) {
            tally.put(choice, 0);
        }
        votes.forEach(v -> tally.merge(v.choice(), 1, Integer::sum));
        return tally;
    }

    private String tallyText() {
        Map<VoteChoice, Integer> tally = tally();
        return "FOR " + tally.get(VoteChoice.FOR) + ", AGAINST " + tally.get(VoteChoice.AGAINST) + ", ABSTAIN "
                + tally.get(VoteChoice.ABSTAIN);
    }

    // ---- who is who ----------------------------------------------------------------------------------------------

    boolean isCandidate(String userId) {
        return candidateId.equals(userId);
    }

    boolean isChair(String userId) {
        return userId.equals(chairId) && !isRecused(userId);
    }

    boolean isReviewer(String userId) {
        return reviewers.stream().anyMatch(r -> r.memberId().equals(userId)) && !isRecused(userId);
    }

    boolean isRecused(String userId) {
        return recusals.stream().anyMatch(r -> r.memberId().equals(userId));
    }

    Optional<Vote> voteOf(String memberId) {
        return votes.stream().filter(v -> v.memberId().equals(memberId)).findFirst();
    }

    Optional<Letter> letter(String letterId) {
        return letters.stream().filter(l -> l.id().equals(letterId)).findFirst();
    }

    private void replace(Letter letter) {
        letters.replaceAll(l -> l.id().equals(letter.id()) ? letter : l);
    }

    private void require(DossierStatus expected, String otherwise) {
        if (status != expected) {
            throw new DossierConflict(otherwise + " (status " + status + ")");
        }
    }

    private void requireNot(DossierStatus forbidden, String otherwise) {
        if (status == forbidden) {
            throw new DossierConflict(otherwise);
        }
    }

    private void note(String actorId, String action, String detail, Instant at) {
        audit.add(new AuditEntry(audit.size() + 1, at, actorId, action, detail));
    }

    // ---- read access for views -----------------------------------------------------------------------------------

    String id() {
        return id;
    }

    String tenant() {
        return tenant;
    }

    String candidateId() {
        return candidateId;
    }

    String candidateName() {
        return candidateName;
    }

    Track track() {
        return track;
    }

    Rank targetRank() {
        return targetRank;
    }

    DossierStatus status() {
        return status;
    }

    String chairId() {
        return chairId;
    }

    String chairName() {
        return chairName;
    }

    Instant openedAt() {
        return openedAt;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    List<Reviewer> reviewers() {
        return List.copyOf(reviewers);
    }

    List<Recusal> recusals() {
        return List.copyOf(recusals);
    }

    List<Letter> letters() {
        return List.copyOf(letters);
    }

    Instant voteClosedAt() {
        return voteClosedAt;
    }

    Decision decision() {
        return decision;
    }

    List<AuditEntry> audit() {
        return List.copyOf(audit);
    }
}
