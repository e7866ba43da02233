package org.pathway.promotionreview.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One published version of an institution's promotion criteria for a track and target rank. Every change is a new
 * version ({@link #revise}); a dossier records the version that judged it. Instances exist only through validation, so
 * the readiness engine never meets self-contradictory criteria.
 */
public final class Criteria {

    private final CriteriaKey key;
    private final int version;
    private final List<Requirement> requirements;
    private final EvidenceWeights weights;
    private final ScoringThresholds thresholds;

    private Criteria(CriteriaKey key, int version, List<Requirement> requirements, EvidenceWeights weights,
                     ScoringThresholds thresholds) {
        this.key = key;
        this.version = version;
        this.requirements = requirements;
        this.weights = weights;
        this.thresholds = thresholds;
    }

    /**
     * Validates a draft as the given version (persistence restores stored versions this way).
     *
     * @throws InvalidCriteriaException naming every offending field
     */
    public static Criteria of(CriteriaDraft draft, int version) {
        CriteriaValidator.Validated validated = CriteriaValidator.validate(draft);
        List<Violation> violations = new ArrayList<>(validated.violations());
        if (version < 1) {
            violations.add(new Violation("version", "must be at least 1, was " + version));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCriteriaException(violations);
        }
        return new Criteria(validated.key(), version, validated.requirements(), validated.weights(),
                validated.thresholds());
    }

    public static Criteria firstVersion(CriteriaDraft draft) {
        return of(draft, 1);
    }

    /**
     * The next version of these criteria. The key (institution, track, target rank) cannot change: criteria for a
     * different track or rank are a different line of versions.
     */
    public Criteria revise(CriteriaDraft draft) {
        CriteriaValidator.Validated validated = CriteriaValidator.validate(draft);
        List<Violation> violations = new ArrayList<>(validated.violations());
        if (violations.isEmpty() && !validated.key().equals(key)) {
            if (!validated.key().institution().equals(key.institution())) {
                violations.add(new Violation("institution", "cannot change in a revision of " + key.institution()));
            }
            if (validated.key().track() != key.track()) {
                violations.add(new Violation("track", "cannot change in a revision of " + key.track() + " criteria"));
            }
            if (validated.key().targetRank() != key.targetRank()) {
                violations.add(new Violation("targetRank",
                        "cannot change in a revision of " + key.targetRank() + " criteria"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidCriteriaException(violations);
        }
        return new Criteria(key, version + 1, validated.requirements(), validated.weights(), validated.thresholds());
    }

    /** The editable form of this version: what an admin starts from when writing the next one. */
    public CriteriaDraft toDraft() {
        List<CriteriaDraft.RequirementDraft> drafts = new ArrayList<>();
        for (Requirement requirement : requirements) {
            drafts.add(draftOf(requirement));
        }
        return new CriteriaDraft(key.institution(), key.track().name(), key.targetRank().name(), List.copyOf(drafts),
                new CriteriaDraft.WeightsDraft(weights.coherentSeries(), weights.nationalWorkshopFaculty(),
                        weights.highQualityPaper(), weights.majorDirectorRole(),
                        weights.lecturesWithStrongEvaluations(), weights.teachingAward()),
                new CriteriaDraft.ThresholdsDraft(thresholds.readyFloor(), thresholds.borderlineFloor(),
                        thresholds.borderlineShortfall(), thresholds.coverageSharePercent(),
                        thresholds.supportingSignalPercent(), thresholds.teachingHalfHours(),
                        thresholds.strongEvaluationPercent(), thresholds.coherentSeriesSize(),
                        thresholds.nationalWorkshopYears()));
    }

    private static CriteriaDraft.RequirementDraft draftOf(Requirement requirement) {
        Label label = requirement.label();
        if (requirement instanceof Requirement.EvidenceCount count) {
            EvidenceFilter filter = count.filter();
            return new CriteriaDraft.RequirementDraft(count.id(), count.type().name(), label.one(), label.many(),
                    count.importance(), count.atLeast(), count.atLeastFirstOrSenior(), names(filter.kinds()),
                    names(filter.scholarshipTypes()), filter.peerReviewedOnly(),
                    filter.minimumVenue() == null ? null : filter.minimumVenue().name(), filter.onNiche(),
                    names(filter.leadershipRoles()));
        }
        List<String> roles = requirement instanceof Requirement.LeadershipRoles leadership
                ? names(leadership.roles()) : List.of();
        return new CriteriaDraft.RequirementDraft(requirement.id(), requirement.type().name(), label.one(),
                label.many(), requirement.importance(), requirement.atLeast(), null, List.of(), List.of(), null, null,
                null, roles);
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return List.copyOf(names);
    }

    public CriteriaKey key() {
        return key;
    }

    public String institution() {
        return key.institution();
    }

    public Track track() {
        return key.track();
    }

    public Rank targetRank() {
        return key.targetRank();
    }

    public int version() {
        return version;
    }

    public List<Requirement> requirements() {
        return requirements;
    }

    public EvidenceWeights weights() {
        return weights;
    }

    public ScoringThresholds thresholds() {
        return thresholds;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Criteria that
                && version == that.version
                && key.equals(that.key)
                && requirements.equals(that.requirements)
                && weights.equals(that.weights)
                && thresholds.equals(that.thresholds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, version, requirements, weights, thresholds);
    }

    @Override
    public String toString() {
        return "Criteria[" + key + " v" + version + ", " + requirements.size() + " requirements]";
    }
}
