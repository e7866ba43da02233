package org.pathway.promotionreview.criteria;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link CriteriaDraft} into typed parts or the complete list of {@link Violation}s, each naming the field that
 * holds the mistake. It collects every violation rather than stopping at the first, so an admin fixes a form in one go.
 */
final class CriteriaValidator {

    record Validated(CriteriaKey key, List<Requirement> requirements, EvidenceWeights weights,
                     ScoringThresholds thresholds, List<Violation> violations) {
    }

    private final List<Violation> violations = new ArrayList<>();

    private CriteriaValidator() {
    }

    static Validated validate(CriteriaDraft draft) {
        return new CriteriaValidator().run(draft);
    }

    private Validated run(CriteriaDraft draft) {
        if (draft == null) {
            violations.add(new Violation("", "criteria must be given"));
            return new Validated(null, List.of(), null, null, List.copyOf(violations));
        }
        String institution = draft.institution();
        if (institution == null || institution.isBlank()) {
            violate("institution", "must not be blank");
        }
        Track track = parse(Track.class, draft.track(), "track", "track");
        Rank targetRank = parse(Rank.class, draft.targetRank(), "targetRank", "rank");
        if (targetRank == Rank.INSTRUCTOR) {
            violate("targetRank", "INSTRUCTOR is the entry rank and cannot be a promotion target");
        }
        List<Requirement> requirements = requirements(draft.requirements());
        EvidenceWeights weights = weights(draft.weights());
        ScoringThresholds thresholds = thresholds(draft.thresholds());
        CriteriaKey key = violations.isEmpty() ? new CriteriaKey(institution, track, targetRank) : null;
        return new Validated(key, requirements, weights, thresholds, List.copyOf(violations));
    }

    private List<Requirement> requirements(List<CriteriaDraft.RequirementDraft> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            violate("requirements", "at least one requirement is needed");
            return List.of();
        }
        List<Requirement> requirements = new ArrayList<>();
        Map<String, Integer> firstIndexOfId = new HashMap<>();
        int assessableImportance = 0;
        boolean anyAssessable = false;
        for (int i = 0; i < drafts.size(); i++) {
            String path = "requirements[" + i + "]";
            CriteriaDraft.RequirementDraft draft = drafts.get(i);
            if (draft == null) {
                violate(path, "must not be null");
                continue;
            }
            if (draft.id() == null || draft.id().isBlank()) {
                violate(path + ".id", "must not be blank");
            } else {
                Integer earlier = firstIndexOfId.putIfAbsent(draft.id(), i);
                if (earlier != null) {
                    violate(path + ".id", "duplicates requirements[" + earlier + "].id '" + draft.id() + "'");
                }
            }
            RequirementType type = parse(RequirementType.class, draft.type(), path + ".type", "requirement type");
            if (draft.labelOne() == null || draft.labelOne().isBlank()) {
                violate(path + ".labelOne", "must not be blank");
            }
            if (draft.labelMany() == null || draft.labelMany().isBlank()) {
                violate(path + ".labelMany", "must not be blank");
            }
            int importance = bounded(draft.importance(), path + ".importance", 0, 100, null);
            int atLeast = count(draft.atLeast(), path + ".atLeast");
            if (type == null) {
                continue;
            }
            if (type != RequirementType.EXTERNAL_LETTERS) {
                anyAssessable = true;
                assessableImportance += Math.max(importance, 0);
            }
            Label label = new Label(nullToEmpty(draft.labelOne()), nullToEmpty(draft.labelMany()));
            Requirement requirement = switch (type) {
                case EVIDENCE_COUNT -> evidenceCount(draft, path, label, importance, atLeast);
                case LEADERSHIP_ROLES -> leadershipRoles(draft, path, label, importance, atLeast);
                case SUSTAINED_TEACHING -> {
                    noFilterFields(draft, path, type, true);
                    yield new Requirement.SustainedTeaching(draft.id(), label, importance, atLeast);
                }
                case NATIONAL_PRESENCE -> {
                    noFilterFields(draft, path, type, true);
                    yield new Requirement.NationalPresence(draft.id(), label, importance, atLeast);
                }
                case EXTERNAL_LETTERS -> {
                    noFilterFields(draft, path, type, true);
                    yield new Requirement.ExternalLetters(draft.id(), label, importance, atLeast);
                }
            };
            requirements.add(requirement);
        }
        if (!anyAssessable) {
            violate("requirements", "at least one requirement other than EXTERNAL_LETTERS is needed, "
                    + "or readiness could never be judged before a dossier");
        } else if (assessableImportance == 0) {
            violate("requirements", "the importances of the requirements other than EXTERNAL_LETTERS must not all be 0");
        }
        return List.copyOf(requirements);
    }

    private Requirement evidenceCount(CriteriaDraft.RequirementDraft draft, String path, Label label, int importance,
                                      int atLeast) {
        Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
        if (draft.kinds() == null || draft.kinds().isEmpty()) {
            violate(path + ".kinds", "at least one evidence kind is needed");
        } else {
            for (int k = 0; k < draft.kinds().size(); k++) {
                String kindPath = path + ".kinds[" + k + "]";
                EvidenceKind kind = parse(EvidenceKind.class, draft.kinds().get(k), kindPath, "evidence kind");
                if (kind == EvidenceKind.AWARD) {
                    violate(kindPath, "awards support a dossier but never count toward a requirement");
                } else if (kind != null) {
                    kinds.add(kind);
                }
            }
        }
        boolean scholarshipOnly = kinds.equals(EnumSet.of(EvidenceKind.SCHOLARSHIP));
        Set<ScholarshipType> types = parseAll(ScholarshipType.class, draft.scholarshipTypes(),
                path + ".scholarshipTypes", "scholarship type");
        if (!types.isEmpty() && !kinds.isEmpty() && !scholarshipOnly) {
            violate(path + ".scholarshipTypes", "applies only when kinds is exactly [SCHOLARSHIP]");
        }
        boolean peerReviewedOnly = Boolean.TRUE.equals(draft.peerReviewedOnly());
        if (peerReviewedOnly && !kinds.isEmpty() && !scholarshipOnly) {
            violate(path + ".peerReviewedOnly", "applies only when kinds is exactly [SCHOLARSHIP]");
        }
        VenueLevel minimumVenue = draft.minimumVenue() == null ? null
                : parse(VenueLevel.class, draft.minimumVenue(), path + ".minimumVenue", "venue level");
        if (minimumVenue != null && !kinds.isEmpty() && !scholarshipOnly) {
            violate(path + ".minimumVenue", "applies only when kinds is exactly [SCHOLARSHIP]");
        }
        Set<LeadershipRole> roles = parseAll(LeadershipRole.class, draft.leadershipRoles(),
                path + ".leadershipRoles", "leadership role");
        if (!roles.isEmpty() && !kinds.isEmpty() && !kinds.equals(EnumSet.of(EvidenceKind.LEADERSHIP))) {
            violate(path + ".leadershipRoles", "applies only when kinds is exactly [LEADERSHIP]");
        }
        int firstOrSenior = 0;
        if (draft.atLeastFirstOrSenior() != null) {
            firstOrSenior = draft.atLeastFirstOrSenior();
            String fsPath = path + ".atLeastFirstOrSenior";
            if (firstOrSenior < 0) {
                violate(fsPath, "must not be negative");
            } else if (draft.atLeast() != null && draft.atLeast() > 0 && firstOrSenior > draft.atLeast()) {
                violate(fsPath, "cannot exceed atLeast (" + draft.atLeast() + ")");
            } else if (firstOrSenior > 0 && !kinds.isEmpty() && !scholarshipOnly) {
                violate(fsPath, "authorship applies only when kinds is exactly [SCHOLARSHIP]");
            }
        }
        EvidenceFilter filter = new EvidenceFilter(kinds, types, peerReviewedOnly, minimumVenue,
                Boolean.TRUE.equals(draft.onNiche()), roles);
        return new Requirement.EvidenceCount(draft.id(), label, importance, filter, atLeast, firstOrSenior);
    }

    private Requirement leadershipRoles(CriteriaDraft.RequirementDraft draft, String path, Label label,
                                        int importance, int atLeast) {
        noFilterFields(draft, path, RequirementType.LEADERSHIP_ROLES, false);
        Set<LeadershipRole> roles = parseAll(LeadershipRole.class, draft.leadershipRoles(),
                path + ".leadershipRoles", "leadership role");
        if (draft.leadershipRoles() == null || draft.leadershipRoles().isEmpty()) {
            violate(path + ".leadershipRoles", "at least one leadership role is needed");
        }
        return new Requirement.LeadershipRoles(draft.id(), label, importance, roles, atLeast);
    }

    // A field the requirement type ignores would be silently dropped; rejecting it keeps what the admin wrote true.
    private void noFilterFields(CriteriaDraft.RequirementDraft draft, String path, RequirementType type,
                                boolean rolesToo) {
        String reason = "does not apply to " + type + " requirements";
        if (draft.atLeastFirstOrSenior() != null && draft.atLeastFirstOrSenior() != 0) {
            violate(path + ".atLeastFirstOrSenior", reason);
        }
        if (draft.kinds() != null && !draft.kinds().isEmpty()) {
            violate(path + ".kinds", reason);
        }
        if (draft.scholarshipTypes() != null && !draft.scholarshipTypes().isEmpty()) {
            violate(path + ".scholarshipTypes", reason);
        }
        if (Boolean.TRUE.equals(draft.peerReviewedOnly())) {
            violate(path + ".peerReviewedOnly", reason);
        }
        if (draft.minimumVenue() != null) {
            violate(path + ".minimumVenue", reason);
        }
        if (Boolean.TRUE.equals(draft.onNiche())) {
            violate(path + ".onNiche", reason);
        }
        if (rolesToo && draft.leadershipRoles() != null && !draft.leadershipRoles().isEmpty()) {
            violate(path + ".leadershipRoles", reason);
        }
    }

    private EvidenceWeights weights(CriteriaDraft.WeightsDraft draft) {
        EvidenceWeights d = EvidenceWeights.DEFAULTS;
        if (draft == null) {
            return d;
        }
        return new EvidenceWeights(
                bounded(draft.coherentSeries(), "weights.coherentSeries", 0, 100, d.coherentSeries()),
                bounded(draft.nationalWorkshopFaculty(), "weights.nationalWorkshopFaculty", 0, 100,
                        d.nationalWorkshopFaculty()),
                bounded(draft.highQualityPaper(), "weights.highQualityPaper", 0, 100, d.highQualityPaper()),
                bounded(draft.majorDirectorRole(), "weights.majorDirectorRole", 0, 100, d.majorDirectorRole()),
                bounded(draft.lecturesWithStrongEvaluations(), "weights.lecturesWithStrongEvaluations", 0, 100,
                        d.lecturesWithStrongEvaluations()),
                bounded(draft.teachingAward(), "weights.teachingAward", 0, 100, d.teachingAward()));
    }

    private ScoringThresholds thresholds(CriteriaDraft.ThresholdsDraft draft) {
        ScoringThresholds d = ScoringThresholds.DEFAULTS;
        if (draft == null) {
            return d;
        }
        int ready = bounded(draft.readyFloor(), "thresholds.readyFloor", 1, 100, d.readyFloor());
        int borderline = bounded(draft.borderlineFloor(), "thresholds.borderlineFloor", 1, 100, d.borderlineFloor());
        if (ready >= 1 && ready <= 100 && borderline >= 1 && borderline >= ready) {
            violate("thresholds.borderlineFloor", "must be below thresholds.readyFloor (" + ready + ")");
        }
        return new ScoringThresholds(
                ready,
                borderline,
                bounded(draft.borderlineShortfall(), "thresholds.borderlineShortfall", 0, 1000,
                        d.borderlineShortfall()),
                bounded(draft.coverageSharePercent(), "thresholds.coverageSharePercent", 0, 100,
                        d.coverageSharePercent()),
                bounded(draft.supportingSignalPercent(), "thresholds.supportingSignalPercent", 0, 100,
                        d.supportingSignalPercent()),
                bounded(draft.teachingHalfHours(), "thresholds.teachingHalfHours", 1, 10_000, d.teachingHalfHours()),
                bounded(draft.strongEvaluationPercent(), "thresholds.strongEvaluationPercent", 0, 100,
                        d.strongEvaluationPercent()),
                bounded(draft.coherentSeriesSize(), "thresholds.coherentSeriesSize", 1, 100,
                        d.coherentSeriesSize()),
                bounded(draft.nationalWorkshopYears(), "thresholds.nationalWorkshopYears", 1, 100,
                        d.nationalWorkshopYears()));
    }

    /** A required count: present, not negative, not zero (a requirement of 0 is always met). */
    private int count(Integer value, String path) {
        if (value == null) {
            violate(path, "must be given");
            return 0;
        }
        if (value < 0) {
            violate(path, "must not be negative");
        } else if (value == 0) {
            violate(path, "must be at least 1; a requirement of 0 is always met, remove it instead");
        }
        return value;
    }

    /** A value in [min, max]; null takes the default, or is a violation when there is none. */
    private int bounded(Integer value, String path, int min, int max, Integer defaultValue) {
        if (value == null) {
            if (defaultValue == null) {
                violate(path, "must be given");
                return 0;
            }
            return defaultValue;
        }
        if (value < min || value > max) {
            violate(path, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    private <E extends Enum<E>> Set<E> parseAll(Class<E> type, List<String> names, String path, String what) {
        Set<E> values = EnumSet.noneOf(type);
        if (names == null) {
            return values;
        }
        for (int k = 0; k < names.size(); k++) {
            E value = parse(type, names.get(k), path + "[" + k + "]", what);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private <E extends Enum<E>> E parse(Class<E> type, String name, String path, String what) {
        if (name == null || name.isBlank()) {
            violate(path, "must not be blank");
            return null;
        }
        // Exact names only: a lenient match would accept typos that later fail to round-trip.
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        violate(path, "unknown " + what + " '" + name + "'; expected one of "
                + Arrays.toString(type.getEnumConstants()).toUpperCase(Locale.ROOT));
        return null;
    }

    private void violate(String path, String message) {
        violations.add(new Violation(path, message));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
