package org.pathway.promotionreview.dossier;

import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.pathway.kit.security.CurrentUser;
import org.pathway.kit.web.BadRequestBodyException;
import org.pathway.kit.web.FieldError;
import org.pathway.promotionreview.dossier.DossierViews.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The committee workflow. Roles come from the token (role rules in application.yml let faculty, committee members and
 * institution admins in); what a caller may do with one dossier comes from the dossier itself: the candidate, its
 * chair (the committee member who opened it, or whom the institution admin appointed), its assigned non-recused
 * reviewers, and the institution's admins. Anyone else, a recused member and every other institution get 404, the
 * same answer as for a dossier that does not exist; a party asking for a step that is not theirs gets 403.
 */
@RestController
@RequestMapping("/api/promotion-review")
class DossierController {

    static final String ADMIN = "institution-admin";
    private static final SecureRandom TOKENS = new SecureRandom();

    private final Dossiers dossiers;
    private final CommitteeRoster roster;
    private final SnapshotFreezer freezer;
    private final DossierProperties properties;
    private final Clock clock;

    DossierController(Dossiers dossiers, CommitteeRoster roster, SnapshotFreezer freezer, DossierProperties properties,
            Clock clock) {
        this.dossiers = dossiers;
        this.roster = roster;
        this.freezer = freezer;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping("/dossiers")
    ResponseEntity<Object> open(CurrentUser user, @Valid @RequestBody DossierRequests.Open request) {
        roster.seen(user);
        String tenant = user.requireTenant();
        boolean own = request.candidateId() == null || request.candidateId().equals(user.userId());
        Dossier.Member chair = null;
        String candidateId = user.userId();
        String candidateName;
        if (own) {
            if (!user.hasRole("faculty")) {
                throw new ResponseStatusException(FORBIDDEN, "only faculty open their own dossier");
            }
            candidateName = freezer.candidateName(tenant, candidateId).orElse(CommitteeRoster.nameOf(user));
        } else {
            if (!user.hasRole(CommitteeRoster.ROLE)) {
                throw new ResponseStatusException(FORBIDDEN, "only a committee member opens a colleague's dossier");
            }
            candidateId = request.candidateId();
            candidateName = freezer.candidateName(tenant, candidateId).orElseThrow(() -> new ResponseStatusException(
                    NOT_FOUND, "no faculty member " + request.candidateId() + " with a portfolio in your institution"));
            chair = CommitteeRoster.memberOf(user);
        }
        if (dossiers.hasUndecided(tenant, candidateId)) {
            throw new DossierConflict("the candidate has an undecided dossier already");
        }
        Dossier dossier = dossiers.insert(Dossier.open(UUID.randomUUID().toString(), tenant, candidateId,
                candidateName, request.track(), request.targetRank(), chair, now()));
        return ResponseEntity.created(URI.create("/api/promotion-review/dossiers/" + dossier.id()))
                .body(view(dossier, own ? Viewer.CANDIDATE : Viewer.CHAIR, user));
    }

    /** The caller's dossiers: as candidate, chair or reviewer (a committee member's inbox; it also enrols them). */
    @GetMapping("/dossiers")
    List<DossierViews.Summary> mine(CurrentUser user) {
        roster.seen(user);
        List<DossierViews.Summary> mine = new ArrayList<>();
        for (Dossier d : dossiers.involving(user.requireTenant(), user.userId(), false)) {
            viewerOf(user, d).ifPresent(viewer -> mine.add(DossierViews.Summary.of(d, viewer)));
        }
        return mine;
    }

    @GetMapping("/dossiers/{id}")
    Object one(CurrentUser user, @PathVariable String id) {
        roster.seen(user);
        Dossier dossier = dossiers.get(user.requireTenant(), id);
        return view(dossier, visible(user, dossier), user);
    }

    @GetMapping("/dossiers/{id}/audit")
    List<Dossier.AuditEntry> audit(CurrentUser user, @PathVariable String id) {
        Dossier dossier = dossiers.get(user.requireTenant(), id);
        Viewer viewer = visible(user, dossier);
        if (viewer != Viewer.CHAIR && viewer != Viewer.ADMIN) {
            throw new ResponseStatusException(FORBIDDEN, "the audit trail is for the chair and institution admins");
        }
        return dossier.audit();
    }

    /**
     * The institution's committee roster as promotion-review knows it (members join with their first call), less the
     * candidate: whom the chair may assign or record a conflict for, and whom an admin may appoint chair. Ids are
     * opaque to people, so without this list a chair could not name a reviewer.
     */
    @GetMapping("/dossiers/{id}/roster")
    List<Dossier.Member> roster(CurrentUser user, @PathVariable String id) {
        String tenant = user.requireTenant();
        Dossier dossier = dossiers.get(tenant, id);
        Viewer viewer = visible(user, dossier);
        if (viewer != Viewer.CHAIR && viewer != Viewer.ADMIN) {
            throw new ResponseStatusException(FORBIDDEN, "the roster is for the chair and institution admins");
        }
        return roster.members(tenant).stream().filter(m -> !dossier.isCandidate(m.userId())).toList();
    }

    @PostMapping("/dossiers/{id}/submit")
    Object submit(CurrentUser user, @PathVariable String id) {
        Dossier submitted = dossiers.change(user.requireTenant(), id, d -> {
            Viewer viewer = visible(user, d);
            if (viewer != Viewer.CANDIDATE && viewer != Viewer.CHAIR) {
                throw new ResponseStatusException(FORBIDDEN, "the candidate or the chair submits a dossier");
            }
            Instant now = now();
            d.submit(freezer.freeze(d, now), freezer.candidateName(d.tenant(), d.candidateId()).orElse(null),
                    user.userId(), now);
            return d;
        });
        return view(submitted, visible(user, submitted), user);
    }

    @PostMapping("/dossiers/{id}/reviewers")
    List<DossierViews.AssignmentResult> assign(CurrentUser user, @PathVariable String id,
            @Valid @RequestBody DossierRequests.Assign request) {
        String tenant = user.requireTenant();
        List<Dossier.Member> members = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < request.memberIds().size(); i++) {
            Optional<Dossier.Member> member = roster.find(tenant, request.memberIds().get(i));
            member.ifPresent(members::add);
            if (member.isEmpty()) {
                unknown.add(new FieldError("memberIds[" + i + "]", "not a committee member of your institution"));
            }
        }
        return dossiers.change(tenant, id, d -> {
            requireChair(user, d);
            if (!unknown.isEmpty()) {
                throw new BadRequestBodyException("unknown committee members", unknown);
            }
            Instant now = now();
            return members.stream().map(m -> new DossierViews.AssignmentResult(m.userId(),
                    d.assign(m, user.userId(), now))).toList();
        });
    }

    /** The chair records a member's declared conflict (also before any assignment, so they are never assigned). */
    @PostMapping("/dossiers/{id}/recusals")
    ResponseEntity<Void> recuse(CurrentUser user, @PathVariable String id,
            @Valid @RequestBody DossierRequests.Recusal request) {
        String tenant = user.requireTenant();
        dossiers.change(tenant, id, d -> {
            requireChair(user, d);
            Dossier.Member member = roster.find(tenant, request.memberId()).orElseThrow(() ->
                    new BadRequestBodyException("unknown committee member", List.of(new FieldError("memberId",
                            "not a committee member of your institution"))));
            d.declareConflict(member, request.reason(), user.userId(), now());
            return d;
        });
        return ResponseEntity.noContent().build();
    }

    /** An assigned reviewer declares their own conflict: recused, they lose sight of the dossier at once. */
    @PostMapping("/dossiers/{id}/conflict")
    ResponseEntity<Void> declareConflict(CurrentUser user, @PathVariable String id,
            @Valid @RequestBody DossierRequests.Conflict request) {
        dossiers.change(user.requireTenant(), id, d -> {
            if (visible(user, d) != Viewer.REVIEWER) {
                throw new ResponseStatusException(FORBIDDEN, "only an assigned reviewer declares a conflict here");
            }
            d.declareConflict(CommitteeRoster.memberOf(user), request.reason(), user.userId(), now());
            return d;
        });
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/dossiers/{id}/letters")
    ResponseEntity<DossierViews.LetterInvited> inviteWriter(CurrentUser user, @PathVariable String id,
            @Valid @RequestBody DossierRequests.InviteWriter request) {
        Instant now = now();
        if (!request.deadline().isAfter(now) || request.deadline().isAfter(now.plus(properties.maxLetterWindow()))) {
            throw new BadRequestBodyException("deadline out of range", List.of(new FieldError("deadline",
                    "must be in the future and within " + properties.maxLetterWindow().toDays() + " days")));
        }
        String tenant = user.requireTenant();
        Dossier.Letter letter = dossiers.change(tenant, id, d -> {
            requireChair(user, d);
            return d.requestLetter(UUID.randomUUID().toString(), request.writerName(), request.writerEmail(),
                    request.deadline(), uploadToken(), properties.reminderDaysFor(tenant), user.userId(), now);
        });
        return ResponseEntity.status(201).body(new DossierViews.LetterInvited(letter.id(), letter.status(),
                letter.conflict(), letter.deadline()));
    }

    @PostMapping("/dossiers/{id}/letters/{letterId}/withdraw")
    ResponseEntity<Void> withdrawLetter(CurrentUser user, @PathVariable String id, @PathVariable String letterId) {
        dossiers.change(user.requireTenant(), id, d -> {
            requireChair(user, d);
            d.withdrawLetter(letterId, user.userId(), now());
            return d;
        });
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/dossiers/{id}/votes")
    ResponseEntity<Void> vote(CurrentUser user, @PathVariable String id,
            @Valid @RequestBody DossierRequests.CastVote request) {
        dossiers.change(user.requireTenant(), id, d -> {
            Viewer viewer = visible(user, d);
            if (!d.isReviewer(user.userId()) || !user.hasRole(CommitteeRoster.ROLE)) {
                throw new ResponseStatusException(FORBIDDEN, "only assigned reviewers vote (you are "
                        + viewer.name().toLowerCase(Locale.ROOT) + ")");
            }
            d.vote(user.userId(), request.choice(), now());
            return d;
        });
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/dossiers/{id}/vote/close")
    Object closeVote(CurrentUser user, @PathVariable String id) {
        Dossier closed = dossiers.change(user.requireTenant(), id, d -> {
            requireChair(user, d);
            d.closeVote(user.userId(), now());
            return d;
        });
        return view(closed, Viewer.CHAIR, user);
    }

    @PostMapping("/dossiers/{id}/decision")
    Object decide(CurrentUser user, @PathVariable String id, @Valid @RequestBody DossierRequests.Decide request) {
        Dossier decided = dossiers.change(user.requireTenant(), id, d -> {
            requireChair(user, d);
            d.decide(request.outcome(), user.userId(), now());
            return d;
        });
        return view(decided, Viewer.CHAIR, user);
    }

    @GetMapping("/admin/dossiers")
    List<DossierViews.Summary> institution(CurrentUser admin) {
        return dossiers.involving(admin.requireTenant(), admin.userId(), true).stream()
                .map(d -> DossierViews.Summary.of(d, Viewer.ADMIN)).toList();
    }

    @PostMapping("/admin/dossiers/{id}/chair")
    Object appointChair(CurrentUser admin, @PathVariable String id,
            @Valid @RequestBody DossierRequests.AppointChair request) {
        String tenant = admin.requireTenant();
        Dossier.Member chair = roster.find(tenant, request.memberId()).orElseThrow(() -> new BadRequestBodyException(
                "unknown committee member", List.of(new FieldError("memberId",
                        "not a committee member of your institution"))));
        Dossier appointed = dossiers.change(tenant, id, d -> {
            d.appointChair(chair, admin.userId(), now());
            return d;
        });
        return view(appointed, Viewer.ADMIN, admin);
    }

    /** How the caller relates to the dossier; empty when they may not see it at all. */
    static Optional<Viewer> viewerOf(CurrentUser user, Dossier d) {
        String me = user.userId();
        if (d.isCandidate(me)) {
            return Optional.of(Viewer.CANDIDATE);
        }
        if (d.isRecused(me)) {
            return Optional.empty();
        }
        boolean committee = user.hasRole(CommitteeRoster.ROLE);
        if (committee && d.isChair(me)) {
            return Optional.of(Viewer.CHAIR);
        }
        if (committee && d.isReviewer(me)) {
            return Optional.of(Viewer.REVIEWER);
        }
        return user.hasRole(ADMIN) ? Optional.of(Viewer.ADMIN) : Optional.empty();
    }

    private static Viewer visible(CurrentUser user, Dossier d) {
        return viewerOf(user, d).orElseThrow(() -> Dossiers.notFound(d.id()));
    }

    private static void requireChair(CurrentUser user, Dossier d) {
        if (visible(user, d) != Viewer.CHAIR) {
            throw new ResponseStatusException(FORBIDDEN, "only the dossier's chair takes this step");
        }
    }

    private static Object view(Dossier d, Viewer viewer, CurrentUser user) {
        return viewer == Viewer.CANDIDATE ? DossierViews.CandidateView.of(d)
                : DossierViews.CommitteeView.of(d, viewer, user.userId());
    }

    private static String uploadToken() {
        byte[] secret = new byte[32];
        TOKENS.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
