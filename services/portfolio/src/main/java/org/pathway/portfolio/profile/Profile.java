package org.pathway.portfolio.profile;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.pathway.kit.events.OutboxEvent;
import org.pathway.kit.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A faculty member's profile in one institution. Enrolled from the token on the first call, then edited by its owner.
 * The id is {@code <institution>/<userId>}, so concurrent first calls race on the primary key and one of them wins,
 * without a separate unique index. Every change announces the shareable part in ProfileUpdated; the minimum income and
 * the energy audit are private and never part of an event.
 */
@Document("profiles")
class Profile extends OutboxAggregate {

    static final String TOPIC = "portfolio.profiles";
    static final String PROFILE_UPDATED = "org.pathway.portfolio.ProfileUpdated.v1";

    @Id
    private String id;
    private String tenant;
    private String userId;
    private String name;
    private String email;
    private CareerProfile career = CareerProfile.EMPTY;
    private Income minimumIncome;
    private EnergyAudit energyAudit;
    private Instant enrolledAt;
    private Instant updatedAt;
    private int revision;
    private List<String> appliedDecisions = new ArrayList<>();
    @Version
    private Long version;

    private Profile() {
    }

    static String idOf(String tenant, String userId) {
        return tenant + "/" + userId;
    }

    static Profile enrol(String tenant, String userId, String name, String email, Clock clock) {
        Profile profile = new Profile();
        profile.id = idOf(tenant, userId);
        profile.tenant = tenant;
        profile.userId = userId;
        profile.name = name;
        profile.email = email;
        profile.enrolledAt = now(clock);
        profile.changed(profile.enrolledAt);
        return profile;
    }

    /** Keeps name and email in step with the identity provider; a token without them changes nothing. */
    boolean refreshIdentity(String tokenName, String tokenEmail, Clock clock) {
        String newName = tokenName == null ? name : tokenName;
        String newEmail = tokenEmail == null ? email : tokenEmail;
        if (Objects.equals(newName, name) && Objects.equals(newEmail, email)) {
            return false;
        }
        name = newName;
        email = newEmail;
        changed(now(clock));
        return true;
    }

    /** The owner's edit: replaces the career profile and the private fields. An edit that changes nothing is not announced. */
    boolean edit(CareerProfile newCareer, Income newMinimumIncome, EnergyAudit newEnergyAudit, Clock clock) {
        if (career().equals(newCareer) && Objects.equals(minimumIncome, newMinimumIncome)
                && Objects.equals(energyAudit, newEnergyAudit)) {
            return false;
        }
        boolean shared = !career().equals(newCareer);
        career = newCareer;
        minimumIncome = newMinimumIncome;
        energyAudit = newEnergyAudit;
        if (shared) {
            changed(now(clock));
        } else {
            // Private fields only: nothing another service may see has changed, so nothing is announced.
            updatedAt = now(clock);
        }
        return true;
    }

    /**
     * A committee's promotion decision: the profile now holds {@code newRank} on {@code newTrack} (the current track
     * when null). Each dossier is applied once, remembered by its id, so a decision re-sent later under a new event id
     * cannot undo a later promotion or an owner's correction. Announced like an edit.
     *
     * @return whether the document changed (the decision is remembered even when the rank already matched)
     */
    boolean promote(String dossierId, AcademicRank newRank, Track newTrack, Clock clock) {
        if (appliedDecisions().contains(dossierId)) {
            return false;
        }
        appliedDecisions = new ArrayList<>(appliedDecisions());
        appliedDecisions.add(dossierId);
        CareerProfile current = career();
        Track track = newTrack == null ? current.track() : newTrack;
        if (current.rank() != newRank || current.track() != track) {
            career = current.withAppointment(newRank, track);
            changed(now(clock));
        }
        return true;
    }

    private List<String> appliedDecisions() {
        return appliedDecisions == null ? List.of() : appliedDecisions;
    }

    private void changed(Instant at) {
        updatedAt = at;
        revision++;
        CareerProfile c = career();
        record(OutboxEvent.of(TOPIC, PROFILE_UPDATED, userId, tenant, new ProfileUpdated(userId, name, email,
                c.specialty(), c.department(), c.rank(), c.track(), c.clinicalFteShare(), c.educationNiche(),
                c.formalTraining(), c.goals(), c.targetRoles(), c.targetClinicalShare(), revision, updatedAt)));
    }

    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    String tenant() {
        return tenant;
    }

    String userId() {
        return userId;
    }

    String name() {
        return name;
    }

    String email() {
        return email;
    }

    CareerProfile career() {
        return career == null ? CareerProfile.EMPTY : career;
    }

    Income minimumIncome() {
        return minimumIncome;
    }

    EnergyAudit energyAudit() {
        return energyAudit;
    }

    Instant enrolledAt() {
        return enrolledAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    int revision() {
        return revision;
    }

    /**
     * The integration event's payload (contract: events/portfolio/ProfileUpdated.v1.schema.json). It has no field for
     * the minimum income or the energy audit, so no code path can put them on the wire. {@code revision} grows with
     * every announced change, so a consumer can ignore an older state delivered late.
     */
    record ProfileUpdated(String userId, String name, String email, String specialty, String department,
            AcademicRank rank, Track track, Double clinicalFteShare, EducationNiche educationNiche,
            java.util.List<FormalTraining> formalTraining, java.util.List<String> goals,
            java.util.List<EducationRole> targetRoles, ShareRange targetClinicalShare, int revision, Instant updatedAt) {
    }
}
